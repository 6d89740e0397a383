package nl.datawijzer.audit;

import java.time.Instant;
import java.util.List;

/**
 * One committed write.
 *
 * @param revision the store revision it produced (numbers the writes)
 * @param at       when it was committed
 * @param actor    the account (or API key, or "systeem") that made it
 * @param records  the records it changed; empty for the store's own check after a lost answer
 */
public record AuditEntry(long revision, Instant at, String actor, List<AuditedRecord> records) {

    public AuditEntry {
        records = List.copyOf(records);
    }
}
