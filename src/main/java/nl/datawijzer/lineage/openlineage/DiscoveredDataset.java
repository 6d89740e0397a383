package nl.datawijzer.lineage.openlineage;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** A dataset the intake added to the catalogue that a steward has not reviewed yet. */
public record DiscoveredDataset(String slug, String title, String openLineageName, Instant discovered, int fields,
        @Nullable String job) {
}
