package nl.datawijzer.quality;

import java.time.Instant;
import java.util.Optional;
import nl.datawijzer.catalog.DatasetId;

/**
 * One profiling run of a dataset, as recorded.
 *
 * @param startedBy the account that started a manual run, or {@code planning} for the schedule
 * @param failureNl why a failed run failed, for people; never a secret or a value
 */
public record ProfileRun(String id, DatasetId dataset, RunState state, RunTrigger trigger, String startedBy,
        Instant started, Optional<Instant> ended, long rows, Optional<String> failureNl, Optional<String> failureEn) {
}
