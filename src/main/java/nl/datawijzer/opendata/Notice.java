package nl.datawijzer.opendata;

import java.time.Instant;

/**
 * A message to the owner of a dataset (for example: automatically withdrawn from open data, and why).
 *
 * @param id the notice's slug
 * @param recipientName the owner's name (team or post)
 */
public record Notice(String id, String datasetSlug, String datasetTitle, String recipientName, String text,
        Instant created, boolean read) {
}
