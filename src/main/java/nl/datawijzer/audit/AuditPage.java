package nl.datawijzer.audit;

import java.util.List;

/** One page of the audit trail, newest first, and how many entries match in all. */
public record AuditPage(List<AuditEntry> entries, long total) {

    public AuditPage {
        entries = List.copyOf(entries);
    }
}
