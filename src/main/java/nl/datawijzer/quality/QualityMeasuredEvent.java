package nl.datawijzer.quality;

import nl.datawijzer.catalog.DatasetId;

/**
 * Published after a profiling run was recorded (committed), complete or failed, so pages and other features can
 * follow.
 *
 * @param runId the run's id ({@code r} + UUID)
 */
public record QualityMeasuredEvent(DatasetId dataset, String runId, RunState state) {
}
