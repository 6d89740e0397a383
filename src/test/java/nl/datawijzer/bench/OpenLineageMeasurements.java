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
import nl.datawijzer.lineage.openlineage.OpenLineageProperties;
import nl.datawijzer.lineage.openlineage.RunEventParser;
import nl.datawijzer.lineage.openlineage.internal.EventWriter;
import nl.datawijzer.lineage.openlineage.internal.EventWriters;
import nl.datawijzer.rdf.ClasspathRdf;
import nl.datawijzer.rdf.PreparedQuery;
import nl.datawijzer.rdf.RdfStore;
import nl.datawijzer.rdf.StoreReader;
import nl.datawijzer.rdf.StoreWriter;
import nl.datawijzer.rdf.TdbRdfStore;
import nl.datawijzer.rdf.WriteRefusedException;
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
 * authentication: parse and check the JSON, map, one SHACL-validated store write per event, into a fresh TDB2 store.
 * The raw baseline is Jena writing exactly the same triple changes (recorded from our writes) into a second TDB2, one
 * write transaction per event, without parsing, mapping or validation. Independent of the scale.
 */
final class OpenLineageMeasurements implements Measurement {

    private static final int JOBS = 60;
    private static final int TABLES = 400;
    private static final int FIELDS = 12;
    private static final int WARMUP = 600;
    private static final int MEASURED = 3_000;

    @Override
    public String name() {
        return "openlineage-intake";
    }

    @Override
    public void run(BenchContext ctx) throws Exception {
        Path dir = ctx.workDir().resolve("openlineage-store");
        java.nio.file.Files.createDirectories(dir);
        Dataset dataset = TDB2Factory.connectDataset(Location.create(dir.toString()));
        TdbRdfStore tdb = new TdbRdfStore(dataset, ctx.newValidator(), ctx.iris(), 60_000);
        Path rawDir = ctx.workDir().resolve("openlineage-raw");
        java.nio.file.Files.createDirectories(rawDir);
        DatasetGraph raw = DatabaseMgr.connectDatasetGraph(Location.create(rawDir.toString()));
        try {
            DatasetGraph base = DatasetGraphFactory.createTxnMem();
            ClasspathRdf.parseInto("classpath*:bench/openlineage-base.trig", ctx.iris().base(), base);
            Graph reference = ctx.referenceData();
            tdb.write(writer -> {
                writer.replaceGraph(ctx.iris().vocabularyGraph(), reference);
                base.listGraphNodes().forEachRemaining(g -> writer.replaceGraph(g, copy(base.getGraph(g))));
                return null;
            });
            Txn.executeWrite(raw, () -> {
                reference.find().forEachRemaining(t -> raw.add(ctx.iris().vocabularyGraph(), t.getSubject(), t.getPredicate(), t.getObject()));
                base.find().forEachRemaining(raw::add);
            });

            Recording recording = new Recording(tdb);
            EventWriter writer = EventWriters.create(recording, ctx.iris(),
                    new OpenLineageProperties(1 << 20, "etl", "team-bi", 100));
            List<byte[]> events = events(ctx.seed(), WARMUP + MEASURED);
            List<List<Op>> ops = new ArrayList<>();
            long[] oursNanos = new long[MEASURED];
            long bytes = 0;
            long oursStart = 0;
            for (int i = 0; i < events.size(); i++) {
                if (i == WARMUP) {
                    oursStart = System.nanoTime();
                }
                long t = System.nanoTime();
                recording.ops = new ArrayList<>();
                writer.write(RunEventParser.parse(events.get(i)));
                if (i >= WARMUP) {
                    oursNanos[i - WARMUP] = System.nanoTime() - t;
                    bytes += events.get(i).length;
                }
                ops.add(recording.ops);
            }
            double oursSeconds = LoadMeasurements.seconds(oursStart);

            for (int i = 0; i < WARMUP; i++) {
                apply(raw, ops.get(i));
            }
            long[] rawNanos = new long[MEASURED];
            long rawStart = System.nanoTime();
            for (int i = WARMUP; i < events.size(); i++) {
                long t = System.nanoTime();
                apply(raw, ops.get(i));
                rawNanos[i - WARMUP] = System.nanoTime() - t;
            }
            double rawSeconds = LoadMeasurements.seconds(rawStart);
            long quads = ops.subList(WARMUP, ops.size()).stream().flatMap(List::stream).mapToLong(Op::size).sum();

            String notes = MEASURED + " events after " + WARMUP + " warm-up (" + JOBS + " jobs, " + TABLES
                    + " tables, half START with names only, half COMPLETE with schema, columnLineage and dataQualityMetrics;"
                    + " mean " + bytes / MEASURED + " bytes, " + quads / MEASURED + " triples changed per event); ours:"
                    + " parse + check + map + one validated write per event, in-process (no HTTP, no token look-up)";
            double oursRate = MEASURED / oursSeconds;
            double rawRate = MEASURED / rawSeconds;
            ctx.report(Metric.versus("openlineage.intake.rate", oursRate, "events/s", rawRate,
                    "Jena writing the same triple changes into TDB2, one transaction per event, no mapping or validation",
                    ctx.scale(), "target >= 200 events/s; " + notes));
            ctx.report(Metric.info("openlineage.intake.ratio", rawRate / oursRate, "x", ctx.scale(),
                    "raw Jena rate / our rate"));
            for (int p : new int[] {50, 99}) {
                ctx.report(Metric.versus("openlineage.intake.p" + p, SearchMeasurements.percentile(oursNanos, p), "ms",
                        SearchMeasurements.percentile(rawNanos, p), "raw Jena, same triples", ctx.scale(),
                        "latency of one event"));
            }
            System.out.printf(Locale.ROOT, "  ours %.0f events/s, raw Jena %.0f events/s%n", oursRate, rawRate);
        } finally {
            tdb.close();
            raw.close();
        }
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

    /** Our store, with every graph change of a write noted, so that raw Jena can write exactly the same. */
    private static final class Recording implements RdfStore {
        private final RdfStore store;
        List<Op> ops = new ArrayList<>();

        Recording(RdfStore store) {
            this.store = store;
        }

        @Override
        public <T> T read(Function<StoreReader, T> action) {
            return store.read(action);
        }

        @Override
        public <T> T write(Function<StoreWriter, T> action) {
            return store.write(writer -> action.apply(new StoreWriter() {
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
        }

        @Override
        public List<WriteRefusedException.Violation> trial(Consumer<StoreWriter> action) {
            return store.trial(action);
        }

        @Override
        public boolean isEmptyCatalog() {
            return store.isEmptyCatalog();
        }

        @Override
        public long revision() {
            return store.revision();
        }
    }
}
