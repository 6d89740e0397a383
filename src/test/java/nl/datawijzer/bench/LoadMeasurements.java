package nl.datawijzer.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import nl.datawijzer.rdf.Iris;
import nl.datawijzer.rdf.ShapeValidator;
import nl.datawijzer.rdf.TdbRdfStore;
import org.apache.jena.dboe.base.file.Location;
import org.apache.jena.graph.Graph;
import org.apache.jena.query.Dataset;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.TDB2Factory;
import org.apache.jena.tdb2.loader.DataLoader;
import org.apache.jena.tdb2.loader.LoaderFactory;
import org.apache.jena.tdb2.sys.TDBInternal;

/** Generation, load and footprint steps of the benchmark. */
final class LoadMeasurements {

    static final String JENA_LOADER = "Jena TDB2 phased bulk loader";

    private LoadMeasurements() {
    }

    /** Writes the synthetic catalog to a TriG file in the work folder. */
    /** Steps that build the store; a {@code --reuse} run skips them all except opening the kept store. */
    interface LoadStep extends Measurement {
    }

    static final class Generate implements LoadStep {
        @Override
        public String name() {
            return "generate";
        }

        @Override
        public void run(BenchContext ctx) throws Exception {
            Path trig = ctx.workDir().resolve("catalog-" + ctx.scale() + "-" + ctx.seed() + ".trig");
            long start = System.nanoTime();
            SyntheticCatalog.Stats stats = new SyntheticCatalog(ctx.scale(), ctx.seed()).write(trig);
            double seconds = seconds(start);
            ctx.catalog(trig, stats);
            Scale s = ctx.scale();
            ctx.report(Metric.info("generate.time", seconds, "s", s, String.format(Locale.ROOT,
                    "SyntheticCatalog.write to TriG, seed %d, %.0f quads/s", ctx.seed(), stats.quads() / seconds)));
            ctx.report(Metric.info("catalog.quads", stats.quads(), "quads", s, "records " + stats.records()));
            ctx.report(Metric.info("catalog.records", stats.totalRecords(), "graphs", s, "one named graph per record"));
            ctx.report(Metric.info("catalog.fields", stats.fields(), "fields", s, "dw:Field"));
            ctx.report(Metric.info("catalog.trigSize", BenchContext.mib(Files.size(trig)), "MiB", s, "absolute IRIs"));
        }
    }

    /** Baseline: Jena's own TDB2 bulk loader, same TriG file, empty TDB2 folder, no validation. */
    static final class JenaBulkLoad implements LoadStep {
        @Override
        public String name() {
            return "jena-bulk-load";
        }

        @Override
        public void run(BenchContext ctx) throws Exception {
            Path dir = ctx.workDir().resolve("tdb2-jena");
            BenchContext.deleteRecursively(dir);
            Files.createDirectories(dir);
            DatasetGraph dsg = DatabaseMgr.connectDatasetGraph(Location.create(dir.toString()));
            DataLoader loader = LoaderFactory.phasedLoader(dsg, (format, args) -> { });
            long start = System.nanoTime();
            loader.startBulk();
            try {
                loader.load(ctx.trigFile().toString());
                loader.finishBulk();
            } catch (RuntimeException e) {
                loader.finishException(e);
                throw e;
            }
            double seconds = seconds(start);
            long quads = loader.countQuads() + loader.countTriples();
            TDBInternal.expel(dsg);
            long bytes = BenchContext.diskUsage(dir);
            ctx.put("jena.rate", quads / seconds);
            ctx.put("jena.time", seconds);
            ctx.put("jena.disk", BenchContext.mib(bytes));
            Scale s = ctx.scale();
            ctx.report(Metric.info("load.jena.rate", quads / seconds, "quads/s", s,
                    "LoaderFactory.phasedLoader into an empty TDB2 folder; " + quads + " quads; no validation"));
            ctx.report(Metric.info("load.jena.time", seconds, "s", s, JENA_LOADER));
            ctx.report(Metric.info("disk.jena", BenchContext.mib(bytes), "MiB", s, "TDB2 folder after the bulk load (allocated, du -sk; apparent " + Math.round(BenchContext.mib(BenchContext.sizeOf(dir))) + " MiB)"));
            BenchContext.deleteRecursively(dir);
        }
    }

    /**
     * Loads the TriG file into a fresh {@link TdbRdfStore} the way the application writes: reference data first (as
     * StoreConfiguration does), then batches of whole record graphs, each batch one validated write transaction.
     * With {@code validated == false} the store gets an empty shapes graph: the same write path minus SHACL.
     */
    static final class StoreLoad implements LoadStep {
        static final String VALIDATED = "store-load";
        private final boolean validated;

