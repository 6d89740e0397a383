package nl.datawijzer.bench;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import nl.datawijzer.lineage.EdgeKind;
import nl.datawijzer.lineage.LineageBenchSupport;
import nl.datawijzer.lineage.LineageEdge;
import nl.datawijzer.lineage.LineageNode;
import nl.datawijzer.lineage.NodeKind;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.ResultSet;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.TDB2Factory;

/**
 * Impact closure over a generated lineage graph of about 100,000 nodes (14,000 datasets with 6 fields each, jobs, KPIs,
 * needs; diamonds and some cycles), whatever the catalog's scale: p50/p99 of the downstream and upstream closure from
 * random nodes at field level without depth limit, as the impact analysis computes it (distance and path included),
 * next to raw Jena doing the same reachability: an ARQ property path {@code prov:wasDerivedFrom+} (and its inverse)
 * over the same edges in TDB2, every edge written as {@code to prov:wasDerivedFrom from}. The step also checks, for
 * starts that are not datasets (where ours adds the dataset's own fields), that both find the same nodes.
 */
final class LineageMeasurements implements Measurement {

    static final int DATASETS = 14_000;
    static final int FIELDS_PER_DATASET = 6;
    private static final int WARMUP = 2_000;
    private static final int MEASURED = 2_000;
    private static final int BASELINE_WARMUP = 100;
    private static final int BASELINE_MEASURED = 300;
    private static final String PROV = "http://www.w3.org/ns/prov#";
    private static final Query DOWN = QueryFactory.create(
            "PREFIX prov: <" + PROV + "> SELECT DISTINCT ?n WHERE { ?n prov:wasDerivedFrom+ ?start }");
    private static final Query UP = QueryFactory.create(
            "PREFIX prov: <" + PROV + "> SELECT DISTINCT ?n WHERE { ?start prov:wasDerivedFrom+ ?n }");

    @Override
    public String name() {
        return "lineage-impact";
    }

