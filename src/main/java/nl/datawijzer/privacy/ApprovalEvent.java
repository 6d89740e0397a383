package nl.datawijzer.privacy;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * One entry of the history of approvals on a field's lineage: granted ({@code stepKind} set) or withdrawn, for the
 * link to {@code source}, by whom, when and why.
 */
public record ApprovalEvent(String id, Instant at, String decidedBy, boolean granted, @Nullable StepKind stepKind,
        FieldRef source, String rationale) {
}
