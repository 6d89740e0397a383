package nl.datawijzer.quality;

import java.time.Instant;
import nl.datawijzer.catalog.DatasetId;

/** A fall in a dataset's score between two consecutive completed runs. */
public record ScoreDrop(DatasetId dataset, String title, int before, int after, Instant at) {

    public int points() {
        return before - after;
    }
}
