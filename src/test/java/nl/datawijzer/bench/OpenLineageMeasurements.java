package nl.datawijzer.bench;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import nl.datawijzer.lineage.openlineage.OpenLineageIntake;
import nl.datawijzer.lineage.openlineage.OpenLineageIntakes;
import nl.datawijzer.lineage.openlineage.OpenLineageProperties;
import nl.datawijzer.lineage.openlineage.RunEventParser;
import nl.datawijzer.rdf.ClasspathRdf;
import nl.datawijzer.rdf.PreparedQuery;
import nl.datawijzer.rdf.ForwardingRdfStore;
import nl.datawijzer.rdf.RdfStore;
import nl.datawijzer.rdf.StoreWriter;
import nl.datawijzer.rdf.TdbRdfStore;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.query.Dataset;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.sparql.graph.GraphWrapper;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.TDB2Factory;
import org.apache.jena.dboe.base.file.Location;

/**
 * OpenLineage intake, sustained: generated RunEvents (START then COMPLETE per run; the COMPLETE with a schema facet of
 * 12 fields, columnLineage for each and dataQualityMetrics on the inputs) go through what the endpoint does after
 * authentication: parse and check the JSON, then {@code OpenLineageIntake.receive} (mapping and SHACL-validated store
 * writes, group commit), into a fresh TDB2 store per run. First one sender (a batch of one per event), then 8 and 32
 * senders at once, each sending whole runs. The raw baselines are Jena writing exactly the same triple changes
 * (recorded from our writes) into a second TDB2 without parsing, mapping or validation: one transaction per event,
 * and one transaction per batch that our intake committed, so that each ratio compares like with like. Independent
 * of the scale.
 */
final class OpenLineageMeasurements implements Measurement {

    private static final int JOBS = 60;
    private static final int TABLES = 400;
    private static final int FIELDS = 12;
    private static final int WARMUP = 600;
    private static final int MEASURED = 3_000;
    private static final int[] SENDERS = {8, 32};

    @Override
    public String name() {
        return "openlineage-intake";
    }

