/**
 * Reliability: how far a dataset's data, metadata and timeliness can be trusted, measured and explained. Profiling runs
 * ({@link nl.datawijzer.quality.profiling}) are stored as DQV measurements with their time, history kept; every dataset
 * gets a {@link Score} (0-100, {@link Grade} A-E) from a documented, weighted formula that explains itself, every
 * system the aggregate of its datasets. {@link QualityService} is the one entry for pages, pickers, feeds and runs.
 */
@NullMarked
package nl.datawijzer.quality;

import org.jspecify.annotations.NullMarked;
