package nl.datawijzer.quality.profiling;

/** Told how far a profiling run is, so a page can show a progress bar. Called from the profiling thread. */
@FunctionalInterface
public interface ProfilingProgress {

    ProfilingProgress NONE = fraction -> {
    };

    /** @param fraction between 0 and 1; never decreasing within one run */
    void update(double fraction);
}
