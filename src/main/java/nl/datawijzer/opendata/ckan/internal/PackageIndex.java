package nl.datawijzer.opendata.ckan.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Function;
import nl.datawijzer.opendata.OpenDataViewChangedEvent;
import nl.datawijzer.opendata.ckan.CkanPackage;
import nl.datawijzer.opendata.ckan.CkanSearchQuery;
import nl.datawijzer.opendata.ckan.CkanSearchResult;
import nl.datawijzer.opendata.export.ExportedDataset;
import nl.datawijzer.opendata.export.OpenDataCatalog;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.nl.DutchAnalyzer;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.snowball.SnowballFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.facet.FacetResult;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.facet.FacetsCollectorManager;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.LabelAndValue;
import org.apache.lucene.facet.sortedset.DefaultSortedSetDocValuesReaderState;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetCounts;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetField;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.DisjunctionMaxQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.util.BytesRef;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.tartarus.snowball.ext.DutchStemmer;

/**
 * The published packages for the CKAN API: every package dict mapped once, and a Lucene index over them for
 * {@code package_search} (relevance on title, tags, description and the rest; exact filters and facet counts on
 * groups, tags, res_format, organization, license_id). Both live in one immutable snapshot that is replaced whole, so
 * a search never sees an index and a package map of different moments.
 *
 * <p>The snapshot follows the open-data view: built from {@link OpenDataCatalog} on first use, and rebuilt on every
 * {@link OpenDataViewChangedEvent} before the publishing call returns (the event is published after commit, the
 * listener runs in the caller's thread). A change names its datasets, so only those are read from the store again;
 * the index itself is rebuilt from the packages in memory, which at 5,000 packages takes well under a second.
 */
@Component
public class PackageIndex {

    static final String NAME = "name";
    static final String NAME_SORT = "name_sort";
    static final String TITLE = "title";
    static final String TAGS_TEXT = "tags_text";
    static final String NOTES = "notes";
    static final String OTHER = "other";
    static final String TITLE_STRING = "title_string";
    static final String MODIFIED = "metadata_modified";
    static final String FILTER_PREFIX = "fq_";
    /** Title above tags above description above organization, themes and resource names, as CKAN's qf does. */
    static final Map<String, Float> WEIGHTS = Map.of(TITLE, 4f, TAGS_TEXT, 2.5f, NOTES, 2f, OTHER, 1f);
    /** A word counts by its best field plus this share of the others. */
    static final float FIELD_TIE = 0.3f;
    private static final int READ_BATCH = 500;

    private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(PackageIndex.class);

    /** Writes the packages' JSON once per snapshot, with the settings the API writes its answers with (the defaults). */
    private static final tools.jackson.databind.json.JsonMapper JSON = tools.jackson.databind.json.JsonMapper.builder().build();

    private final OpenDataCatalog catalog;
    private final PackageMapping mapping;
    private final Analyzer analyzer = dutchAnalyzer();
    private final FacetsConfig facetsConfig = facetsConfig();
    private volatile @Nullable Snapshot snapshot;

    public PackageIndex(OpenDataCatalog catalog, PackageMapping mapping) {
        this.catalog = catalog;
        this.mapping = mapping;
    }

    /** What one search and one list call read: index and packages of the same moment. */
    record Snapshot(IndexSearcher searcher, @Nullable SortedSetDocValuesReaderState facetState,
            Map<String, CkanPackage> byName, Map<String, String> jsonByName, Map<String, String> nameById, List<String> names,
            List<CkanPackage.Organization> organizations, List<CkanPackage.Group> groups,
            Map<String, Map<String, String>> displayNames) {
    }