        StoreLoad(boolean validated) {
            this.validated = validated;
        }

        @Override
        public String name() {
            return validated ? VALIDATED : "store-load-no-shapes";
        }

        @Override
        public void run(BenchContext ctx) throws Exception {
            String prefix = validated ? "load.store" : "load.storeNoShapes";
            Path dir = ctx.workDir().resolve(validated ? "tdb2-store" : "tdb2-store-no-shapes");
            if (ctx.reuse()) {
                if (!Files.isDirectory(dir)) {
                    throw new IllegalStateException("--reuse: no kept store in " + dir + "; run once with --keep first");
                }
                Dataset kept = TDB2Factory.connectDataset(Location.create(dir.toString()));
                ctx.store(new TdbRdfStore(kept, ctx.newValidator(), ctx.iris(), 60_000), kept, dir);
                return;
            }
            BenchContext.deleteRecursively(dir);
            Files.createDirectories(dir);
            // as StoreConfiguration.rdfStore: TDB2Factory.connectDataset(Location), ShapeValidator(shapes), Iris(base)
            Dataset dataset = TDB2Factory.connectDataset(Location.create(dir.toString()));
            ShapeValidator validator = validated ? ctx.newValidator() : new ShapeValidator(GraphFactory.createDefaultGraph());
            TdbRdfStore store = new TdbRdfStore(dataset, validator, ctx.iris(), 60_000);
            loadReferenceData(store, ctx.iris(), ctx.referenceData());

            List<Long> writeNanos = new ArrayList<>();
            List<Long> writeQuads = new ArrayList<>();
            long expectedQuads = ctx.catalogStats() == null ? 0 : ctx.catalogStats().quads();
            long start = System.nanoTime();
            long[] loaded = {0};
            long[] nextReport = {expectedQuads / 10};
            RecordBatcher batcher = new RecordBatcher(ctx.recordsPerWrite(), batch -> {
                long quads = batch.stream().mapToLong(e -> e.getValue().size()).sum();
                long t = System.nanoTime();
                store.write(writer -> {
                    batch.forEach(e -> writer.replaceGraph(e.getKey(), e.getValue()));
                    return null;
                });
                writeNanos.add(System.nanoTime() - t);
                writeQuads.add(quads);
                loaded[0] += quads;
                if (expectedQuads > 0 && loaded[0] >= nextReport[0]) {
                    System.out.printf(Locale.ROOT, "    %s: %,d of %,d quads, %.0f quads/s, last write %d ms%n", name(),
                            loaded[0], expectedQuads, loaded[0] / seconds(start), writeNanos.getLast() / 1_000_000);
                    nextReport[0] += expectedQuads / 10;
                }
            });
            RDFParser.source(ctx.trigFile()).lang(Lang.TRIG).parse(batcher);
            double seconds = seconds(start);
            double rate = batcher.quads() / seconds;
            Scale s = ctx.scale();
            Double jenaRate = ctx.figure("jena.rate").orElse(null);
            String how = ctx.recordsPerWrite() + " record graphs per write transaction, " + writeNanos.size() + " writes, "
                    + batcher.quads() + " quads";
            ctx.report(Metric.versus(prefix + ".rate", rate, "quads/s", jenaRate, JENA_LOADER, s,
                    (validated ? "TdbRdfStore.write, every write SHACL-validated; " : "TdbRdfStore.write with an empty shapes graph (write path minus SHACL); ") + how));
            ctx.report(Metric.versus(prefix + ".time", seconds, "s", ctx.figure("jena.time").orElse(null), JENA_LOADER, s,
                    "parse + batched writes, reference data excluded"));
            if (jenaRate != null) {
                ctx.report(Metric.info(prefix + ".ratio", rate / jenaRate, "x", s, "our load rate / bulk-loader rate"));
            }
            long[] micros = writeNanos.stream().mapToLong(n -> n / 1_000).sorted().toArray();
            ctx.report(Metric.info(prefix + ".write.p50", percentile(micros, 50) / 1000.0, "ms", s, "latency of one write of " + ctx.recordsPerWrite() + " records"));
            ctx.report(Metric.info(prefix + ".write.p99", percentile(micros, 99) / 1000.0, "ms", s, "latency of one write"));
            ctx.report(Metric.info(prefix + ".write.max", micros.length == 0 ? 0 : micros[micros.length - 1] / 1000.0, "ms", s, "slowest write"));
            double[] usPerQuad = usPerQuad(writeNanos, writeQuads);
            ctx.report(Metric.info(prefix + ".costFirst10pct", usPerQuad[0], "us/quad", s, "mean write cost per quad, first 10% of writes (store nearly empty)"));
            ctx.report(Metric.info(prefix + ".costLast10pct", usPerQuad[1], "us/quad", s, "mean write cost per quad, last 10% of writes (store nearly full)"));
            if (validated) {
                ctx.figure("noShapes.time").ifPresent(noShapes -> {
                    ctx.report(Metric.info("validation.share", (seconds - noShapes) / seconds * 100, "%", s,
                            "share of the load time spent in SHACL validation (validated vs empty-shapes load)"));
                    ctx.report(Metric.info("validation.costPerRecord", (seconds - noShapes) * 1000 / batcher.records(), "ms/record", s,
                            "extra time per record graph for validation"));
                });
                ctx.store(store, dataset, dir);
            } else {
                ctx.put("noShapes.time", seconds);
                store.close();
                TDBInternal.expel(dataset.asDatasetGraph());
                BenchContext.deleteRecursively(dir);
            }
        }

