package nl.datawijzer.privacy.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.IntConsumer;
import nl.datawijzer.catalog.CatalogChangedEvent;
import nl.datawijzer.catalog.DatasetId;
import nl.datawijzer.privacy.DetectionRecordedEvent;
import nl.datawijzer.privacy.ReviewFilter;
import nl.datawijzer.rdf.Iris;
import nl.datawijzer.rdf.RdfStore;
import nl.datawijzer.rdf.RecordKind;
import nl.datawijzer.rdf.Row;
import nl.datawijzer.rdf.Sparql;
import nl.datawijzer.rdf.StoreProperties;
import org.apache.jena.graph.Node;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.util.CharTokenizer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopFieldCollectorManager;
import org.apache.lucene.search.TopFieldDocs;
import org.apache.lucene.search.WildcardQuery;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.BytesRef;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.ApplicationArguments;
import nl.datawijzer.rdf.StoreRestoredEvent;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.event.EventListener;
import nl.datawijzer.rdf.RecordRef;
import nl.datawijzer.rdf.StoreChangedElsewhereEvent;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The privacy officer's review queue as a Lucene index: one small document per field with what the queue filters and
 * sorts on (status, system, dataset, categories, detection confidence, words of the names). SPARQL cannot give the
 * first page of 200,000 fields sorted by dataset without reading them all; this index answers in milliseconds and the
 * page's columns are then read from the store for those fields only. Kept in step like the search index: checked at
 * start against the store's revision, updated on every change of a dataset, system or detection result.
 */
