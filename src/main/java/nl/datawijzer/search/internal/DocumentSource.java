package nl.datawijzer.search.internal;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.datawijzer.rdf.Iris;
import nl.datawijzer.rdf.PreparedQuery;
import nl.datawijzer.rdf.PublicRdfStore;
import nl.datawijzer.rdf.RdfStore;
import nl.datawijzer.rdf.RecordKind;
import nl.datawijzer.rdf.Row;
import nl.datawijzer.rdf.Sparql;
import nl.datawijzer.rdf.StoreReader;
import nl.datawijzer.search.Facet;
import nl.datawijzer.search.SearchKind;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.springframework.stereotype.Component;

/** Reads search documents from the store: the whole catalog, one changed record, or the open-data view. */
@Component
public class DocumentSource {

    private static final String DIR = "nl/datawijzer/search/internal/";
    private static final int DATASETS_PER_BATCH = 250;
    /** Part of the fingerprint: raise it when documents are indexed differently, so old indexes are rebuilt. */
    private static final String INDEX_LAYOUT = "layout-3";

    private final RdfStore store;
    private final PublicRdfStore publicStore;
    private final Iris iris;
    private final int datasetsPerBatch;

    @org.springframework.beans.factory.annotation.Autowired
    DocumentSource(RdfStore store, PublicRdfStore publicStore, Iris iris) {
        this(store, publicStore, iris, DATASETS_PER_BATCH);
    }

    DocumentSource(RdfStore store, PublicRdfStore publicStore, Iris iris, int datasetsPerBatch) {
        this.store = store;
        this.publicStore = publicStore;
        this.iris = iris;
        this.datasetsPerBatch = datasetsPerBatch;
    }

    /** Receives the documents batch by batch, with the share of the catalogue read so far (0..100). */
    @FunctionalInterface
    public interface Batches {
        void accept(List<SearchDocument> batch, int percentRead);
    }

    /**
     * Every internal document, from one snapshot of the store: systems, glossary terms and owners first, then
     * datasets with their fields a few hundred at a time. Each query stays short (well within the
     * store's query time limit) and memory stays flat, whatever the size of the catalogue.
     */
    public void all(Batches batches) {
        store.read(reader -> {
            List<Node> datasets = Row.of(reader.select(Sparql.query(DIR + "dataset-ids.rq"))).stream()
                    .map(row -> NodeFactory.createURI(row.iri("dataset"))).toList();
            List<SearchDocument> first = new ArrayList<>(systems(reader, List.of()));
            first.addAll(concepts(reader, List.of()));
            first.addAll(agents(reader, List.of()));
            batches.accept(first, datasets.isEmpty() ? 100 : 1);
            for (int from = 0; from < datasets.size(); from += datasetsPerBatch) {
                List<Node> part = datasets.subList(from, Math.min(datasets.size(), from + datasetsPerBatch));
                List<SearchDocument> batch = new ArrayList<>(datasets(reader, part));
                batch.addAll(fields(reader, part));
                batches.accept(batch, (from + part.size()) * 100 / datasets.size());
            }
            return null;
        });
    }

    /** Every internal document in one list (for tools that need them all at once, such as the benchmark). */
    public List<SearchDocument> all() {
        List<SearchDocument> documents = new ArrayList<>();
        all((batch, percent) -> documents.addAll(batch));
        return documents;
    }

    /** The documents of one record after a change (empty when it was deleted). */
    public List<SearchDocument> record(RecordKind kind, String slug) {
        List<Node> node = List.of(iris.record(kind, slug));
        return store.read(reader -> switch (kind) {
            case DATASET -> {
                List<SearchDocument> docs = new ArrayList<>(datasets(reader, node));
                docs.addAll(fields(reader, node));
                yield docs;
            }
            case SYSTEM -> systems(reader, node);
            case CONCEPT -> concepts(reader, node);
            case AGENT -> agents(reader, node);
            default -> List.of();
        });
    }

    /** Datasets whose documents mention a system or agent by name, to refresh after it changes. */
    public List<String> datasetsMentioning(RecordKind kind, String slug) {
        Node node = iris.record(kind, slug);
        return store.read(reader -> Row.of(reader.select(Sparql.query(DIR + "datasets-mentioning.rq").bind("target", node)))
                .stream().map(r -> iris.slugOf(RecordKind.DATASET, r.iri("dataset")).orElse(null))
                .filter(java.util.Objects::nonNull).toList());
    }