    @Override
    public void run(BenchContext ctx) throws Exception {
        List<byte[]> events = events(ctx.seed(), WARMUP + MEASURED);
        long bytes = events.subList(WARMUP, events.size()).stream().mapToLong(e -> e.length).sum();
        String workload = MEASURED + " events after " + WARMUP + " warm-up (" + JOBS + " jobs, " + TABLES
                + " tables, half START with names only, half COMPLETE with schema, columnLineage and dataQualityMetrics;"
                + " mean " + bytes / MEASURED + " bytes per event)";

        // One sender: every event is a batch of one, one validated write and one commit each.
        Run sequential = ours(ctx, "openlineage-store", events, 1);
        long quads = sequential.writes.subList(sequential.warmupWrites, sequential.writes.size()).stream()
                .flatMap(List::stream).mapToLong(Op::size).sum();
        Raw perEvent = raw(ctx, "openlineage-raw", sequential);
        String notes = workload + ", " + quads / MEASURED + " triples changed per event; ours: parse + check + map + one"
                + " validated write per event through OpenLineageIntake.receive, one sender, in-process (no HTTP, no"
                + " token look-up)";
        ctx.report(Metric.versus("openlineage.intake.rate", sequential.rate(), "events/s", perEvent.rate,
                "Jena writing the same triple changes into TDB2, one transaction per event, no mapping or validation",
                ctx.scale(), "target >= 200 events/s; " + notes));
        ctx.report(Metric.info("openlineage.intake.ratio", perEvent.rate / sequential.rate(), "x", ctx.scale(),
                "raw Jena rate / our rate"));
        for (int p : new int[] {50, 99}) {
            ctx.report(Metric.versus("openlineage.intake.p" + p, SearchMeasurements.percentile(sequential.nanos, p), "ms",
                    SearchMeasurements.percentile(perEvent.nanos, p), "raw Jena, same triples", ctx.scale(),
                    "latency of one event, one sender"));
        }
        System.out.printf(Locale.ROOT, "  1 sender: ours %.0f events/s, raw Jena one commit per event %.0f events/s%n",
                sequential.rate(), perEvent.rate);
        reportSustained(ctx, "openlineage.intake", sequential);

        for (int senders : SENDERS) {
            // Many senders (many jobs at once, as ETL tools send): group commit puts what is waiting in one write.
            Run ours = ours(ctx, "openlineage-store-" + senders, events, senders);
            Raw batched = raw(ctx, "openlineage-raw-" + senders, ours);
            int measuredWrites = ours.writes.size() - ours.warmupWrites;
            double meanBatch = (double) MEASURED / measuredWrites;
            String prefix = "openlineage.intake." + senders + "senders";
            ctx.report(Metric.versus(prefix + ".rate", ours.rate(), "events/s", batched.rate,
                    "Jena writing the same triple changes into TDB2 with the same batching (one transaction per batch"
                            + " our intake committed), no mapping or validation",
                    ctx.scale(), "target >= 200 events/s sustained; " + workload + "; " + senders + " threads each"
                            + " sending whole runs (START, then COMPLETE once answered) through"
                            + " OpenLineageIntake.receive after parsing, as the endpoint does; " + measuredWrites
                            + " writes, mean " + String.format(Locale.ROOT, "%.1f", meanBatch) + " events per write"));
            ctx.report(Metric.info(prefix + ".ratio", batched.rate / ours.rate(), "x", ctx.scale(),
                    "raw Jena rate with the same batching / our rate"));
            ctx.report(Metric.versus(prefix + ".perEventRaw", ours.rate(), "events/s", perEvent.rate,
                    "Jena writing the same triple changes, one transaction per event (a single writer: more senders do"
                            + " not make it faster)", ctx.scale(), "our rate with " + senders + " senders against raw"
                            + " Jena committing every event alone"));
            ctx.report(Metric.info(prefix + ".batch", meanBatch, "events/write", ctx.scale(),
                    "mean events per store write (group commit) in the measured part"));
            for (int p : new int[] {50, 99}) {
                ctx.report(Metric.info(prefix + ".p" + p, SearchMeasurements.percentile(ours.nanos, p), "ms",
                        ctx.scale(), "latency of one event from receive to its answer (after its commit), "
                                + senders + " senders"));
            }
            reportSustained(ctx, prefix, ours);
            System.out.printf(Locale.ROOT, "  %d senders: ours %.0f events/s (%.1f events per write), raw Jena same"
                    + " batches %.0f events/s%n", senders, ours.rate(), meanBatch, batched.rate);
        }
    }

    private static void reportSustained(BenchContext ctx, String prefix, Run run) {
        double[] thirds = run.firstAndLastThird();
        ctx.report(Metric.info(prefix + ".firstThirdRate", thirds[0], "events/s", ctx.scale(),
                "rate over the first third of the measured events"));
        ctx.report(Metric.info(prefix + ".lastThirdRate", thirds[1], "events/s", ctx.scale(),
                "rate over the last third: sustained when it does not fall below the first third's"));
        System.out.printf(Locale.ROOT, "  %s: first third %.0f events/s, last third %.0f events/s%n", prefix, thirds[0],
                thirds[1]);
    }

    /** What our intake did: seconds for the measured events, their latencies, and every write's graph changes. */
    private record Run(double seconds, long[] nanos, long[] finished, List<List<Op>> writes, int warmupWrites) {
        double rate() {
            return MEASURED / seconds;
        }

        /**
         * Events per second over the first and the last third of the measured events, by the moment each was answered:
         * a sustained rate does not fall as the store fills with runs.
         */
        double[] firstAndLastThird() {
            long[] order = finished.clone();
            java.util.Arrays.sort(order);
            int third = order.length / 3;
            double first = third / ((order[third - 1] - order[0]) / 1e9);
            double last = third / ((order[order.length - 1] - order[order.length - third]) / 1e9);
            return new double[] {first, last};
        }
    }