@Component
@Order(20)
public class ReviewIndex implements ApplicationRunner, DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(ReviewIndex.class);
    private static final String DIR = "nl/datawijzer/privacy/internal/";
    /** Part of the fingerprint: raise it when documents are indexed differently, so old indexes are rebuilt. */
    private static final String LAYOUT = "review-2";
    private static final String FINGERPRINT = "fingerprint";
    private static final String SUGGESTED = "https://w3id.org/datawijzer/vocab/beoordeling/voorgesteld";
    private static final int DATASETS_PER_READ = 250;
    /**
     * Confidence is kept as a whole number of ten-thousandths (0 = nothing found) in doc values, which a detection run
     * can update in place without reading the fields' other columns again.
     */
    private static final double CONFIDENCE_SCALE = 10_000;

    private final RdfStore store;
    private final Iris iris;
    private final Analyzer words = new WordAnalyzer();
    private final Directory directory;
    private final IndexWriter writer;
    private final SearcherManager searchers;
    private volatile boolean ready;
    /** Changes written to the index that the current searcher does not see yet. */
    private volatile boolean unseenChanges;

    @Autowired
    ReviewIndex(StoreProperties properties, RdfStore store, Iris iris) {
        this(properties.dataDir().resolve("index").resolve("review").toAbsolutePath(), store, iris);
    }

    public ReviewIndex(Path folder, RdfStore store, Iris iris) {
        this.store = store;
        this.iris = iris;
        try {
            directory = FSDirectory.open(folder);
            writer = openWriter(directory);
            searchers = new SearcherManager(writer, null);
        } catch (IOException e) {
            throw new UncheckedIOException("Beoordelingsindex kan niet worden geopend in " + folder, e);
        }
        ready = fingerprint().equals(currentFingerprint());
    }

    /**
     * Documents are kept in queue order (an index sort), so the first page is found without visiting every match.
     * An index written in another order cannot be reopened with this one; it is thrown away (it is rebuildable).
     */
    private IndexWriter openWriter(Directory directory) throws IOException {
        try {
            return new IndexWriter(directory, config().setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND));
        } catch (IllegalArgumentException differentOrder) {
            log.info("Review index was written in another order; starting a new one");
            return new IndexWriter(directory, config().setOpenMode(IndexWriterConfig.OpenMode.CREATE));
        }
    }

    private IndexWriterConfig config() {
        return new IndexWriterConfig(words).setIndexSort(QUEUE_ORDER);
    }

    /** Whether the index follows the store; until then the queue is read from the store itself. */
    public boolean ready() {
        return ready;
    }

    /**
     * A missing or stale index is rebuilt in the background (minutes at 200,000 fields): the portal starts at once and
     * the queue reads the store until the index is ready.
     */
    @Override
    public void run(ApplicationArguments args) {
        if (!ready) {
            rebuildInBackground();
        }
    }

    /** The store was replaced by a backup: the queue reads the store until the index is rebuilt, as at start. */
    @EventListener
    public void onRestore(StoreRestoredEvent event) {
        ready = false;
        rebuildInBackground();
    }

    private void rebuildInBackground() {
        Thread.ofPlatform().name("review-index-rebuild").daemon().start(() -> {
            try {
                rebuild(percent -> { });
            } catch (RuntimeException e) {
                log.error("Review index rebuild failed; the queue keeps reading the store", e);
            }
        });
    }

    /** Rebuilds the index from the store, {@value #DATASETS_PER_READ} datasets per read, reporting the share done. */
    public void rebuild(IntConsumer percentDone) {
        long start = System.nanoTime();
        String fingerprint = currentFingerprint();
        List<Node> datasets = store.read(reader -> Row.of(reader.select(Sparql.query(DIR + "dataset-slugs.rq")))
                .stream().map(row -> row.node("dataset")).toList());
        try {
            synchronized (this) {
                writer.deleteAll();
                commit("");
            }
            for (int from = 0; from < datasets.size(); from += DATASETS_PER_READ) {
                List<Node> batch = datasets.subList(from, Math.min(datasets.size(), from + DATASETS_PER_READ));
                // Each batch is read and written under the lock that change events take too, so an event's newer
                // content can never be overwritten by a batch read before it.
                synchronized (this) {
                    for (Node dataset : batch) { // a change event may have indexed it already
                        writer.deleteDocuments(new Term("dataset", slug(dataset.getURI())));
                    }
                    add(documents(batch));
                }
                percentDone.accept((from + batch.size()) * 100 / Math.max(1, datasets.size()));
            }
            synchronized (this) {
                commit(fingerprint);
            }
            ready = true;
            log.info("Review index rebuilt: {} datasets in {} ms", datasets.size(), (System.nanoTime() - start) / 1_000_000);
        } catch (IOException e) {
            throw new UncheckedIOException("Beoordelingsindex kon niet worden opgebouwd", e);
        }
    }

    /** Replaces the documents of these datasets with what the store holds now (none when a dataset is gone). */
    public synchronized void refresh(Collection<String> datasetSlugs) {
        if (datasetSlugs.isEmpty()) {
            return;
        }
        try {
            List<Node> datasets = datasetSlugs.stream()
                    .map(slug -> iris.record(RecordKind.DATASET, new DatasetId(slug).slug())).toList();
            for (String slug : datasetSlugs) {
                writer.deleteDocuments(new Term("dataset", slug));
            }
            add(documents(datasets));
            changed();
        } catch (IOException e) {
            throw new UncheckedIOException("Beoordelingsindex kon niet worden bijgewerkt", e);
        }
    }

    /** The fields of one page, as IRIs in queue order, and how many the filter selects in all. */
    public record Hits(List<String> fieldIris, long total) {
    }

    public Hits page(ReviewFilter filter, int offset, int limit) {
        IndexSearcher searcher = acquire();
        try {
            Query query = query(filter);
            int total = searcher.count(query);
            if (offset >= total) {
                return new Hits(List.of(), total);
            }
            int wanted = Math.min(total, offset + limit);
            TopFieldDocs top = searcher.search(query, new TopFieldCollectorManager(QUEUE_ORDER, wanted, null, 0));
            List<String> fields = new ArrayList<>();
            var stored = searcher.storedFields();
            for (int i = offset; i < top.scoreDocs.length; i++) {
                ScoreDoc hit = top.scoreDocs[i];
                fields.add(stored.document(hit.doc).get("field"));
            }
            return new Hits(fields, total);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            release(searcher);
        }
    }

    public long count(ReviewFilter filter) {
        IndexSearcher searcher = acquire();
        try {
            return searcher.count(query(filter));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            release(searcher);
        }
    }

    /** Suggestions first, then by dataset title and position, as review-queue.rq orders. */
    private static final Sort QUEUE_ORDER = new Sort(new SortField("statusOrder", SortField.Type.INT),
            new SortField("datasetTitle", SortField.Type.STRING), new SortField("position", SortField.Type.LONG),
            new SortField("field", SortField.Type.STRING));

    private Query query(ReviewFilter filter) {
        BooleanQuery.Builder query = new BooleanQuery.Builder().add(new MatchAllDocsQuery(), Occur.FILTER);
        if (filter.statusIri() != null) {
            query.add(new TermQuery(new Term("status", filter.statusIri())), Occur.FILTER);
        }
        if (filter.systemTitle() != null) {
            query.add(new TermQuery(new Term("system", filter.systemTitle())), Occur.FILTER);
        }
        if (filter.datasetSlug() != null) {
            query.add(new TermQuery(new Term("dataset", filter.datasetSlug())), Occur.FILTER);
        }
        if (filter.categoryIri() != null) {
            query.add(new TermQuery(new Term("category", filter.categoryIri())), Occur.FILTER);
        }
        if (filter.minConfidence() > 0) {
            query.add(NumericDocValuesField.newSlowRangeQuery("confidence",
                    Math.max(1, (long) Math.ceil(filter.minConfidence() * CONFIDENCE_SCALE - 1e-6)), Long.MAX_VALUE),
                    Occur.FILTER);
        }
        if (filter.text() != null) {
            // Every word of the filter text must occur within a word of the field's, dataset's or system's names.
            for (String word : words(filter.text())) {
                query.add(new WildcardQuery(new Term("text", "*" + word + "*")), Occur.FILTER);
            }
        }
        return query.build();
    }

    private static long confidence(double value) {
        return Math.round(value * CONFIDENCE_SCALE);
    }

    /** After a detection run only the confidence changed: updated in place, one light query for these datasets. */
    public synchronized void refreshConfidence(Collection<String> datasetSlugs) {
        if (datasetSlugs.isEmpty()) {
            return;
        }
        if (!ready || writer.getDocStats().numDocs == 0) {
            refresh(datasetSlugs); // during a rebuild (or in an empty index) only whole documents are safe
            return;
        }
        List<Node> datasets = datasetSlugs.stream()
                .map(slug -> iris.record(RecordKind.DATASET, new DatasetId(slug).slug())).toList();
        List<Row> rows = store.read(reader -> Row.of(reader.select(
                Sparql.query(DIR + "review-confidence.rq").values("dataset", datasets))));
        try {
            for (Row row : rows) {
                writer.updateNumericDocValue(new Term("field", row.iri("field")), "confidence",
                        confidence(Double.parseDouble(row.text("confidence"))));
            }
            changed();
        } catch (IOException e) {
            throw new UncheckedIOException("Beoordelingsindex kon niet worden bijgewerkt", e);
        }
    }

    /** One by one: addDocuments would make them a block, which an index sort does not allow. */
    private void add(List<Document> documents) throws IOException {
        for (Document document : documents) {
            writer.addDocument(document);
        }
    }

    private List<Document> documents(List<Node> datasets) {
        List<Row> rows = store.read(reader -> Row.of(reader.select(
                Sparql.query(DIR + "review-index.rq").values("dataset", datasets))));
        List<Document> documents = new ArrayList<>(rows.size());
        for (Row row : rows) {
            Document doc = new Document();
            String field = row.iri("field");
            String dataset = slug(row.iri("dataset"));
            doc.add(new StringField("field", field, Field.Store.YES));
            doc.add(new SortedDocValuesField("field", new BytesRef(field)));
            doc.add(new StringField("dataset", dataset, Field.Store.NO));
            doc.add(new StringField("status", row.iri("status"), Field.Store.NO));
            doc.add(new NumericDocValuesField("statusOrder", SUGGESTED.equals(row.iri("status")) ? 0 : 1));
            doc.add(new StringField("system", row.text("systemTitle"), Field.Store.NO));
            doc.add(new SortedDocValuesField("datasetTitle", new BytesRef(row.text("datasetTitle"))));
            doc.add(new NumericDocValuesField("position", row.integer("position")));
            for (String category : row.text("categories").split(" ")) {
                if (!category.isEmpty()) {
                    doc.add(new StringField("category", category, Field.Store.NO));
                }
            }
            doc.add(new NumericDocValuesField("confidence", row.node("maxConfidence") == null ? 0
                    : confidence(Double.parseDouble(row.text("maxConfidence")))));
            doc.add(new TextField("text", String.join(" ", row.text("title"), row.text("technicalName"),
                    row.text("datasetTitle"), row.text("systemTitle")), Field.Store.NO));
            documents.add(doc);
        }
        return documents;
    }

    /** A committed change of a dataset (its fields, a decision) or of a system (its name) reaches the queue at once. */
    @EventListener
    public void onCatalogChange(CatalogChangedEvent event) {
        try {
            switch (event.kind()) {
                case "dataset" -> refresh(List.of(event.slug()));
                case "system" -> refresh(datasetsOf(event.slug()));
                default -> { }
            }
        } catch (RuntimeException e) {
            // The change itself is committed; the start-up check or a rebuild repairs the index.
            markStale(e);
        }
    }

    /** Another node changed the shared store: the queue follows the datasets it touched (or is rebuilt). */
    @EventListener
    public void onChangesElsewhere(StoreChangedElsewhereEvent event) {
        try {
            if (event.everything()) {
                rebuild(done -> { });
                return;
            }
            java.util.Set<String> datasets = new java.util.LinkedHashSet<>();
            for (RecordRef record : event.records()) {
                switch (record.kind()) {
                    case DATASET, DETECTION -> datasets.add(record.slug());
                    case SYSTEM -> datasets.addAll(datasetsOf(record.slug()));
                    default -> {
                    }
                }
            }
            if (!datasets.isEmpty()) {
                refresh(datasets);
            }
        } catch (RuntimeException e) {
            markStale(e);
        }
    }

    @EventListener
    public void onDetection(DetectionRecordedEvent event) {
        try {
            refreshConfidence(event.datasetSlugs());
        } catch (RuntimeException e) {
            markStale(e);
        }
    }

    private void markStale(RuntimeException e) {
        log.error("Review index could not follow a change; the queue is read from the store until it is rebuilt", e);
        ready = false;
        synchronized (this) {
            try {
                commit("");
            } catch (IOException io) {
                log.error("Review index could not be marked stale", io);
            }
        }
    }

    private String slug(String datasetIri) {
        return iris.slugOf(RecordKind.DATASET, datasetIri).orElse(datasetIri);
    }

    private List<String> datasetsOf(String systemSlug) {
        return store.read(reader -> Row.of(reader.select(Sparql.query(DIR + "system-datasets.rq")
                        .bind("system", iris.record(RecordKind.SYSTEM, systemSlug)))).stream()
                .map(row -> iris.slugOf(RecordKind.DATASET, row.iri("dataset")).orElse(null))
                .filter(Objects::nonNull).toList());
    }

    private List<String> words(String text) {
        List<String> found = new ArrayList<>();
        try (TokenStream stream = words.tokenStream("text", text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                found.add(term.toString());
            }
            stream.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return found;
    }

    private String currentFingerprint() {
        return LAYOUT + "|" + store.revision();
    }

    /** The fingerprint of the last commit, or "" when the index is new, stale or was never filled. */
    String fingerprint() {
        Iterable<Map.Entry<String, String>> data = writer.getLiveCommitData();
        if (data != null) {
            for (Map.Entry<String, String> entry : data) {
                if (FINGERPRINT.equals(entry.getKey())) {
                    return entry.getValue();
                }
            }
        }
        return "";
    }

    /**
     * Makes a change searchable without a commit (an fsync per change would cost more than the change): the next read
     * reopens the searcher first, so a detection run of 200 writes reopens it once, not 200 times. The last commit
     * keeps the older fingerprint until shutdown commits, so after a crash the start-up check rebuilds.
     */
    private void changed() {
        unseenChanges = true;
    }

    private void commit(String fingerprint) throws IOException {
        writer.setLiveCommitData(Map.of(FINGERPRINT, fingerprint).entrySet());
        writer.commit();
        searchers.maybeRefreshBlocking();
    }

    private IndexSearcher acquire() {
        try {
            if (unseenChanges) {
                synchronized (this) {
                    unseenChanges = false;
                    searchers.maybeRefreshBlocking();
                }
            }
            return searchers.acquire();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void release(IndexSearcher searcher) {
        try {
            searchers.release(searcher);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void destroy() throws IOException {
        synchronized (this) {
            if (ready) {
                commit(currentFingerprint());
            }
        }
        searchers.close();
        writer.close();
        directory.close();
    }

    /** Words are runs of letters and digits, lower-cased: "bsn_partner" holds "bsn" and "partner". */
    private static final class WordAnalyzer extends Analyzer {
        @Override
        protected TokenStreamComponents createComponents(String fieldName) {
            Tokenizer tokenizer = CharTokenizer.fromTokenCharPredicate(Character::isLetterOrDigit);
            return new TokenStreamComponents(tokenizer, new LowerCaseFilter(tokenizer));
        }
    }
}