    /** The view changed: re-read the named datasets (all of them when none is named) and replace the snapshot. */
    @EventListener
    public synchronized void onViewChanged(OpenDataViewChangedEvent event) {
        Snapshot current = snapshot;
        if (current == null || event.datasetSlugs().isEmpty()) {
            snapshot = build(readAll());
            return;
        }
        Map<String, CkanPackage> packages = new HashMap<>(current.byName());
        for (String slug : event.datasetSlugs()) {
            Optional<ExportedDataset> found = catalog.find(slug);
            packages.remove(slug);
            found.ifPresent(d -> packages.put(d.identifier(), mapping.map(d)));
        }
        snapshot = build(packages);
    }

    /**
     * Builds the first snapshot in the background once the application is up, so that the first harvester does not
     * wait for the whole view to be read (seconds at 5,000 datasets). A call before it is done waits for it.
     */
    @EventListener(ApplicationReadyEvent.class)
    public void warmUp() {
        Thread.ofVirtual().name("ckan-index-warm-up").start(() -> {
            try {
                snapshot();
            } catch (RuntimeException e) {
                // The next call builds it again (and reports the error to its caller).
                log.warn("CKAN package index could not be built at start; the first call will try again", e);
            }
        });
    }

    /** Reads the whole view again; for a view that was rebuilt and for tests. */
    public synchronized void rebuild() {
        snapshot = build(readAll());
    }

    Snapshot snapshot() {
        Snapshot current = snapshot;
        if (current != null) {
            return current;
        }
        synchronized (this) {
            if (snapshot == null) {
                snapshot = build(readAll());
            }
            return snapshot;
        }
    }

    public List<String> names(int offset, int limit) {
        List<String> names = snapshot().names();
        if (offset >= names.size()) {
            return List.of();
        }
        return names.subList(offset, (int) Math.min(names.size(), (long) offset + limit));
    }

    /** A published package by name or id. */
    public Optional<CkanPackage> find(String nameOrId) {
        Snapshot current = snapshot();
        CkanPackage byName = current.byName().get(nameOrId);
        if (byName != null) {
            return Optional.of(byName);
        }
        String name = current.nameById().get(nameOrId);
        return name == null ? Optional.empty() : Optional.ofNullable(current.byName().get(name));
    }

    public List<CkanPackage.Organization> organizations() {
        return snapshot().organizations();
    }

    public List<CkanPackage.Group> groups() {
        return snapshot().groups();
    }

    public long count() {
        return snapshot().byName().size();
    }

