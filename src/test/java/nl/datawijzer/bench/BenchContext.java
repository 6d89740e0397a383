package nl.datawijzer.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import nl.datawijzer.rdf.ClasspathRdf;
import nl.datawijzer.rdf.Iris;
import nl.datawijzer.rdf.ShapeValidator;
import nl.datawijzer.rdf.TdbRdfStore;
import org.apache.jena.graph.Graph;
import org.apache.jena.query.Dataset;

/** What the steps of one benchmark run share. */
public final class BenchContext implements AutoCloseable {

    static final String SHAPES = "classpath*:ontology/shapes/*.ttl";
    static final String ONTOLOGY = "classpath*:ontology/datawijzer.ttl";
    static final String VOCABULARIES = "classpath*:ontology/vocabularies/*.ttl";

    private final Scale scale;
    private final long seed;
    private final Path workDir;
    private final int recordsPerWrite;
    private final boolean reuse;
    private final Iris iris = new Iris(SyntheticCatalog.BASE);
    private final List<Metric> metrics = new ArrayList<>();
    private final Map<String, Double> figures = new HashMap<>();
    private Graph shapes;
    private Path trigFile;
    private SyntheticCatalog.Stats catalogStats;
    private TdbRdfStore store;
    private Dataset storeDataset;
    private Path storeDir;

    public BenchContext(Scale scale, long seed, Path workDir, int recordsPerWrite, boolean reuse) {
        this.reuse = reuse;
        this.scale = scale;
        this.seed = seed;
        this.workDir = workDir;
        this.recordsPerWrite = recordsPerWrite;
    }

    public Scale scale() {
        return scale;
    }

    public long seed() {
        return seed;
    }

    /** Scratch folder of this run (TriG file, TDB2 folders). */
    public Path workDir() {
        return workDir;
    }

    /** Open the store a previous run kept instead of loading one. */
    public boolean reuse() {
        return reuse;
    }

    public int recordsPerWrite() {
        return recordsPerWrite;
    }

    public Iris iris() {
        return iris;
    }

    public void report(Metric metric) {
        metrics.add(metric);
        System.out.printf("  %-40s %14s %-10s%s%n", metric.name(), Metric.number(metric.value()), metric.unit(),
                metric.baseline() == null ? "" : "  (" + metric.baselineName() + ": " + Metric.number(metric.baseline()) + ")");
    }

    public List<Metric> metrics() {
        return List.copyOf(metrics);
    }

    /** A raw figure for later steps, e.g. the baseline's load rate. */
    public void put(String key, double value) {
        figures.put(key, value);
    }

    public Optional<Double> figure(String key) {
        return Optional.ofNullable(figures.get(key));
    }

    /** The shapes as the application loads them (parsed once per run). */
    public Graph shapesGraph() {
        if (shapes == null) {
            shapes = ClasspathRdf.graph(SHAPES, iris.base());
        }
        return shapes;
    }

    public ShapeValidator newValidator() {
        return new ShapeValidator(shapesGraph());
    }

    /** Ontology plus value lists, as StoreConfiguration loads them into graph/vocabularies. */
    public Graph referenceData() {
        Graph reference = ClasspathRdf.graph(ONTOLOGY, iris.base());
        ClasspathRdf.graph(VOCABULARIES, iris.base()).find().forEachRemaining(reference::add);
        return reference;
    }

    public Path trigFile() {
        if (trigFile == null) {
            throw new IllegalStateException("No catalog generated yet: run the 'generate' step first");
        }
        return trigFile;
    }

    public SyntheticCatalog.Stats catalogStats() {
        return catalogStats;
    }

    void catalog(Path trig, SyntheticCatalog.Stats stats) {
        this.trigFile = trig;
        this.catalogStats = stats;
    }

    /** The loaded, validated store (open until the run ends); for later steps such as search. */
    public TdbRdfStore store() {
        if (store == null) {
            throw new IllegalStateException("No store loaded yet: run the 'store-load' step first");
        }
        return store;
    }

    public boolean hasStore() {
        return store != null;
    }

    public Dataset storeDataset() {
        return storeDataset;
    }

    public Path storeDir() {
        return storeDir;
    }

    void store(TdbRdfStore store, Dataset dataset, Path dir) {
        this.store = store;
        this.storeDataset = dataset;
        this.storeDir = dir;
    }

    @Override
    public void close() {
        if (store != null) {
            store.close();
            store = null;
        }
    }

    // ------------------------------------------------------------------ file helpers

    /**
     * Bytes allocated on disk ({@code du -sk}); TDB2 pre-allocates its memory-mapped files, so the apparent size says
     * little. Falls back to the apparent size where {@code du} is not available.
     */
    static long diskUsage(Path folder) {
        try {
            Process du = new ProcessBuilder("du", "-sk", folder.toAbsolutePath().toString()).redirectErrorStream(true).start();
            String out = new String(du.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8).trim();
            if (du.waitFor() == 0) {
                return Long.parseLong(out.split("\\s+")[0]) * 1024;
            }
        } catch (IOException | RuntimeException e) {
            // fall through
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return sizeOf(folder);
    }

    /** Sum of the apparent file sizes. */
    static long sizeOf(Path folder) {
        try (Stream<Path> files = Files.walk(folder)) {
            return files.filter(Files::isRegularFile).mapToLong(p -> {
                try {
                    return Files.size(p);
                } catch (IOException e) {
                    return 0;
                }
            }).sum();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static void deleteRecursively(Path folder) {
        if (!Files.exists(folder)) {
            return;
        }
        try (Stream<Path> files = Files.walk(folder)) {
            for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot delete " + folder, e);
        }
    }

    static double mib(long bytes) {
        return bytes / (1024.0 * 1024.0);
    }
}
