package nl.datawijzer.search.internal;

import java.io.Closeable;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumMap;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import nl.datawijzer.search.Facet;
import nl.datawijzer.search.SearchHit;
import nl.datawijzer.search.SearchKind;
import nl.datawijzer.search.SearchRequest;
import nl.datawijzer.search.SearchResult;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.nl.DutchAnalyzer;
import org.apache.lucene.analysis.synonym.SynonymMap;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.FloatDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.facet.DrillDownQuery;
import org.apache.lucene.facet.FacetResult;
import org.apache.lucene.facet.FacetsCollectorManager;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.LabelAndValue;
import org.apache.lucene.facet.sortedset.DefaultSortedSetDocValuesReaderState;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetCounts;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetField;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.queries.function.FunctionScoreQuery;
import org.apache.lucene.queryparser.simple.SimpleQueryParser;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.DisjunctionMaxQuery;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.DoubleValuesSource;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryRescorer;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.SynonymQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TotalHits;
import org.apache.lucene.search.spell.DirectSpellChecker;
import org.apache.lucene.search.spell.SuggestMode;
import org.apache.lucene.search.spell.SuggestWord;
import org.apache.lucene.search.uhighlight.DefaultPassageFormatter;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.QueryBuilder;
import org.jspecify.annotations.Nullable;

/**
 * One Lucene index (internal or public) in a folder of its own. Writes are searchable before the call returns; a
 * rebuild is committed with the catalog fingerprint it was built from, single changes only at {@link #commitInStep}.
 */
public final class CatalogIndex implements Closeable {

    static final String ID = "id";
    static final String GROUP = "group";
    static final String KIND = "kind";
    static final String TITLE = "title";
    static final String DESCRIPTION = "description";
    static final String NAMES = "names";
    static final String CONTEXT = "context";
    static final String KEYWORDS = "keywords";
    /**
     * Ends the leading part of {@link SearchDocument#context()} that holds the keywords a steward chose for
     * the entry; they describe its subject, so they weigh almost as much as the title. Text without it is
     * all plain context.
     */
    static final String KEYWORDS_END = "\u001D";
    static final String SUBTITLE = "subtitle";
    static final String PATH = "path";
    static final String QUALITY = "quality";
    static final String FINGERPRINT = "fingerprint";

    /** Title above keywords above description above field names above the rest. */
    private static final Map<String, Float> WEIGHTS = Map.of(TITLE, 4f, KEYWORDS, 2.5f, DESCRIPTION, 2f, NAMES, 1.5f,
            CONTEXT, 1f);
    /** Placeholder field while building a query; {@link FieldsQueryBuilder} spreads each word over WEIGHTS. */
    private static final String ANY_FIELD = "any";
    /**
     * A word counts by the best field it is found in, plus this share of its other fields: an entry that
     * repeats a word in title, keywords and description is not three times as relevant.
     */
    private static final float FIELD_TIE = 0.3f;
    /** See {@link #coverage}. */
    private static final float MOST_WORDS_BOOST = 1.25f;
    private static final float ALL_WORDS_BOOST = 1.5f;
    private static final int RESCORE_WINDOW = 200;
    /**
     * A catalog is searched for data: a dataset (and the system holding it) is the entry people open first; a
     * field is reached through its dataset, a glossary term explains a word, an owner is also a facet. So with
     * equal text scores a dataset ranks first; a clearly better match of another kind still wins.
     */
    private static final Map<SearchKind, Float> KIND_PRIOR = Map.of(SearchKind.DATASET, 1.3f, SearchKind.SYSTEM, 1.2f,
            SearchKind.FIELD, 1.0f, SearchKind.CONCEPT, 1.0f, SearchKind.AGENT, 0.9f);
    private static final CharArraySet STOP_WORDS = DutchAnalyzer.getDefaultStopSet();
    private static final String MARK_START = "\uE000";
    private static final String MARK_END = "\uE001";
    private static final int FACET_VALUES = 20;
    /** A corrected spelling counts for less than what was typed, so exact matches stay on top. */
    private static final float TYPO_WEIGHT = 0.3f;
    private static final int TYPO_ALTERNATIVES = 5;
    /** About 20 KB each: a few megabytes per index. */
    private static final int CACHED_RESULTS = 256;
    private static final int CACHED_CORRECTIONS = 2048;
    /** Longer texts are descriptions pasted in, not typed queries: no correction. */
    private static final int MAX_CORRECTED_WORDS = 6;

