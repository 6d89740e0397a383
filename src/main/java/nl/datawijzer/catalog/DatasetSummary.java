package nl.datawijzer.catalog;

import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** A row in the datasets list. */
public record DatasetSummary(
        DatasetId id,
        String title,
        Label system,
        Label owner,
        List<Label> themes,
        int fieldCount,
        int personalFieldCount,
        boolean openDataCandidate,
        @Nullable Instant modified) {
}