    /** Documents for the public index: read from the public store's open-data graph and nothing else. */
    public List<SearchDocument> openData() {
        Node openData = openDataGraph();
        return publicStore.read(reader -> Row.of(reader.select(Sparql.query(DIR + "open-datasets.rq").bind("openData", openData)))
                .stream().map(row -> {
                    String slug = iris.slugOf(RecordKind.DATASET, row.iri("dataset")).orElse(row.iri("dataset"));
                    Map<Facet, List<String>> facets = new EnumMap<>(Facet.class);
                    facets.put(Facet.KIND, List.of(SearchKind.DATASET.label()));
                    List<String> themes = row.list("themes", "|").stream().map(t -> THEME_LABELS.getOrDefault(t, t)).toList();
                    facets.put(Facet.THEME, themes);
                    return new SearchDocument("dataset:" + slug, "dataset:" + slug, SearchKind.DATASET, row.text("title"),
                            row.text("description"), "", keywordsThen(row.list("keywords", "|"), themes),
                            row.optionalText("publisherName"), "open-data/" + slug, facets, 1.0f);
                }).toList());
    }

    /**
     * Dutch theme labels from the value lists that ship with the code: the public store holds only the open-data view,
     * no vocabularies, so the labels the public facets show cannot come from it.
     */
    private static final Map<String, String> THEME_LABELS = nl.datawijzer.rdf.ClasspathRdf.dutchLabels("themes.ttl");

    /** The graph of the public store that holds the open-data view. */
    private Node openDataGraph() {
        return NodeFactory.createURI(iris.recordGraphPrefix() + "opendata");
    }

    /** Groups of equivalent words from the glossary: each term's label with its altLabels. */
    public List<List<String>> synonymGroups() {
        return store.read(reader -> {
            Map<String, List<String>> groups = new LinkedHashMap<>();
            for (Row row : Row.of(reader.select(Sparql.query(DIR + "synonyms.rq")))) {
                groups.computeIfAbsent(row.iri("concept"), k -> new ArrayList<>()).add(row.text("label"));
            }
            return groups.values().stream().filter(g -> g.size() > 1).toList();
        });
    }

    /**
     * Changes whenever a record is written or removed, or the index layout changes; stored with the index to
     * detect a stale one.
     */
    public String fingerprint() {
        // The store's revision grows with every committed record change: O(1), whatever the catalogue's size.
        return INDEX_LAYOUT + "|" + store.revision();
    }

    private List<SearchDocument> systems(StoreReader reader, List<Node> only) {
        return rows(reader, "systems.rq", "system", only).stream().map(row -> {
            String slug = slug(RecordKind.SYSTEM, row.iri("system"));
            Map<Facet, List<String>> facets = facets(SearchKind.SYSTEM, row.optionalText("title"),
                    row.optionalText("ownerName"), List.of(), List.of(), List.of());
            return new SearchDocument("system:" + slug, "system:" + slug, SearchKind.SYSTEM, row.text("title"),
                    row.text("description"), "", join(List.of(row.text("kindLabel"), row.text("ownerName"), row.text("vendor"))),
                    row.text("kindLabel"), "systemen/" + slug, facets, quality(row.text("description")));
        }).toList();
    }

    private List<SearchDocument> datasets(StoreReader reader, List<Node> only) {
        return rows(reader, "datasets.rq", "dataset", only).stream().map(row -> {
            String slug = slug(RecordKind.DATASET, row.iri("dataset"));
            List<String> themes = row.list("themes", "|");
            Map<Facet, List<String>> facets = facets(SearchKind.DATASET, row.optionalText("systemTitle"),
                    row.optionalText("ownerName"), themes, row.list("confidentialities", "|"), row.list("categories", "|"));
            return new SearchDocument("dataset:" + slug, "dataset:" + slug, SearchKind.DATASET, row.text("title"),
                    row.text("description"), join(row.list("fieldNames", "|")),
                    keywordsThen(row.list("keywords", "|"), themes, List.of(row.text("systemTitle"), row.text("ownerName"))),
                    row.text("systemTitle"), "datasets/" + slug, facets, quality(row.text("description")));
        }).toList();
    }