    private record Raw(double rate, long[] nanos) {
    }

    /** A fresh store; the warm-up and then the measured events sent by {@code senders} threads, whole runs each. */
    private static Run ours(BenchContext ctx, String name, List<byte[]> events, int senders) throws Exception {
        Path dir = ctx.workDir().resolve(name);
        java.nio.file.Files.createDirectories(dir);
        Dataset dataset = TDB2Factory.connectDataset(Location.create(dir.toString()));
        TdbRdfStore tdb = new TdbRdfStore(dataset, ctx.newValidator(), ctx.iris(), 60_000);
        OpenLineageIntake intake = null;
        try {
            Graph reference = ctx.referenceData();
            DatasetGraph base = base(ctx);
            tdb.write(writer -> {
                writer.replaceGraph(ctx.iris().vocabularyGraph(), reference);
                base.listGraphNodes().forEachRemaining(g -> writer.replaceGraph(g, copy(base.getGraph(g))));
                return null;
            });
            Recording recording = new Recording(tdb);
            intake = OpenLineageIntakes.create(recording, ctx.iris(),
                    new OpenLineageProperties(1 << 20, "etl", "team-bi", 100), event -> { });
            long[] nanos = new long[events.size()];
            long[] finished = new long[events.size()];
            send(intake, events, 0, WARMUP, senders, nanos, finished);
            int warmupWrites = recording.writes.size();
            long start = System.nanoTime();
            send(intake, events, WARMUP, events.size(), senders, nanos, finished);
            double seconds = LoadMeasurements.seconds(start);
            return new Run(seconds, java.util.Arrays.copyOfRange(nanos, WARMUP, events.size()),
                    java.util.Arrays.copyOfRange(finished, WARMUP, events.size()), List.copyOf(recording.writes),
                    warmupWrites);
        } finally {
            if (intake != null) {
                intake.destroy();
            }
            tdb.close();
        }
    }

    /** Events {@code from..to} (whole runs: START at an even index, its COMPLETE after it) over the threads. */
    private static void send(OpenLineageIntake intake, List<byte[]> events, int from, int to, int senders, long[] nanos,
            long[] finished)
            throws Exception {
        AtomicInteger next = new AtomicInteger(from);
        List<Callable<Void>> threads = new ArrayList<>();
        for (int t = 0; t < senders; t++) {
            threads.add(() -> {
                for (int i = next.getAndAdd(2); i < to; i = next.getAndAdd(2)) {
                    for (int e = i; e < Math.min(i + 2, to); e++) {
                        long t0 = System.nanoTime();
                        intake.receive(RunEventParser.parse(events.get(e)));
                        finished[e] = System.nanoTime();
                        nanos[e] = finished[e] - t0;
                    }
                }
                return null;
            });
        }
        ExecutorService pool = Executors.newFixedThreadPool(senders);
        try {
            for (Future<Void> f : pool.invokeAll(threads)) {
                f.get();
            }
        } finally {
            pool.shutdownNow();
        }
    }

    /** Raw Jena writing the triple changes of each of our writes, one transaction per write, into a fresh TDB2. */
    private static Raw raw(BenchContext ctx, String name, Run run) throws Exception {
        Path rawDir = ctx.workDir().resolve(name);
        java.nio.file.Files.createDirectories(rawDir);
        DatasetGraph raw = DatabaseMgr.connectDatasetGraph(Location.create(rawDir.toString()));
        try {
            Graph reference = ctx.referenceData();
            DatasetGraph base = base(ctx);
            Txn.executeWrite(raw, () -> {
                reference.find().forEachRemaining(t -> raw.add(ctx.iris().vocabularyGraph(), t.getSubject(), t.getPredicate(), t.getObject()));
                base.find().forEachRemaining(raw::add);
            });
            for (int i = 0; i < run.warmupWrites(); i++) {
                apply(raw, run.writes().get(i));
            }
            long[] nanos = new long[run.writes().size() - run.warmupWrites()];
            long start = System.nanoTime();
            for (int i = run.warmupWrites(); i < run.writes().size(); i++) {
                long t = System.nanoTime();
                apply(raw, run.writes().get(i));
                nanos[i - run.warmupWrites()] = System.nanoTime() - t;
            }
            return new Raw(MEASURED / LoadMeasurements.seconds(start), nanos);
        } finally {
            raw.close();
        }
    }

