package nl.datawijzer.bench;

import nl.datawijzer.privacy.DetectionSummary;
import nl.datawijzer.privacy.ReviewFilter;
import nl.datawijzer.privacy.internal.PrivacyBenchSupport;
import org.apache.jena.query.Dataset;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.TDB2;

/**
 * Privacy figures at the catalog's scale: the FG's review queue, first page (50 fields, suggestions first), beside
 * Jena running only the page's SPARQL itself; and a detection run over every field (name, title and description
 * rules; hints written in batches of 50 datasets, every write validated).
 */
final class PrivacyMeasurements implements Measurement {

    private static final String SUGGESTED = "https://w3id.org/datawijzer/vocab/beoordeling/voorgesteld";
    /** Few runs: at L one page still takes seconds (see the README), which is the figure this step exists for. */
    private static final int RUNS = 3;

    @Override
    public String name() {
        return "privacy";
    }

    @Override
    public void run(BenchContext ctx) throws Exception {
        PrivacyBenchSupport support = new PrivacyBenchSupport(ctx.store(), ctx.iris());
        ReviewFilter suggested = new ReviewFilter(SUGGESTED, null, null, null, null);
        long[] ours = new long[RUNS];
        long[] raw = new long[RUNS];
        String pageQuery = pageQuery();
        Dataset dataset = ctx.storeDataset();
        for (int i = 0; i < RUNS; i++) {
            long t = System.nanoTime();
            support.queuePage(suggested, 50);
            ours[i] = System.nanoTime() - t;
            t = System.nanoTime();
            Txn.executeRead(dataset, () -> {
                try (QueryExec exec = QueryExec.dataset(dataset.asDatasetGraph()).query(pageQuery)
                        .set(TDB2.symUnionDefaultGraph, true).build()) {
                    exec.select().forEachRemaining(row -> { });
                }
            });
            raw[i] = System.nanoTime() - t;
        }
        String rawName = "Jena alone: the queue's page query (same SPARQL, LIMIT 50), no count, no labels of categories";
        ctx.report(Metric.versus("privacy.queue.firstPage.p50", SearchMeasurements.percentile(ours, 50), "ms", SearchMeasurements.percentile(raw, 50), rawName,
                ctx.scale(), "review queue, status suggested, 50 fields, with total count and categories; target at L: <= 50 ms"));
        ctx.report(Metric.versus("privacy.queue.firstPage.p99", SearchMeasurements.percentile(ours, 99), "ms", SearchMeasurements.percentile(raw, 99), rawName,
                ctx.scale(), RUNS + " runs"));

        long start = System.nanoTime();
        DetectionSummary summary = support.detectAll(percent -> { });
        double seconds = (System.nanoTime() - start) / 1e9;
        ctx.report(Metric.info("privacy.detection.time", seconds, "s", ctx.scale(), summary.fieldsChecked()
                + " fields, name rules only (the synthetic catalog has no sample files), " + summary.fieldsFlagged()
                + " flagged; target at L (with 100 sample values a field): <= 60 s"));
    }

    /** The queue's SPARQL with the "any" parameters written in, as a raw Jena user would run it. */
    private static String pageQuery() throws Exception {
        String text;
        try (var in = PrivacyMeasurements.class.getResourceAsStream("/nl/datawijzer/privacy/internal/review-queue.rq")) {
            text = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        }
        return text.replace("?statusFilter", "<" + SUGGESTED + ">").replace("?datasetFilter", "\"\"")
                .replace("?categoryFilter", "\"\"").replace("?systemFilter", "\"\"").replace("?text", "\"\"")
                .replace("?minConfidence", "0") + " LIMIT 50";
    }
}
