package nl.datawijzer.quality;

import java.time.Instant;
import nl.datawijzer.catalog.DatasetId;

/**
 * A message to a dataset's owner that its quality fell.
 *
 * @param ownerName the owning team or post
 */
public record QualityAlert(String id, DatasetId dataset, String datasetTitle, String ownerName, AlertKind kind,
        String textNl, String textEn, Instant created, boolean read) {
}
