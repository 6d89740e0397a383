package nl.datawijzer.quality;

import java.util.Optional;
import nl.datawijzer.catalog.DatasetId;

/**
 * A run in progress or just finished, for a progress bar.
 *
 * @param fraction 0-1
 * @param outcome the recorded run once it has finished
 */
public record RunProgress(DatasetId dataset, double fraction, Optional<ProfileRun> outcome) {

    public boolean finished() {
        return outcome.isPresent();
    }
}