    private static final FieldType TEXT_WITH_OFFSETS = new FieldType(TextField.TYPE_STORED);

    static {
        TEXT_WITH_OFFSETS.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
        TEXT_WITH_OFFSETS.freeze();
    }

    private final Directory directory;
    private final IndexWriter writer;
    private final SearcherManager searchers;
    private final FacetsConfig facetsConfig = new FacetsConfig();
    private final Analyzer indexAnalyzer = DutchAnalysis.indexAnalyzer();
    /** Analyzers keep their token streams per thread: one instance, reused, instead of one per call. */
    private final Analyzer spellAnalyzer = DutchAnalysis.spellAnalyzer();
    private final AtomicReference<Analyzer> queryAnalyzer =
            new AtomicReference<>(DutchAnalysis.queryAnalyzer(DutchAnalysis.synonyms(List.of())));
    private final AtomicReference<FacetState> facetState = new AtomicReference<>();
    private final AtomicReference<ReaderCache> readerCache = new AtomicReference<>();
    private final Semaphore searchSlots = new Semaphore(Math.max(2, Runtime.getRuntime().availableProcessors()), true);
    private final boolean remember;
    /** False while a rebuild is under way or after one failed: later commits then keep the index marked stale. */
    private volatile boolean complete = true;

    public CatalogIndex(Path folder) {
        this(folder, true);
    }

