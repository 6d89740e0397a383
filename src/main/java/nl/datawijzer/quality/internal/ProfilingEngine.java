package nl.datawijzer.quality.internal;

import java.io.InputStream;
import nl.datawijzer.quality.profiling.DatabaseConnection;
import nl.datawijzer.quality.profiling.DatasetProfile;
import nl.datawijzer.quality.profiling.ProfileSpec;
import nl.datawijzer.quality.profiling.ProfilingProgress;

/**
 * The profiling engine as the runs use it: one seam, so the runs are tested with crafted profiles and the engine
 * ({@code quality.profiling}) is wired in by {@link ProfilerEngineAdapter}. Every method may throw
 * {@link nl.datawijzer.quality.profiling.ProfilingException} with a message for people.
 */
public interface ProfilingEngine {

    DatasetProfile csv(InputStream contents, long size, ProfileSpec spec, ProfilingProgress progress);

    DatasetProfile xlsx(InputStream contents, long size, ProfileSpec spec, ProfilingProgress progress);

    DatasetProfile database(DatabaseConnection connection, String table, ProfileSpec spec, ProfilingProgress progress);
}
