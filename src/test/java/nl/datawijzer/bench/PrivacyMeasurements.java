package nl.datawijzer.bench;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import nl.datawijzer.privacy.DetectionSummary;
import nl.datawijzer.privacy.ReviewFilter;
import nl.datawijzer.privacy.internal.PrivacyBenchSupport;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopFieldCollectorManager;
import org.apache.lucene.search.TopFieldDocs;
import org.apache.lucene.store.FSDirectory;

/**
 * Privacy figures at the catalog's scale: the FG's review queue, first page (50 fields, suggestions first), served by
 * the review index, beside raw Lucene doing the same selection on the same index (and, once, beside the store alone
 * answering without the index); and a detection run over every field with {@value SampleValuePool#PER_FIELD} sample
 * values each (hints written in batches of 50 datasets, every write validated, the index following each write).
 */
final class PrivacyMeasurements implements Measurement {

    private static final String SUGGESTED = "https://w3id.org/datawijzer/vocab/beoordeling/voorgesteld";
    private static final int RUNS = 50;
    private static final int WARM_UP = 10;

    @Override
    public String name() {
        return "privacy";
    }

    @Override
    public void run(BenchContext ctx) throws Exception {
        Path indexFolder = ctx.workDir().resolve("review-index");
        try (PrivacyBenchSupport support = new PrivacyBenchSupport(ctx.store(), ctx.iris(), indexFolder)) {
            long start = System.nanoTime();
            support.rebuildIndex();
            ctx.report(Metric.info("privacy.reviewIndex.rebuild", (System.nanoTime() - start) / 1e9, "s", ctx.scale(),
                    "review index built from the store (once; afterwards it follows every change)"));
            measureQueue(ctx, support, indexFolder);

            SampleValuePool samples = new SampleValuePool(ctx.seed());
            start = System.nanoTime();
            DetectionSummary summary = support.detectAll(samples::valuesFor, percent -> { });
            double seconds = (System.nanoTime() - start) / 1e9;
            ctx.report(Metric.info("privacy.detection.time", seconds, "s", ctx.scale(), summary.fieldsChecked()
                    + " fields, name rules and " + SampleValuePool.PER_FIELD + " sample values a field, "
                    + summary.fieldsFlagged() + " flagged; target at L: <= 60 s"));
        }
    }

    private static void measureQueue(BenchContext ctx, PrivacyBenchSupport support, Path indexFolder) throws Exception {
        ReviewFilter suggested = new ReviewFilter(SUGGESTED, null, null, null, null);
        long[] ours = new long[RUNS];
        long[] raw = new long[RUNS];
        try (var directory = FSDirectory.open(indexFolder); DirectoryReader reader = DirectoryReader.open(directory)) {
            IndexSearcher searcher = new IndexSearcher(reader);
            long t0 = System.nanoTime();
            support.queuePage(suggested, 0, 50);
            ctx.report(Metric.info("privacy.queue.firstPage.cold", (System.nanoTime() - t0) / 1e6, "ms", ctx.scale(),
                    "the very first page after the index was built (cold caches, code not yet compiled)"));
            for (int i = 0; i < WARM_UP; i++) {
                support.queuePage(suggested, 0, 50);
                rawLucenePage(searcher);
            }
            for (int i = 0; i < RUNS; i++) {
                long t = System.nanoTime();
                support.queuePage(suggested, 0, 50);
                ours[i] = System.nanoTime() - t;
                t = System.nanoTime();
                rawLucenePage(searcher);
                raw[i] = System.nanoTime() - t;
            }
        }
        String rawName = "Lucene alone on the same index: status filter, count, top 50 by status/dataset/position, "
                + "field IRIs read (ours also reads the 50 fields' columns and categories from the store)";
        ctx.report(Metric.versus("privacy.queue.firstPage.p50", SearchMeasurements.percentile(ours, 50), "ms",
                SearchMeasurements.percentile(raw, 50), rawName, ctx.scale(),
                "review queue, status suggested, 50 fields, with total count; target at L: <= 50 ms"));
        ctx.report(Metric.versus("privacy.queue.firstPage.p99", SearchMeasurements.percentile(ours, 99), "ms",
                SearchMeasurements.percentile(raw, 99), rawName, ctx.scale(), RUNS + " runs after " + WARM_UP + " warm-up runs, interleaved"));

        long t = System.nanoTime();
        support.queuePageFromStore(suggested, 0, 50);
        ctx.report(Metric.info("privacy.queue.firstPage.storeOnly", (System.nanoTime() - t) / 1e6, "ms", ctx.scale(),
                "the same page from the store alone (SPARQL sort over every field), as before the review index; 1 run"));
    }

    private static List<String> rawLucenePage(IndexSearcher searcher) throws Exception {
        Query query = new BooleanQuery.Builder().add(new MatchAllDocsQuery(), Occur.FILTER)
                .add(new TermQuery(new Term("status", SUGGESTED)), Occur.FILTER).build();
        int total = searcher.count(query);
        Sort sort = new Sort(new SortField("statusOrder", SortField.Type.INT),
                new SortField("datasetTitle", SortField.Type.STRING), new SortField("position", SortField.Type.LONG),
                new SortField("field", SortField.Type.STRING));
        TopFieldDocs top = searcher.search(query, new TopFieldCollectorManager(sort, Math.min(50, Math.max(1, total)), null, 0));
        List<String> fields = new ArrayList<>();
        var stored = searcher.storedFields();
        for (ScoreDoc hit : top.scoreDocs) {
            fields.add(stored.document(hit.doc).get("field"));
        }
        return fields;
    }
}