    private static DatasetGraph base(BenchContext ctx) {
        DatasetGraph base = DatasetGraphFactory.createTxnMem();
        ClasspathRdf.parseInto("classpath*:bench/openlineage-base.trig", ctx.iris().base(), base);
        return base;
    }

    private static Graph copy(Graph graph) {
        Graph copy = GraphFactory.createDefaultGraph();
        graph.find().forEachRemaining(copy::add);
        return copy;
    }

    private static void apply(DatasetGraph raw, List<Op> ops) {
        Txn.executeWrite(raw, () -> {
            for (Op op : ops) {
                if (op.replace()) {
                    raw.deleteAny(op.graph(), Node.ANY, Node.ANY, Node.ANY);
                }
                op.deleted().forEach(t -> raw.delete(op.graph(), t.getSubject(), t.getPredicate(), t.getObject()));
                op.added().forEach(t -> raw.add(op.graph(), t.getSubject(), t.getPredicate(), t.getObject()));
            }
        });
    }

    /** Deterministic events: run r of job r % JOBS reads two tables and writes a third. */
    static List<byte[]> events(long seed, int count) {
        Random random = new Random(seed + 11);
        List<byte[]> events = new ArrayList<>();
        for (int r = 0; events.size() < count; r++) {
            UUID run = new UUID(random.nextLong(), random.nextLong());
            int job = r % JOBS;
            int in1 = (job * 3) % TABLES;
            int in2 = (job * 3 + 1 + random.nextInt(5)) % TABLES;
            int out = (job * 3 + 200) % TABLES;
            events.add(event("START", run, r, job, in1, in2, out, false));
            events.add(event("COMPLETE", run, r, job, in1, in2, out, true));
        }
        return events.subList(0, count);
    }