    private List<SearchDocument> fields(StoreReader reader, List<Node> onlyDatasets) {
        return rows(reader, "fields.rq", "dataset", onlyDatasets).stream().map(row -> {
            String dataset = slug(RecordKind.DATASET, row.iri("dataset"));
            String field = iris.fieldSlugs(row.iri("field")).map(s -> s[1]).orElse(row.iri("field"));
            List<String> themes = row.list("themes", "|");
            Map<Facet, List<String>> facets = facets(SearchKind.FIELD, row.optionalText("systemTitle"),
                    row.optionalText("ownerName"), themes, listOf(row.optionalText("confidentialityLabel")),
                    row.list("categories", "|"));
            return new SearchDocument("field:" + dataset + "/" + field, "dataset:" + dataset, SearchKind.FIELD,
                    row.text("title"), row.text("description"), row.text("technicalName"),
                    join(List.of(row.text("datasetTitle"), row.text("systemTitle")), themes),
                    row.text("datasetTitle") + " · " + row.text("technicalName"), "datasets/" + dataset, facets,
                    quality(row.text("description")));
        }).toList();
    }

    private List<SearchDocument> concepts(StoreReader reader, List<Node> only) {
        return rows(reader, "concepts.rq", "concept", only).stream().map(row -> {
            String slug = slug(RecordKind.CONCEPT, row.iri("concept"));
            return new SearchDocument("concept:" + slug, "concept:" + slug, SearchKind.CONCEPT, row.text("label"),
                    row.text("definition"), join(row.list("synonyms", "|")), "", join(row.list("synonyms", "|")),
                    "begrippen?begrip=" + slug, facets(SearchKind.CONCEPT, null, null, List.of(), List.of(), List.of()),
                    quality(row.text("definition")));
        }).toList();
    }

    private List<SearchDocument> agents(StoreReader reader, List<Node> only) {
        return rows(reader, "agents.rq", "agent", only).stream().map(row -> {
            String slug = slug(RecordKind.AGENT, row.iri("agent"));
            String email = row.text("email").replaceFirst("^mailto:", "");
            return new SearchDocument("agent:" + slug, "agent:" + slug, SearchKind.AGENT, row.text("name"),
                    row.text("description"), "", email, email.isEmpty() ? null : email, null,
                    facets(SearchKind.AGENT, null, row.optionalText("name"), List.of(), List.of(), List.of()),
                    quality(row.text("description")));
        }).toList();
    }

    /** Runs a document query for the records in {@code only} (its VALUES variable), or all when it is empty. */
    private List<Row> rows(StoreReader reader, String query, String variable, List<Node> only) {
        PreparedQuery prepared = Sparql.query(DIR + query);
        if (!only.isEmpty()) {
            prepared.values(variable, only);
        }
        return Row.of(reader.select(prepared));
    }

    private String slug(RecordKind kind, String iri) {
        return iris.slugOf(kind, iri).orElse(iri);
    }

    private static Map<Facet, List<String>> facets(SearchKind kind, String system, String owner, List<String> themes,
            List<String> confidentialities, List<String> categories) {
        Map<Facet, List<String>> facets = new EnumMap<>(Facet.class);
        facets.put(Facet.KIND, List.of(kind.label()));
        facets.put(Facet.SYSTEM, listOf(system));
        facets.put(Facet.OWNER, listOf(owner));
        facets.put(Facet.THEME, themes);
        facets.put(Facet.CONFIDENTIALITY, confidentialities);
        facets.put(Facet.CATEGORY, categories);
        return facets;
    }

    private static List<String> listOf(String value) {
        return value == null || value.isBlank() ? List.of() : List.of(value);
    }

    /** Well-described entries rank a little higher: up to 1.2 for a description of 200+ characters. */
    static float quality(String description) {
        return 1.0f + Math.min(description.length(), 200) / 1000f;
    }

    /** Context text whose leading keywords the index weighs as the entry's subject (see CatalogIndex.KEYWORDS_END). */
    @SafeVarargs
    private static String keywordsThen(List<String> keywords, List<String>... rest) {
        return join(keywords) + CatalogIndex.KEYWORDS_END + join(rest);
    }

    @SafeVarargs
    private static String join(List<String>... parts) {
        StringBuilder text = new StringBuilder();
        for (List<String> part : parts) {
            for (String value : part) {
                if (value != null && !value.isBlank()) {
                    text.append(value).append(" \n ");
                }
            }
        }
        return text.toString();
    }
}
