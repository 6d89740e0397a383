package nl.datawijzer.privacy;

import java.time.Instant;
import java.util.List;
import nl.datawijzer.catalog.Label;
import org.jspecify.annotations.Nullable;

/** One entry of a field's review history, as recorded: who, when, from what, to what, and why. */
public record DecisionRecord(
        String id,
        Instant at,
        String decidedBy,
        @Nullable Label previousStatus,
        Label newStatus,
        @Nullable Boolean previousPersonalData,
        boolean newPersonalData,
        List<Label> previousCategories,
        List<Label> newCategories,
        @Nullable Label previousConfidentiality,
        Label newConfidentiality,
        @Nullable String previousLegalGround,
        @Nullable String newLegalGround,
        String rationale) {

    public DecisionRecord {
        previousCategories = List.copyOf(previousCategories);
        newCategories = List.copyOf(newCategories);
    }
}