    @Override
    public void run(BenchContext ctx) throws Exception {
        long start = System.nanoTime();
        LineageBenchSupport ours = new LineageBenchSupport(ctx.seed(), DATASETS, FIELDS_PER_DATASET);
        List<LineageNode> nodes = ours.nodes();
        ctx.report(Metric.info("lineage.graph.build", LoadMeasurements.seconds(start), "s", ctx.scale(),
                nodes.size() + " nodes, " + ours.edges().size() + " edges: generated and indexed in memory"));

        Dataset tdb = TDB2Factory.createDataset();
        start = System.nanoTime();
        String base = ctx.iris().base();
        Node derivedFrom = NodeFactory.createURI(PROV + "wasDerivedFrom");
        Txn.executeWrite(tdb, () -> {
            DatasetGraph dsg = tdb.asDatasetGraph();
            for (LineageEdge edge : ours.edges()) {
                if (edge.kind() != EdgeKind.CONTAINS) {
                    dsg.getDefaultGraph().add(NodeFactory.createURI(base + edge.to()), derivedFrom,
                            NodeFactory.createURI(base + edge.from()));
                }
            }
        });
        ctx.report(Metric.info("lineage.tdb2.load", LoadMeasurements.seconds(start), "s", ctx.scale(),
                "the same edges into an in-memory TDB2 dataset (baseline)"));

        Random random = new Random(ctx.seed());
        for (boolean down : new boolean[] {true, false}) {
            String side = down ? "downstream" : "upstream";
            List<String> starts = new ArrayList<>();
            for (int i = 0; i < WARMUP + MEASURED; i++) {
                starts.add(nodes.get(random.nextInt(nodes.size())).id());
            }
            long reached = 0;
            for (int i = 0; i < WARMUP; i++) {
                reached += ours.closureSize(starts.get(i), down);
            }
            long[] oursNanos = new long[MEASURED];
            for (int i = 0; i < MEASURED; i++) {
                long t = System.nanoTime();
                reached += ours.closureSize(starts.get(WARMUP + i), down);
                oursNanos[i] = System.nanoTime() - t;
            }

            int mismatches = 0;
            long[] rawNanos = new long[BASELINE_MEASURED];
            for (int i = 0; i < BASELINE_WARMUP + BASELINE_MEASURED; i++) {
                String node = starts.get(WARMUP + i % MEASURED);
                long t = System.nanoTime();
                Set<String> raw = arq(tdb, down ? DOWN : UP, base, node);
                long took = System.nanoTime() - t;
                if (i >= BASELINE_WARMUP) {
                    rawNanos[i - BASELINE_WARMUP] = took;
                }
                if (!isDataset(nodes, node) && !new HashSet<>(ours.closure(node, down)).equals(raw)) {
                    mismatches++;
                }
            }
            for (int p : new int[] {50, 99}) {
                double mine = SearchMeasurements.percentile(oursNanos, p);
                double raw = SearchMeasurements.percentile(rawNanos, p);
                ctx.report(Metric.versus("lineage.closure." + side + ".p" + p, mine, "ms", raw,
                        "Jena ARQ prov:wasDerivedFrom" + (down ? "+ inverse" : "+") + " over TDB2", ctx.scale(),
                        String.format(Locale.ROOT, "%d random starts (%d for ARQ), field level, no depth limit, "
                                + "%.1fx of raw; mean %d nodes reached; target p99 <= 50 ms",
                                MEASURED, BASELINE_MEASURED, raw == 0 ? 0 : mine / raw, reached / (WARMUP + MEASURED))));
            }
            // Dataset level: far larger closures (every field link lifted to its datasets); no raw counterpart.
            long[] datasetNanos = new long[MEASURED];
            long datasetReached = 0;
            int largest = 0;
            for (int i = 0; i < WARMUP; i++) {
                ours.closureSize(starts.get(i), down, false);
            }
            for (int i = 0; i < MEASURED; i++) {
                long t = System.nanoTime();
                int size = ours.closureSize(starts.get(WARMUP + i), down, false);
                datasetNanos[i] = System.nanoTime() - t;
                datasetReached += size;
                largest = Math.max(largest, size);
            }
            for (int p : new int[] {50, 99}) {
                ctx.report(Metric.info("lineage.closure." + side + ".datasetLevel.p" + p,
                        SearchMeasurements.percentile(datasetNanos, p), "ms", ctx.scale(),
                        String.format(Locale.ROOT, "%d random starts, dataset level, no depth limit; mean %d, largest "
                                + "%d nodes reached; target p99 <= 50 ms", MEASURED, datasetReached / MEASURED, largest)));
            }
            ctx.report(Metric.info("lineage.closure." + side + ".mismatches", mismatches, "starts", ctx.scale(),
                    "starts (not datasets) where ours and ARQ reached different nodes; must be 0"));
            if (mismatches > 0) {
                throw new IllegalStateException(mismatches + " closures differ from ARQ's (" + side + ")");
            }
        }
        tdb.close();
    }

    private static boolean isDataset(List<LineageNode> nodes, String id) {
        return id.startsWith("dataset/") && !id.contains("/field/");
    }

    private static Set<String> arq(Dataset tdb, Query query, String base, String node) {
        return Txn.calculateRead(tdb, () -> {
            Set<String> reached = new HashSet<>();
            try (QueryExecution execution = QueryExecution.create().query(query).dataset(tdb)
                    .substitution("start", tdb.getDefaultModel().createResource(base + node)).build()) {
                ResultSet results = execution.execSelect();
                while (results.hasNext()) {
                    String iri = results.next().getResource("n").getURI();
                    if (!iri.equals(base + node)) {
                        reached.add(iri.substring(base.length()));
                    }
                }
            }
            return reached;
        });
    }

    @SuppressWarnings("unused")
    private static NodeKind kind(LineageNode node) {
        return node.kind();
    }
}
