package nl.datawijzer.quality;

import nl.datawijzer.catalog.DatasetId;

/** A dataset's latest score, for lists, pickers and feeds. */
public record DatasetScore(DatasetId dataset, String title, String systemSlug, Score score) {
}