    public CkanSearchResult search(CkanSearchQuery request) {
        Snapshot current = snapshot();
        IndexSearcher searcher = current.searcher();
        try {
            Query query = query(request);
            int maxDoc = Math.max(1, searcher.getIndexReader().maxDoc());
            int wanted = (int) Math.max(1, Math.min((long) request.start() + request.rows(), maxDoc));
            boolean scores = request.sort().stream().anyMatch(k -> k.field().equals("score"));
            FacetsCollectorManager.FacetsResult found = FacetsCollectorManager.search(searcher, query, wanted,
                    sort(request), scores, new FacetsCollectorManager());
            long count = 0;
            for (FacetsCollector.MatchingDocs docs : found.facetsCollector().getMatchingDocs()) {
                count += docs.totalHits();
            }
            ScoreDoc[] top = found.topDocs().scoreDocs;
            List<CkanPackage> results = new ArrayList<>();
            List<String> json = new ArrayList<>();
            for (int i = request.start(); i < top.length && results.size() < request.rows(); i++) {
                String name = name(searcher, top[i].doc);
                CkanPackage p = current.byName().get(name);
                if (p != null) {
                    results.add(p);
                    json.add(current.jsonByName().get(name));
                }
            }
            Map<String, Map<String, Long>> facets = new LinkedHashMap<>();
            Map<String, CkanSearchResult.SearchFacet> searchFacets = new LinkedHashMap<>();
            if (!request.facetFields().isEmpty()) {
                countFacets(current, found.facetsCollector(), request, facets, searchFacets);
            }
            return new CkanSearchResult(count, facets, results, json, request.sortText(), searchFacets);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A hit's name from the sort column: cheaper than decompressing its stored fields. */
    static String name(IndexSearcher searcher, int doc) throws IOException {
        List<org.apache.lucene.index.LeafReaderContext> leaves = searcher.getIndexReader().leaves();
        org.apache.lucene.index.LeafReaderContext leaf = leaves.get(org.apache.lucene.index.ReaderUtil.subIndex(doc, leaves));
        org.apache.lucene.index.SortedDocValues names = leaf.reader().getSortedDocValues(NAME_SORT);
        if (names == null || !names.advanceExact(doc - leaf.docBase)) {
            throw new IllegalStateException("package without a name in the CKAN index");
        }
        return names.lookupOrd(names.ordValue()).utf8ToString();
    }

    private void countFacets(Snapshot current, FacetsCollector collector, CkanSearchQuery request,
            Map<String, Map<String, Long>> facets, Map<String, CkanSearchResult.SearchFacet> searchFacets) throws IOException {
        SortedSetDocValuesReaderState state = current.facetState();
        SortedSetDocValuesFacetCounts counts = state == null ? null : new SortedSetDocValuesFacetCounts(state, collector);
        for (String field : request.facetFields()) {
            Map<String, Long> values = new LinkedHashMap<>();
            List<CkanSearchResult.Item> items = new ArrayList<>();
            if (counts != null && state.getOrdRange(field) != null && request.facetLimit() != 0) {
                FacetResult result = request.facetLimit() < 0 ? sortedByCount(counts.getAllChildren(field))
                        : counts.getTopChildren(request.facetLimit(), field);
                if (result != null) {
                    Map<String, String> labels = current.displayNames().getOrDefault(field, Map.of());
                    for (LabelAndValue value : result.labelValues) {
                        long n = value.value.longValue();
                        values.put(value.label, n);
                        items.add(new CkanSearchResult.Item(value.label, labels.getOrDefault(value.label, value.label), n));
                    }
                }
            }
            facets.put(field, values);
            searchFacets.put(field, new CkanSearchResult.SearchFacet(field, items));
        }
    }

    private static @Nullable FacetResult sortedByCount(@Nullable FacetResult all) {
        if (all == null) {
            return null;
        }
        LabelAndValue[] sorted = all.labelValues.clone();
        java.util.Arrays.sort(sorted, Comparator.comparingLong((LabelAndValue v) -> -v.value.longValue())
                .thenComparing(v -> v.label));
        return new FacetResult(all.dim, all.path, all.value, sorted, all.childCount);
    }

    /** The query of a request: the words of q (CKAN's minimum-should-match) AND every fq filter. */
    Query query(CkanSearchQuery request) throws IOException {
        Query text = request.matchesAll() ? new MatchAllDocsQuery() : textQuery(request.q());
        if (request.filters().isEmpty()) {
            return text;
        }
        BooleanQuery.Builder all = new BooleanQuery.Builder().add(text, BooleanClause.Occur.MUST);
        for (CkanSearchQuery.Filter filter : request.filters()) {
            all.add(new TermQuery(new Term(FILTER_PREFIX + filter.field(), filter.value())),
                    filter.exclude() ? BooleanClause.Occur.MUST_NOT : BooleanClause.Occur.FILTER);
        }
        return all.build();
    }

    /**
     * Each word is one disjunction over the weighted fields. Like CKAN's Solr setup ({@code mm=2<-1 5<80%}): one or
     * two words must all match, three to five all but one, more than five 80% of them.
     */
    Query textQuery(String q) throws IOException {
        List<String> words = words(q);
        if (words.isEmpty()) {
            return new MatchNoDocsQuery();
        }
        BooleanQuery.Builder builder = new BooleanQuery.Builder();
        for (String word : words) {
            List<Query> perField = new ArrayList<>();
            WEIGHTS.forEach((field, weight) -> perField.add(new BoostQuery(new TermQuery(new Term(field, word)), weight)));
            builder.add(new DisjunctionMaxQuery(perField, FIELD_TIE), BooleanClause.Occur.SHOULD);
        }
        int n = words.size();
        builder.setMinimumNumberShouldMatch(n <= 2 ? n : n <= 5 ? n - 1 : (int) Math.floor(n * 0.8));
        return builder.build();
    }

    List<String> words(String text) throws IOException {
        List<String> words = new ArrayList<>();
        try (TokenStream stream = analyzer.tokenStream(TITLE, text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                String word = term.toString();
                if (!words.contains(word)) {
                    words.add(word);
                }
            }
            stream.end();
        }
        return words;
    }

    static Sort sort(CkanSearchQuery request) {
        List<SortField> fields = new ArrayList<>();
        for (CkanSearchQuery.SortKey key : request.sort()) {
            fields.add(switch (key.field()) {
                // Lucene orders scores high to low unless reversed.
                case "score" -> new SortField(null, SortField.Type.SCORE, !key.descending());
                case "metadata_modified", "metadata_created" -> new SortField(MODIFIED, SortField.Type.LONG, key.descending());
                case "title_string" -> new SortField(TITLE_STRING, SortField.Type.STRING, key.descending());
                default -> new SortField(NAME_SORT, SortField.Type.STRING, key.descending());
            });
        }
        // Equal keys would otherwise come in index order, which changes with every rebuild: paging must not.
        fields.add(new SortField(NAME_SORT, SortField.Type.STRING));
        return new Sort(fields.toArray(SortField[]::new));
    }

    private List<CkanPackage> readAllPackages() {
        List<CkanPackage> packages = new ArrayList<>();
        for (long offset = 0; ; offset += READ_BATCH) {
            List<ExportedDataset> batch = catalog.list(offset, READ_BATCH);
            batch.forEach(d -> packages.add(mapping.map(d)));
            if (batch.size() < READ_BATCH) {
                return packages;
            }
        }
    }

    private Map<String, CkanPackage> readAll() {
        Map<String, CkanPackage> packages = new HashMap<>();
        readAllPackages().forEach(p -> packages.put(p.name(), p));
        return packages;
    }

    /** A new snapshot over these packages; the one it replaces stays usable for searches under way. */
    Snapshot build(Map<String, CkanPackage> packages) {
        ByteBuffersDirectory directory = new ByteBuffersDirectory();
        try (IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig(analyzer))) {
            for (CkanPackage p : packages.values()) {
                writer.addDocument(facetsConfig.build(document(p)));
            }
            writer.forceMerge(1);
            writer.commit();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        try {
            DirectoryReader reader = DirectoryReader.open(directory);
            IndexSearcher searcher = new IndexSearcher(reader);
            SortedSetDocValuesReaderState state = packages.isEmpty() ? null
                    : new DefaultSortedSetDocValuesReaderState(reader, facetsConfig);
            Map<String, String> nameById = new HashMap<>();
            Map<String, String> jsonByName = new HashMap<>();
            Map<String, CkanPackage.Organization> organizations = new TreeMap<>();
            Map<String, Integer> organizationCounts = new HashMap<>();
            Map<String, CkanPackage.Group> groups = new TreeMap<>();
            Map<String, Integer> groupCounts = new HashMap<>();
            for (CkanPackage p : packages.values()) {
                nameById.put(p.id(), p.name());
                jsonByName.put(p.name(), JSON.writeValueAsString(p));
                if (p.organization() != null) {
                    organizations.putIfAbsent(p.organization().name(), p.organization());
                    organizationCounts.merge(p.organization().name(), 1, Integer::sum);
                }
                for (CkanPackage.Group g : p.groups()) {
                    groups.putIfAbsent(g.name(), g);
                    groupCounts.merge(g.name(), 1, Integer::sum);
                }
            }
            Map<String, Map<String, String>> displayNames = Map.of(
                    "organization", titles(organizations.values(), CkanPackage.Organization::name, CkanPackage.Organization::title),
                    "groups", titles(groups.values(), CkanPackage.Group::name, CkanPackage.Group::title));
            return new Snapshot(searcher, state, Map.copyOf(packages), Map.copyOf(jsonByName), Map.copyOf(nameById),
                    packages.keySet().stream().sorted().toList(),
                    organizations.values().stream().map(o -> o.withPackageCount(organizationCounts.get(o.name()))).toList(),
                    groups.values().stream().map(g -> g.withPackageCount(groupCounts.get(g.name()))).toList(),
                    displayNames);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static <T> Map<String, String> titles(java.util.Collection<T> values, Function<T, String> name,
            Function<T, String> title) {
        Map<String, String> titles = new HashMap<>();
        values.forEach(v -> titles.put(name.apply(v), title.apply(v)));
        return Map.copyOf(titles);
    }

    private static Document document(CkanPackage p) {
        Document doc = new Document();
        doc.add(new StringField(NAME, p.name(), Field.Store.NO));
        doc.add(new SortedDocValuesField(NAME_SORT, new BytesRef(p.name())));
        doc.add(new TextField(TITLE, p.title(), Field.Store.NO));
        doc.add(new TextField(TAGS_TEXT, String.join(" \n ", p.tags().stream().map(CkanPackage.Tag::name).toList()), Field.Store.NO));
        doc.add(new TextField(NOTES, p.notes(), Field.Store.NO));
        List<String> other = new ArrayList<>();
        if (p.organization() != null) {
            other.add(p.organization().title());
        }
        p.groups().forEach(g -> other.add(g.title()));
        p.resources().forEach(r -> {
            other.add(r.name());
            if (r.format() != null) {
                other.add(r.format());
            }
        });
        doc.add(new TextField(OTHER, String.join(" \n ", other), Field.Store.NO));
        doc.add(new SortedDocValuesField(TITLE_STRING, new BytesRef(p.title().toLowerCase(java.util.Locale.ROOT))));
        var modified = PackageMapping.utc(p.metadataModified());
        doc.add(new NumericDocValuesField(MODIFIED, modified == null ? Long.MIN_VALUE
                : modified.toInstant(ZoneOffset.UTC).toEpochMilli()));
        facetValues(p).forEach((field, values) -> values.stream().distinct().forEach(value -> {
            doc.add(new StringField(FILTER_PREFIX + field, value, Field.Store.NO));
            doc.add(new SortedSetDocValuesFacetField(field, value));
        }));
        return doc;
    }

    /** The values a package has for each facet field, as {@code fq} matches them and facets count them. */
    static Map<String, List<String>> facetValues(CkanPackage p) {
        Map<String, List<String>> values = new LinkedHashMap<>();
        values.put("organization", p.organization() == null ? List.of() : List.of(p.organization().name()));
        values.put("groups", p.groups().stream().map(CkanPackage.Group::name).toList());
        values.put("tags", p.tags().stream().map(CkanPackage.Tag::name).toList());
        values.put("res_format", p.resources().stream().map(CkanPackage.Resource::format)
                .filter(java.util.Objects::nonNull).toList());
        values.put("license_id", p.licenseId() == null ? List.of() : List.of(p.licenseId()));
        return values;
    }

    private static FacetsConfig facetsConfig() {
        FacetsConfig config = new FacetsConfig();
        for (String field : CkanSearchQuery.FACET_FIELDS) {
            config.setMultiValued(field, true);
        }
        return config;
    }

    /** Lower-cased, Dutch stop words out, diacritics folded, Dutch stems: "Afvalinzameling" and "afvalinzamelingen" meet. */
    static Analyzer dutchAnalyzer() {
        return new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String fieldName) {
                Tokenizer tokenizer = new StandardTokenizer();
                TokenStream stream = new ASCIIFoldingFilter(new StopFilter(new LowerCaseFilter(tokenizer),
                        DutchAnalyzer.getDefaultStopSet()));
                return new TokenStreamComponents(tokenizer, new SnowballFilter(stream, new DutchStemmer()));
            }
        };
    }
}