    /**
     * @param remember whether to keep results and look-alikes per index version; the benchmark turns it off to
     *                 measure what every search costs
     */
    public CatalogIndex(Path folder, boolean remember) {
        this.remember = remember;
        try {
            directory = FSDirectory.open(folder);
            writer = new IndexWriter(directory, new IndexWriterConfig(indexAnalyzer)
                    .setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND)
                    // fewer, larger segments while rebuilding: less merging (about 200,000 documents at L)
                    .setRAMBufferSizeMB(64));
            searchers = new SearcherManager(writer, null);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot open the search index in " + folder, e);
        }
        for (Facet facet : Facet.values()) {
            facetsConfig.setMultiValued(dim(facet), true);
        }
    }

    /** The catalog fingerprint of the last commit, or "" when the index is new or was never filled. */
    public String fingerprint() {
        Map<String, String> data = writer.getLiveCommitData() == null ? Map.of() : toMap(writer.getLiveCommitData());
        return data.getOrDefault(FINGERPRINT, "");
    }

    public int documentCount() {
        return writer.getDocStats().numDocs;
    }

    /** Hands documents to the index batch by batch, so a rebuild never holds the whole catalogue in memory. */
    @FunctionalInterface
    public interface DocumentFeed {
        void feed(Consumer<List<SearchDocument>> batches);
    }

    /**
     * Replaces everything with what {@code feed} hands over; searchable when this returns. Returns the number of
     * documents. When the feed fails half-way the index is left marked stale (empty fingerprint), so the check at
     * the next start rebuilds it; the store, which is the truth, is not touched.
     */
    public synchronized int rebuild(DocumentFeed feed, String fingerprint) {
        // Reading the store and analysing text each keep one core busy: the feed reads the next batch while a
        // second thread indexes the previous one (at most two batches wait, so memory stays flat).
        ExecutorService indexer = Executors.newSingleThreadExecutor(Thread.ofPlatform().name("search-rebuild").factory());
        Semaphore waiting = new Semaphore(2);
        List<Future<?>> batches = new ArrayList<>();
        try {
            writer.deleteAll();
            complete = false;
            int[] added = {0};
            feed.feed(batch -> {
                waiting.acquireUninterruptibly();
                batches.add(indexer.submit(() -> {
                    try {
                        batch.forEach(this::add);
                    } finally {
                        waiting.release();
                    }
                }));
                added[0] += batch.size();
                failFast(batches);
            });
            indexer.shutdown();
            for (Future<?> batch : batches) {
                batch.get();
            }
            // One segment: facet counting then needs no ordinal map between segments and every query visits a
            // single set of postings (about 10% faster at L; the merge takes seconds).
            writer.forceMerge(1);
            complete = true;
            commit(fingerprint);
            return added[0];
        } catch (IOException e) {
            throw markStale(new UncheckedIOException(e));
        } catch (ExecutionException e) {
            throw markStale(e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause()));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw markStale(new IllegalStateException("Search index rebuild interrupted", e));
        } catch (RuntimeException e) {
            throw markStale(e);
        } finally {
            indexer.shutdownNow();
        }
    }

    /** Stops reading as soon as indexing has failed. */
    private static void failFast(List<Future<?>> batches) {
        for (Future<?> batch : batches) {
            if (batch.isDone()) {
                try {
                    batch.get();
                } catch (ExecutionException e) {
                    throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IllegalStateException(e);
                }
            }
        }
    }

    private RuntimeException markStale(RuntimeException failure) {
        try {
            commit("");
        } catch (IOException | RuntimeException suppressed) {
            failure.addSuppressed(suppressed);
        }
        return failure;
    }

    private void add(SearchDocument document) {
        try {
            writer.addDocument(facetsConfig.build(toLucene(document)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Replaces the documents of the given groups with {@code documents}; searchable when this returns, but not committed:
     * the last commit keeps the fingerprint it had. Committing the store's current revision here would claim changes
     * whose own events are still on their way (two writers: the second one's event can come first), and after a kill
     * the start-up check would then keep an index that lacks them. Uncommitted, a crash leaves the older fingerprint,
     * and the check rebuilds; {@link #commitInStep} records the revision once nothing is under way.
     */
    public synchronized void replaceGroups(Collection<String> groups, List<SearchDocument> documents) {
        try {
            for (String group : groups) {
                writer.deleteDocuments(new Term(GROUP, group));
            }
            for (SearchDocument document : documents) {
                add(document);
            }
            searchers.maybeRefreshBlocking();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Commits every change with {@code fingerprint}, for a clean shutdown, when all changes up to it are in; an index
     * whose last rebuild failed stays marked stale.
     */
    public synchronized void commitInStep(String fingerprint) {
        try {
            commit(complete ? fingerprint : "");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** New glossary synonyms take effect for the next query; no reindexing needed. */
    public void useSynonyms(SynonymMap synonyms) {
        queryAnalyzer.set(DutchAnalysis.queryAnalyzer(synonyms));
    }

    /**
     * Runs a search. Results are remembered per index version: a query asked again (the popular ones, paging back,
     * the API polled) costs a lookup until the next change to the index, which starts a fresh cache. At most one
     * search per core runs at a time, the others wait their turn: under load each answer then takes its own
     * time plus a wait, instead of every search slowing all the others down.
     */
    public SearchResult search(SearchRequest request) {
        long start = System.nanoTime();
        try {
            IndexSearcher searcher = searchers.acquire();
            try {
                ReaderCache cache = cache(searcher);
                SearchResult remembered = cache.results().get(request);
                if (remembered != null) {
                    return remembered.withTookMicros((System.nanoTime() - start) / 1000);
                }
                searchSlots.acquireUninterruptibly();
                try {
                    SearchResult result = search(searcher, cache, request, start);
                    cache.results().put(request, result);
                    return result;
                } finally {
                    searchSlots.release();
                }
            } finally {
                searchers.release(searcher);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private SearchResult search(IndexSearcher searcher, ReaderCache cache, SearchRequest request, long start)
            throws IOException {
        List<String> words = spellTokens(request.text());
        Map<String, List<String>> corrections = corrections(searcher, cache, words);
        Query textQuery = textQuery(request.text(), corrections);
        Query scored = FunctionScoreQuery.boostByValue(textQuery, DoubleValuesSource.fromFloatField(QUALITY));
        Query query = drillDown(scored, request.filters());
        int wanted = request.offset() + request.limit();
        CoverageRescorer coverage = coverage(request.text());
        FacetsCollectorManager.FacetsResult found = FacetsCollectorManager.search(searcher, query,
                coverage == null ? wanted : Math.max(wanted, RESCORE_WINDOW), new FacetsCollectorManager());
        TopDocs top = coverage == null ? found.topDocs() : coverage.rescore(searcher, found.topDocs(), wanted);
        long total = top.totalHits.relation() == TotalHits.Relation.EQUAL_TO ? top.totalHits.value()
                : searcher.count(query);
        List<SearchHit> hits = hits(searcher, textQuery, top, request.offset());
        Map<Facet, List<SearchResult.FacetValue>> facets = facets(searcher, found);
        return new SearchResult(hits, total, facets, suggestion(words, corrections),
                (System.nanoTime() - start) / 1000);
    }

    /** The cache of the reader {@code searcher} reads; a new reader (after any change) starts an empty one. */
    private ReaderCache cache(IndexSearcher searcher) {
        ReaderCache current = readerCache.get();
        if (current != null && current.reader() == searcher.getIndexReader()) {
            return current;
        }
        ReaderCache fresh = new ReaderCache(searcher.getIndexReader(), new Lru<>(remember ? CACHED_RESULTS : 0),
                new Lru<>(remember ? CACHED_CORRECTIONS : 0));
        readerCache.set(fresh);
        return fresh;
    }

    private Query textQuery(String text, Map<String, List<String>> corrections) {
        if (text.isBlank()) {
            return new MatchAllDocsQuery();
        }
        Query parsed = hasSyntax(text) ? syntaxQuery(text) : wordsQuery(text);
        if (corrections.isEmpty()) {
            return parsed;
        }
        // Typos are tolerated: "jeugdzrog" still finds "jeugdzorg", ranked below exact matches.
        BooleanQuery.Builder tolerant = new BooleanQuery.Builder().add(parsed, BooleanClause.Occur.SHOULD);
        corrections.values().stream().flatMap(List::stream).distinct().forEach(similar -> tolerant.add(
                new BoostQuery(new TermQuery(new Term(DutchAnalysis.SPELL_FIELD, similar)), TYPO_WEIGHT),
                BooleanClause.Occur.SHOULD));
        return tolerant.build();
    }

    /**
     * For each query word the index does not know, the known words closest to it (at most one edit for short
     * words, two from eight letters, same first letter). A word the index knows is taken as meant: looking for
     * look-alikes of every word would cost more than the rest of the search together (a Levenshtein automaton
     * per word) and bury what was asked for under what was not.
     */
    private static Map<String, List<String>> corrections(IndexSearcher searcher, ReaderCache cache, List<String> words)
            throws IOException {
        if (words.isEmpty() || words.size() > MAX_CORRECTED_WORDS) {
            return Map.of();
        }
        Map<String, List<String>> corrections = new java.util.LinkedHashMap<>();
        for (String word : words) {
            if (word.length() < 4 || corrections.containsKey(word)) {
                continue;
            }
            List<String> similar = cache.corrections().get(word);
            if (similar == null) {
                similar = lookAlikes(searcher, word);
                cache.corrections().put(word, similar);
            }
            if (!similar.isEmpty()) {
                corrections.put(word, similar);
            }
        }
        return corrections;
    }

    private static List<String> lookAlikes(IndexSearcher searcher, String word) throws IOException {
        if (searcher.getIndexReader().docFreq(new Term(DutchAnalysis.SPELL_FIELD, word)) > 0) {
            return List.of();
        }
        DirectSpellChecker checker = new DirectSpellChecker();
        checker.setMaxEdits(word.length() >= 8 ? 2 : 1);
        return Arrays.stream(checker.suggestSimilar(new Term(DutchAnalysis.SPELL_FIELD, word), TYPO_ALTERNATIVES,
                searcher.getIndexReader(), SuggestMode.SUGGEST_WHEN_NOT_IN_INDEX)).map(s -> s.string).toList();
    }

    /** "bedoelde u ...": the query with each unknown word replaced by its closest known word. */
    private static String suggestion(List<String> words, Map<String, List<String>> corrections) {
        if (corrections.isEmpty()) {
            return null;
        }
        return String.join(" ", words.stream()
                .map(word -> corrections.getOrDefault(word, List.of(word)).getFirst()).toList());
    }

    /**
     * Entries that contain more of the query's words rank above those that match one word very well: "wmo
     * cliënten per wijk" wants the table of Wmo clients per district, not the glossary entry for "Wmo". An
     * entry with every word scores 1.5 times, with all but one (of three or more) 1.25 times. Stop words
     * ("een", "van", "hebben") are not counted. Applied to the best {@link #RESCORE_WINDOW} entries only:
     * checking every match for every word again would double the cost of a broad query, and an entry further
     * down cannot climb to the first pages by a factor of 1.5.
     */
    private @Nullable CoverageRescorer coverage(String text) {
        if (text.isBlank() || hasSyntax(text)) {
            return null;
        }
        String content = String.join(" ", Arrays.stream(text.strip().split("\\s+"))
                .filter(word -> !STOP_WORDS.contains(String.join("", spellTokens(word)))).toList());
        if (spellTokens(content).size() < 2
                || !(new FieldsQueryBuilder(queryAnalyzer.get()).createBooleanQuery(ANY_FIELD, content, BooleanClause.Occur.SHOULD)
                        instanceof BooleanQuery words)
                || words.clauses().size() < 2) {
            return null; // one word (or one glossary term): nothing to cover
        }
        int n = words.clauses().size();
        BooleanQuery.Builder tiers = new BooleanQuery.Builder()
                .add(new ConstantScoreQuery(matching(words, n)), BooleanClause.Occur.SHOULD);
        if (n >= 3) {
            tiers.add(new ConstantScoreQuery(matching(words, n - 1)), BooleanClause.Occur.SHOULD);
        }
        return new CoverageRescorer(tiers.build(), n >= 3);
    }

    /** Second-pass score 2: every word (and so also all but one); 1: all but one, or every word of two. */
    private static final class CoverageRescorer extends QueryRescorer {

        private final boolean tiered;

        CoverageRescorer(Query tiers, boolean tiered) {
            super(tiers);
            this.tiered = tiered;
        }

        @Override
        protected float combine(float firstPassScore, boolean secondPassMatches, float secondPassScore) {
            if (!secondPassMatches) {
                return firstPassScore;
            }
            if (!tiered) {
                return firstPassScore * ALL_WORDS_BOOST;
            }
            return firstPassScore * (secondPassScore >= 2f ? ALL_WORDS_BOOST : MOST_WORDS_BOOST);
        }
    }

    private static Query matching(BooleanQuery words, int atLeast) {
        BooleanQuery.Builder builder = new BooleanQuery.Builder().setMinimumNumberShouldMatch(atLeast);
        words.clauses().forEach(builder::add);
        return builder.build();
    }

    /**
     * Plain words are analysed as one text, so a multi-word glossary synonym ("Wet maatschappelijke
     * ondersteuning" = "Wmo", "hulp bij het huishouden" = "huishoudelijke hulp") is recognised; each word or
     * synonym group then matches in any of the weighted fields.
     */
    private Query wordsQuery(String text) {
        Query query = new FieldsQueryBuilder(queryAnalyzer.get()).createBooleanQuery(ANY_FIELD, text, BooleanClause.Occur.SHOULD);
        return query == null ? new MatchNoDocsQuery() : query;
    }

    /** Explicit syntax ("phrase", +must, -not, a|b, prefix*, fuzzy~): SimpleQueryParser, which never throws. */
    private Query syntaxQuery(String text) {
        SimpleQueryParser parser = new SimpleQueryParser(queryAnalyzer.get(), WEIGHTS);
        parser.setDefaultOperator(BooleanClause.Occur.SHOULD);
        Query parsed = parser.parse(text);
        return parsed == null ? new MatchNoDocsQuery() : parsed;
    }

    static boolean hasSyntax(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if ("\"+|()*~\\".indexOf(c) >= 0 || c == '-' && (i == 0 || Character.isWhitespace(text.charAt(i - 1)))) {
                return true;
            }
        }
        return false;
    }

    /**
     * Builds term-centric queries: every analysed word (or glossary synonym group) becomes one disjunction over
     * the weighted fields, so the top-level clauses stand for the words of the query.
     */
    private static final class FieldsQueryBuilder extends QueryBuilder {

        FieldsQueryBuilder(Analyzer analyzer) {
            super(analyzer);
            setAutoGenerateMultiTermSynonymsPhraseQuery(false);
        }

        @Override
        protected Query newTermQuery(Term term, float boost) {
            List<Query> perField = new ArrayList<>();
            WEIGHTS.forEach((field, weight) -> perField.add(
                    new BoostQuery(new TermQuery(new Term(field, term.bytes())), weight * boost)));
            return new DisjunctionMaxQuery(perField, FIELD_TIE);
        }

        @Override
        protected Query newSynonymQuery(String field, TermAndBoost[] terms) {
            List<Query> perField = new ArrayList<>();
            WEIGHTS.forEach((name, weight) -> {
                SynonymQuery.Builder synonyms = new SynonymQuery.Builder(name);
                for (TermAndBoost term : terms) {
                    synonyms.addTerm(new Term(name, term.term()), term.boost());
                }
                perField.add(new BoostQuery(synonyms.build(), weight));
            });
            return new DisjunctionMaxQuery(perField, FIELD_TIE);
        }

        /**
         * A word and its multi-word synonyms are alternatives: the best matching one counts, not their sum, and
         * a synonym of several words ("uitkering levensonderhoud" for "bijstand") counts as one word.
         */
        @Override
        protected Query newGraphSynonymQuery(Iterator<Query> alternatives) {
            List<Query> queries = new ArrayList<>();
            alternatives.forEachRemaining(alternative -> queries.add(
                    alternative instanceof BooleanQuery words && words.getClauses(BooleanClause.Occur.MUST).size() > 1
                            ? new BoostQuery(alternative, 1f / words.getClauses(BooleanClause.Occur.MUST).size())
                            : alternative));
            return queries.size() == 1 ? queries.getFirst() : new DisjunctionMaxQuery(queries, 0f);
        }
    }

    private Query drillDown(Query base, Map<Facet, Set<String>> filters) {
        if (filters.isEmpty()) {
            return base;
        }
        DrillDownQuery drillDown = new DrillDownQuery(facetsConfig, base);
        // One add per value: values of the same facet are alternatives (OR), not a path.
        filters.forEach((facet, values) -> values.forEach(value -> drillDown.add(dim(facet), value)));
        return drillDown;
    }

    private List<SearchHit> hits(IndexSearcher searcher, Query textQuery, TopDocs top, int offset) throws IOException {
        ScoreDoc[] page = Arrays.copyOfRange(top.scoreDocs, Math.min(offset, top.scoreDocs.length), top.scoreDocs.length);
        if (page.length == 0) {
            return List.of();
        }
        var stored = searcher.storedFields();
        Map<Integer, Document> documents = new java.util.HashMap<>();
        for (ScoreDoc hit : page) {
            documents.put(hit.doc, stored.document(hit.doc));
        }
        String[] snippets = new LoadedDocumentsHighlighter(searcher, indexAnalyzer, documents)
                .highlight(DESCRIPTION, textQuery, new TopDocs(top.totalHits, page), 1);
        List<SearchHit> hits = new ArrayList<>();
        for (int i = 0; i < page.length; i++) {
            Document doc = documents.get(page[i].doc);
            String snippet = snippets[i] != null ? snippets[i] : abbreviate(doc.get(DESCRIPTION));
            hits.add(new SearchHit(SearchKind.valueOf(doc.get(KIND)), doc.get(ID), doc.get(TITLE), doc.get(SUBTITLE),
                    parts(snippet), doc.get(PATH), page[i].score));
        }
        return hits;
    }

    /**
     * Marks the query's words in the descriptions of documents already loaded for the result page: reading a
     * document's stored fields (a compressed block) costs more than the highlighting itself, so it is done once.
     */
    private static final class LoadedDocumentsHighlighter extends UnifiedHighlighter {

        private final Map<Integer, Document> documents;

        LoadedDocumentsHighlighter(IndexSearcher searcher, Analyzer analyzer, Map<Integer, Document> documents) {
            super(UnifiedHighlighter.builder(searcher, analyzer)
                    .withFormatter(new DefaultPassageFormatter(MARK_START, MARK_END, " … ", false))
                    .withHighlightPhrasesStrictly(false));
            this.documents = documents;
        }

        @Override
        protected List<CharSequence[]> loadFieldValues(String[] fields, DocIdSetIterator docIds, int cacheCharsThreshold)
                throws IOException {
            List<CharSequence[]> values = new ArrayList<>();
            for (int doc = docIds.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = docIds.nextDoc()) {
                Document document = documents.get(doc);
                values.add(Arrays.stream(fields).map(field -> {
                    String value = document == null ? null : document.get(field);
                    return (CharSequence) (value == null ? "" : value);
                }).toArray(CharSequence[]::new));
            }
            return values;
        }
    }

    private Map<Facet, List<SearchResult.FacetValue>> facets(IndexSearcher searcher,
            FacetsCollectorManager.FacetsResult found) throws IOException {
        Map<Facet, List<SearchResult.FacetValue>> facets = new EnumMap<>(Facet.class);
        SortedSetDocValuesReaderState state = facetState(searcher);
        if (state == null) {
            return facets;
        }
        SortedSetDocValuesFacetCounts counts = new SortedSetDocValuesFacetCounts(state, found.facetsCollector());
        for (Facet facet : Facet.values()) {
            List<SearchResult.FacetValue> values = new ArrayList<>();
            if (state.getOrdRange(dim(facet)) != null) {
                FacetResult result = counts.getTopChildren(FACET_VALUES, dim(facet));
                if (result != null) {
                    for (LabelAndValue value : result.labelValues) {
                        values.add(new SearchResult.FacetValue(value.label, value.value.longValue()));
                    }
                }
            }
            facets.put(facet, values);
        }
        return facets;
    }

    /** The facet ordinals are per reader: rebuilt once after each refresh, shared by all queries on it. */
    private SortedSetDocValuesReaderState facetState(IndexSearcher searcher) throws IOException {
        FacetState current = facetState.get();
        if (current != null && current.reader() == searcher.getIndexReader()) {
            return current.state();
        }
        SortedSetDocValuesReaderState state;
        try {
            state = new DefaultSortedSetDocValuesReaderState(searcher.getIndexReader(), facetsConfig);
        } catch (IllegalArgumentException e) {
            return null; // empty index: no facet field yet
        }
        facetState.set(new FacetState(searcher.getIndexReader(), state));
        return state;
    }

    private List<String> spellTokens(String text) {
        List<String> words = new ArrayList<>();
        try (TokenStream stream = spellAnalyzer.tokenStream(DutchAnalysis.SPELL_FIELD, new StringReader(text))) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                words.add(term.toString());
            }
            stream.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return words;
    }

    private Document toLucene(SearchDocument d) {
        Document doc = new Document();
        doc.add(new StringField(ID, d.id(), Field.Store.YES));
        doc.add(new StringField(GROUP, d.group(), Field.Store.NO));
        doc.add(new StringField(KIND, d.kind().name(), Field.Store.YES));
        doc.add(new Field(TITLE, d.title(), TEXT_WITH_OFFSETS));
        doc.add(new Field(DESCRIPTION, d.description(), TEXT_WITH_OFFSETS));
        doc.add(new TextField(NAMES, d.names(), Field.Store.NO));
        int keywordsEnd = d.context().indexOf(KEYWORDS_END);
        doc.add(new TextField(KEYWORDS, keywordsEnd < 0 ? "" : d.context().substring(0, keywordsEnd), Field.Store.NO));
        doc.add(new TextField(CONTEXT, d.context().substring(keywordsEnd + 1), Field.Store.NO));
        doc.add(new TextField(DutchAnalysis.SPELL_FIELD, d.title() + " \n " + d.names(), Field.Store.NO));
        if (d.subtitle() != null) {
            doc.add(new StoredField(SUBTITLE, d.subtitle()));
        }
        if (d.path() != null) {
            doc.add(new StoredField(PATH, d.path()));
        }
        doc.add(new FloatDocValuesField(QUALITY, d.quality() * KIND_PRIOR.get(d.kind())));
        Set<String> seen = new LinkedHashSet<>();
        d.facets().forEach((facet, values) -> values.stream().filter(v -> !v.isBlank())
                .filter(v -> seen.add(facet + "\u0000" + v))
                .forEach(v -> doc.add(new SortedSetDocValuesFacetField(dim(facet), v))));
        return doc;
    }

    private void commit(String fingerprint) throws IOException {
        writer.setLiveCommitData(Map.of(FINGERPRINT, fingerprint).entrySet());
        writer.commit();
        searchers.maybeRefreshBlocking();
    }

    private static String dim(Facet facet) {
        return facet.name().toLowerCase();
    }

    private static List<SearchHit.SnippetPart> parts(String snippet) {
        List<SearchHit.SnippetPart> parts = new ArrayList<>();
        String rest = snippet;
        while (!rest.isEmpty()) {
            int start = rest.indexOf(MARK_START);
            if (start < 0) {
                parts.add(new SearchHit.SnippetPart(rest, false));
                break;
            }
            if (start > 0) {
                parts.add(new SearchHit.SnippetPart(rest.substring(0, start), false));
            }
            int end = rest.indexOf(MARK_END, start);
            if (end < 0) {
                parts.add(new SearchHit.SnippetPart(rest.substring(start + 1), true));
                break;
            }
            parts.add(new SearchHit.SnippetPart(rest.substring(start + 1, end), true));
            rest = rest.substring(end + 1);
        }
        return parts;
    }

    private static String abbreviate(String text) {
        if (text == null) {
            return "";
        }
        return text.length() <= 200 ? text : text.substring(0, 197) + "…";
    }

    private static Map<String, String> toMap(Iterable<Map.Entry<String, String>> entries) {
        Map<String, String> map = new java.util.HashMap<>();
        entries.forEach(e -> map.put(e.getKey(), e.getValue()));
        return map;
    }

    @Override
    public void close() throws IOException {
        searchers.close();
        writer.close();
        directory.close();
    }

    private record FacetState(org.apache.lucene.index.IndexReader reader, SortedSetDocValuesReaderState state) {
    }

    /** What searches on one reader may share: results of whole requests and look-alikes of unknown words. */
    private record ReaderCache(org.apache.lucene.index.IndexReader reader, Lru<SearchRequest, SearchResult> results,
            Lru<String, List<String>> corrections) {
    }

    /** A small least-recently-used map, safe for concurrent searches; capacity 0 remembers nothing. */
    private static final class Lru<K, V> {

        private final Map<K, V> entries;
        private final int capacity;

        Lru(int capacity) {
            this.capacity = capacity;
            entries = java.util.Collections.synchronizedMap(new java.util.LinkedHashMap<>(16, 0.75f, true) {
                @Override
                protected boolean removeEldestEntry(Map.Entry<K, V> eldest) {
                    return size() > capacity;
                }
            });
        }

        @Nullable V get(K key) {
            return entries.get(key);
        }

        void put(K key, V value) {
            if (capacity > 0) {
                entries.put(key, value);
            }
        }
    }
}
