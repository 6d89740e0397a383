package nl.datawijzer.opendata;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * Where one dataset stands in the publication workflow.
 *
 * @param modified time of the last transition
 * @param issued time of first publication, or null when it was never published
 */
public record PublicationStatus(String datasetSlug, PublicationState state, Instant modified, @Nullable Instant issued) {
}