        /** As StoreConfiguration.loadReferenceData (package-private there): ontology and value lists in one write. */
        static void loadReferenceData(TdbRdfStore store, Iris iris, Graph reference) {
            store.write(writer -> {
                writer.replaceGraph(iris.vocabularyGraph(), reference);
                return null;
            });
        }
    }

    /** Heap after the load (store open, after GC) and the TDB2 folder size. */
    static final class Footprint implements LoadStep {
        @Override
        public String name() {
            return "store-footprint";
        }

        @Override
        public void run(BenchContext ctx) throws Exception {
            if (!ctx.hasStore()) {
                System.out.println("  no store loaded (store-load skipped): nothing to measure");
                return;
            }
            MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
            for (int i = 0; i < 3; i++) {
                System.gc();
                Thread.sleep(200);
            }
            long used = memory.getHeapMemoryUsage().getUsed();
            Scale s = ctx.scale();
            ctx.report(Metric.info("heap.afterLoad", BenchContext.mib(used), "MiB", s, String.format(Locale.ROOT,
                    "heap used with the loaded store open, after System.gc(); max heap %.0f MiB",
                    BenchContext.mib(memory.getHeapMemoryUsage().getMax()))));
            ctx.report(Metric.versus("disk.store", BenchContext.mib(BenchContext.diskUsage(ctx.storeDir())), "MiB",
                    ctx.figure("jena.disk").orElse(null), JENA_LOADER, s,
                    "TDB2 folder after the batched load, allocated (du -sk); apparent "
                            + Math.round(BenchContext.mib(BenchContext.sizeOf(ctx.storeDir()))) + " MiB"));
        }
    }

    /** Compacts the loaded store (as an operator would) and reports the size again. Run it last. */
    static final class Compact implements LoadStep {
        @Override
        public String name() {
            return "store-compact";
        }

        @Override
        public void run(BenchContext ctx) throws Exception {
            if (!ctx.hasStore()) {
                System.out.println("  no store loaded (store-load skipped): nothing to measure");
                return;
            }
            long start = System.nanoTime();
            DatabaseMgr.compact(ctx.storeDataset().asDatasetGraph(), true);
            double seconds = seconds(start);
            Scale s = ctx.scale();
            ctx.report(Metric.info("compact.time", seconds, "s", s, "DatabaseMgr.compact(dsg, deleteOld=true)"));
            ctx.report(Metric.versus("disk.storeCompacted", BenchContext.mib(BenchContext.diskUsage(ctx.storeDir())), "MiB",
                    ctx.figure("jena.disk").orElse(null), JENA_LOADER, s, "TDB2 folder after compaction, allocated (du -sk)"));
        }
    }

    static double seconds(long startNanos) {
        return (System.nanoTime() - startNanos) / 1e9;
    }

    /** Nearest-rank percentile of sorted values. */
    static long percentile(long[] sorted, double p) {
        if (sorted.length == 0) {
            return 0;
        }
        int rank = (int) Math.ceil(p / 100.0 * sorted.length);
        return sorted[Math.max(0, Math.min(sorted.length - 1, rank - 1))];
    }

    /** Mean microseconds per quad over the first and the last tenth of the writes. */
    private static double[] usPerQuad(List<Long> nanos, List<Long> quads) {
        int n = nanos.size();
        int tenth = Math.max(1, n / 10);
        return new double[] {cost(nanos, quads, 0, tenth), cost(nanos, quads, n - tenth, n)};
    }

    private static double cost(List<Long> nanos, List<Long> quads, int from, int to) {
        long t = 0;
        long q = 0;
        for (int i = Math.max(0, from); i < to; i++) {
            t += nanos.get(i);
            q += quads.get(i);
        }
        return q == 0 ? 0 : t / 1000.0 / q;
    }
}
