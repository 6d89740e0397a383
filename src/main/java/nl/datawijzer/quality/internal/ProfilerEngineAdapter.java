package nl.datawijzer.quality.internal;

import java.io.InputStream;
import nl.datawijzer.quality.profiling.CsvProfiler;
import nl.datawijzer.quality.profiling.DatabaseConnection;
import nl.datawijzer.quality.profiling.DatabaseProfiler;
import nl.datawijzer.quality.profiling.DatasetProfile;
import nl.datawijzer.quality.profiling.ProfileSpec;
import nl.datawijzer.quality.profiling.ProfilingProgress;
import nl.datawijzer.quality.profiling.XlsxProfiler;
import org.springframework.stereotype.Component;

/** The profiling engine of {@code quality.profiling} behind the runs' seam. */
@Component
class ProfilerEngineAdapter implements ProfilingEngine {

    @Override
    public DatasetProfile csv(InputStream contents, long size, ProfileSpec spec, ProfilingProgress progress) {
        return CsvProfiler.profile(contents, size, spec, progress);
    }

    @Override
    public DatasetProfile xlsx(InputStream contents, long size, ProfileSpec spec, ProfilingProgress progress) {
        return XlsxProfiler.profile(contents, size, spec, progress);
    }

    @Override
    public DatasetProfile database(DatabaseConnection connection, String table, ProfileSpec spec,
            ProfilingProgress progress) {
        return DatabaseProfiler.profile(connection, table, spec, progress);
    }
}