    private static byte[] event(String type, UUID run, int r, int job, int in1, int in2, int out, boolean facets) {
        String time = java.time.OffsetDateTime.of(2026, 11, 1, 0, 0, 0, 0, java.time.ZoneOffset.UTC)
                .plusMinutes(r * 5L + ("START".equals(type) ? 0 : 3)).toString();
        StringBuilder json = new StringBuilder(8_192);
        json.append("{\"eventType\":\"").append(type).append("\",\"eventTime\":\"").append(time)
                .append("\",\"run\":{\"runId\":\"").append(run).append("\",\"facets\":{\"nominalTime\":{\"nominalStartTime\":\"")
                .append(time).append("\"}}},\"job\":{\"namespace\":\"adf://huizen\",\"name\":\"pipeline_").append(job)
                .append("\"},\"inputs\":[").append(dataset(in1, facets, true)).append(',').append(dataset(in2, facets, true))
                .append("],\"outputs\":[").append(dataset(out, facets, false));
        if (facets) {
            json.setLength(json.length() - 2);
            json.append(",\"columnLineage\":{\"fields\":{");
            for (int f = 0; f < FIELDS; f++) {
                json.append(f == 0 ? "" : ",").append("\"kolom_").append(f).append("\":{\"inputFields\":[")
                        .append("{\"namespace\":\"mssql://dwh\",\"name\":\"dbo.tabel_").append(in1).append("\",\"field\":\"kolom_")
                        .append(f).append("\"},{\"namespace\":\"mssql://dwh\",\"name\":\"dbo.tabel_").append(in2)
                        .append("\",\"field\":\"kolom_").append((f + 1) % FIELDS).append("\"}]}");
            }
            json.append("}}}}");
        }
        json.append("],\"producer\":\"https://github.com/OpenLineage/OpenLineage/tree/1.40.0/integration/spark\","
                + "\"schemaURL\":\"https://openlineage.io/spec/2-0-2/OpenLineage.json#/$defs/RunEvent\"}");
        return json.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static String dataset(int table, boolean facets, boolean input) {
        StringBuilder json = new StringBuilder("{\"namespace\":\"mssql://dwh\",\"name\":\"dbo.tabel_").append(table).append('"');
        if (facets) {
            json.append(",\"facets\":{\"schema\":{\"fields\":[");
            for (int f = 0; f < FIELDS; f++) {
                json.append(f == 0 ? "" : ",").append("{\"name\":\"kolom_").append(f).append("\",\"type\":\"")
                        .append(f % 3 == 0 ? "INTEGER" : f % 3 == 1 ? "VARCHAR(100)" : "TIMESTAMP").append("\"}");
            }
            json.append("]}}");
            if (input) {
                json.append(",\"inputFacets\":{\"dataQualityMetrics\":{\"rowCount\":").append(1000 + table)
                        .append(",\"columnMetrics\":{\"kolom_0\":{\"nullCount\":3,\"distinctCount\":").append(900 + table)
                        .append("},\"kolom_1\":{\"nullCount\":0,\"distinctCount\":12}}}}");
            }
        }
        return json.append('}').toString();
    }

    /** One change to one graph as our store saw it: a replaced graph, or triples deleted and added in place. */
    private record Op(Node graph, boolean replace, List<Triple> deleted, List<Triple> added) {
        long size() {
            return deleted.size() + added.size();
        }
    }

    /**
     * Our store, with every graph change of each committed write noted (in commit order), so that raw Jena can write
     * exactly the same in the same transactions.
     */
    private static final class Recording extends ForwardingRdfStore {
        final List<List<Op>> writes = java.util.Collections.synchronizedList(new ArrayList<>());

        Recording(RdfStore store) {
            super(store);
        }

        @Override
        public <T> T write(Function<StoreWriter, T> action) {
            List<Op> ops = new ArrayList<>();
            T result = store.write(writer -> action.apply(new StoreWriter() {
                @Override
                public void replaceGraph(Node graphName, Graph content) {
                    ops.add(new Op(graphName, true, List.of(), content.find().toList()));
                    writer.replaceGraph(graphName, content);
                }

                @Override
                public void removeGraph(Node graphName) {
                    ops.add(new Op(graphName, true, List.of(), List.of()));
                    writer.removeGraph(graphName);
                }

                @Override
                public void changeGraph(Node graphName, Consumer<Graph> change) {
                    List<Triple> deleted = new ArrayList<>();
                    List<Triple> added = new ArrayList<>();
                    writer.changeGraph(graphName, live -> change.accept(new GraphWrapper(live) {
                        @Override
                        public void add(Triple triple) {
                            added.add(triple);
                            super.add(triple);
                        }

                        @Override
                        public void delete(Triple triple) {
                            deleted.add(triple);
                            super.delete(triple);
                        }
                    }));
                    ops.add(new Op(graphName, false, deleted, added));
                }

                @Override
                public List<Binding> select(PreparedQuery query) {
                    return writer.select(query);
                }

                @Override
                public boolean ask(PreparedQuery query) {
                    return writer.ask(query);
                }

                @Override
                public Graph graph(Node graphName) {
                    return writer.graph(graphName);
                }

                @Override
                public boolean containsGraph(Node graphName) {
                    return writer.containsGraph(graphName);
                }

                @Override
                public void forEachTriple(Node graphName, Node subject, Consumer<Triple> action) {
                    writer.forEachTriple(graphName, subject, action);
                }
            }));
            writes.add(ops);
            return result;
        }

    }
}
