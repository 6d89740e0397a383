package nl.datawijzer.bench;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.slf4j.LoggerFactory;

/**
 * Datawijzer benchmark: generates a synthetic catalog and measures, in one JVM, what the catalog costs in our store
 * against plain Jena. Results go to a JSON array of {@link Metric}s (default {@code target/bench/results.json}).
 *
 * <pre>
 * java -cp target/test-classes:target/classes:&lt;test classpath&gt; nl.datawijzer.bench.BenchmarkHarness [S|L|XL] [seed] [output.json]
 *      [--batch=500] [--skip=store-load-no-shapes,...] [--keep] [--reuse] [--work=target/bench/work]
 * </pre>
 *
 * {@code --keep} leaves the work folder (catalog, loaded store, indexes) in place; a later run with {@code --reuse}
 * opens that store instead of generating and loading again and runs only the steps that need a loaded store
 * (search), which makes tuning search at L a matter of minutes.
 *
 * Steps run in the order of {@link #defaultSteps()}; a later step (e.g. search latency p50/p99 against raw Lucene)
 * implements {@link Measurement}, uses {@link BenchContext#store()} (loaded and open) and is added to that list
 * before {@code store-compact}.
 */
public final class BenchmarkHarness {

    /** Command-line options. */
    public record Options(Scale scale, long seed, Path output, Path workDir, int recordsPerWrite, Set<String> skip,
            boolean keep, boolean reuse) {

        public static Options parse(String... args) {
            List<String> positional = new ArrayList<>();
            int batch = 500;
            Set<String> skip = new LinkedHashSet<>();
            boolean keep = false;
            boolean reuse = false;
            Path work = Path.of("target", "bench", "work");
            List<String> words = new ArrayList<>();
            for (String arg : args) {
                // one Maven property may carry several options ("--skip=x --keep"); blank ones are ignored
                words.addAll(List.of(arg.trim().split("\\s+")).stream().filter(w -> !w.isEmpty()).toList());
            }
            for (String arg : words) {
                if (arg.startsWith("--batch=")) {
                    batch = Integer.parseInt(arg.substring("--batch=".length()));
                } else if (arg.startsWith("--skip=")) {
                    skip.addAll(List.of(arg.substring("--skip=".length()).split(",")));
                } else if (arg.equals("--keep")) {
                    keep = true;
                } else if (arg.equals("--reuse")) {
                    reuse = true;
                    keep = true;
                } else if (arg.startsWith("--work=")) {
                    work = Path.of(arg.substring("--work=".length()));
                } else if (arg.startsWith("--")) {
                    throw new IllegalArgumentException("Unknown option " + arg);
                } else {
                    positional.add(arg);
                }
            }
            Scale scale = positional.isEmpty() ? Scale.L : Scale.valueOf(positional.get(0).toUpperCase(Locale.ROOT));
            long seed = positional.size() > 1 ? Long.parseLong(positional.get(1)) : 42;
            Path output = positional.size() > 2 ? Path.of(positional.get(2)) : Path.of("target", "bench", "results.json");
            return new Options(scale, seed, output, work, batch, Set.copyOf(skip), keep, reuse);
        }
    }

    private BenchmarkHarness() {
    }

    public static void main(String[] args) throws Exception {
        quietLogging();
        Options options = Options.parse(args);
        run(options, defaultSteps());
    }

    /** The steps, in order. Insert new ones (search) before {@code store-compact}. */
    public static List<Measurement> defaultSteps() {
        return List.of(
                new LoadMeasurements.Generate(),
                new LoadMeasurements.JenaBulkLoad(),
                new LoadMeasurements.StoreLoad(false),
                new LoadMeasurements.StoreLoad(true),
                new LoadMeasurements.Footprint(),
                new SearchMeasurements(),
                new PrivacyMeasurements(),
                // generates its own 5,000 published datasets, whatever the scale: run it alone with --skip
                new CkanMeasurements(),
                new ExportMeasurements(),
                // generates its own 100,000-node lineage graph, whatever the scale: run it alone with --skip
                new LineageMeasurements(),
                new LineagePictureMeasurements(),
                // its own fresh store, whatever the scale: run it alone with --skip
                new OpenLineageMeasurements(),
                // the profiling engine (issue 8): its own generated extract and table, whatever the scale
                new QualityMeasurements.Csv(),
                new QualityMeasurements.Postgres(),
                // issue 9: backup of the loaded store and restore into an empty one, beside raw Jena loading the file
                new RestoreMeasurements(),
                new LoadMeasurements.Compact());
    }

    /** Runs the steps and writes the results file, also when a step fails (then rethrows). */
    public static List<Metric> run(Options options, List<Measurement> steps) throws Exception {
        Path work = options.workDir().resolve(options.scale().name());
        if (options.reuse()) {
            steps = steps.stream().filter(step -> step.name().equals(LoadMeasurements.StoreLoad.VALIDATED)
                    || !(step instanceof LoadMeasurements.LoadStep)).toList();
        } else {
            BenchContext.deleteRecursively(work);
        }
        java.nio.file.Files.createDirectories(work);
        Runtime runtime = Runtime.getRuntime();
        System.out.printf(Locale.ROOT, "Datawijzer benchmark: scale %s, seed %d, %d records per write, Java %s, %d cpus, max heap %.0f MiB%n",
                options.scale(), options.seed(), options.recordsPerWrite(), Runtime.version(), runtime.availableProcessors(),
                BenchContext.mib(runtime.maxMemory()));
        BenchContext context = new BenchContext(options.scale(), options.seed(), work, options.recordsPerWrite(),
                options.reuse());
        context.report(Metric.info("env.cpus", runtime.availableProcessors(), "cpus", options.scale(),
                "Java " + Runtime.version() + ", " + System.getProperty("os.name") + ", max heap "
                        + Math.round(BenchContext.mib(runtime.maxMemory())) + " MiB, load average at start "
                        + String.format(Locale.ROOT, "%.1f", loadAverage())));
        try {
            for (Measurement step : steps) {
                if (options.skip().contains(step.name())) {
                    System.out.println("- " + step.name() + " (skipped)");
                    continue;
                }
                System.out.println("- " + step.name());
                long start = System.nanoTime();
                step.run(context);
                System.out.printf(Locale.ROOT, "  (%s took %.1f s, load average %.1f)%n", step.name(),
                        LoadMeasurements.seconds(start), loadAverage());
            }
            context.report(Metric.info("env.loadAverage", loadAverage(), "load", options.scale(),
                    "1-minute system load average at the end of the run (other processes on the machine skew the figures)"));
        } finally {
            context.close();
            Metric.writeJson(context.metrics(), options.output());
            System.out.println("Results: " + options.output().toAbsolutePath());
            if (!options.keep()) {
                BenchContext.deleteRecursively(work);
            }
        }
        return context.metrics();
    }

    static double loadAverage() {
        return java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
    }

    /** Without Spring Boot's logging setup logback logs everything at DEBUG; keep the console readable. */
    static void quietLogging() {
        if (LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME) instanceof ch.qos.logback.classic.Logger root) {
            root.setLevel(ch.qos.logback.classic.Level.WARN);
        }
    }
}
