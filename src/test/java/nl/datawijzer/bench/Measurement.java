package nl.datawijzer.bench;

/**
 * One step of the benchmark run. Steps run in order and share a {@link BenchContext}: a step reports its figures with
 * {@link BenchContext#report(Metric)} and leaves what later steps need in the context (the TriG file, the loaded
 * store, reference figures). A search benchmark is one more step that uses {@link BenchContext#store()}.
 */
public interface Measurement {

    /** Short stable name, used by {@code --skip=name,...}. */
    String name();

    void run(BenchContext context) throws Exception;
}
