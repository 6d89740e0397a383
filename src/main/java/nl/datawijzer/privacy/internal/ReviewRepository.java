package nl.datawijzer.privacy.internal;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import nl.datawijzer.catalog.DatasetId;
import nl.datawijzer.catalog.FieldId;
import nl.datawijzer.catalog.Label;
import nl.datawijzer.catalog.Page;
import nl.datawijzer.catalog.PageRequest;
import nl.datawijzer.catalog.RecordNotFoundException;
import nl.datawijzer.catalog.SystemId;
import nl.datawijzer.privacy.Classification;
import nl.datawijzer.privacy.DecisionRecord;
import nl.datawijzer.privacy.ReviewDecision;
import nl.datawijzer.privacy.ReviewFilter;
import nl.datawijzer.privacy.ReviewItem;
import nl.datawijzer.rdf.Iris;
import nl.datawijzer.rdf.PreparedQuery;
import nl.datawijzer.rdf.RdfStore;
import nl.datawijzer.rdf.RecordKind;
import nl.datawijzer.rdf.Row;
import nl.datawijzer.rdf.Sparql;
import nl.datawijzer.rdf.StoreReader;
import nl.datawijzer.rdf.vocab.Literals;
import nl.datawijzer.rdf.vocab.Terms;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.graph.GraphFactory;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Repository;

/** Writes the privacy officer's decisions (field and history in one transaction) and reads queue and history. */
@Repository
public class ReviewRepository {

    private static final String DIR = "nl/datawijzer/privacy/internal/";
    private static final Node ANY_VALUE = NodeFactory.createLiteralString("");
    private static final List<Node> CLASSIFICATION = List.of(Terms.DW_CONTAINS_PERSONAL_DATA,
            Terms.DW_PERSONAL_DATA_CATEGORY, Terms.DW_CONFIDENTIALITY, Terms.DW_LEGAL_GROUND,
            Terms.DW_CLASSIFICATION_STATUS, Terms.DCT_MODIFIED);

    private final RdfStore store;
    private final Iris iris;
    private final @Nullable ReviewIndex index;

    ReviewRepository(RdfStore store, Iris iris, @Nullable ReviewIndex index) {
        this.store = store;
        this.iris = iris;
        this.index = index;
    }

    /**
     * Applies every decision in one write: all are recorded, or (when one field is missing or one result breaks a
     * rule) none. Returns the slugs of the datasets that changed.
     */
    public Set<String> decide(List<ReviewDecision> decisions, String decidedBy) {
        return store.write(writer -> {
            Map<Node, Graph> datasets = new LinkedHashMap<>();
            Set<String> changed = new HashSet<>();
            Node now = Literals.nowPrecise();
            for (ReviewDecision decision : decisions) {
                FieldId id = decision.field();
                Node graphName = iris.graph(RecordKind.DATASET, id.dataset().slug());
                Graph graph = datasets.computeIfAbsent(graphName, writer::graph);
                Node field = iris.field(id.dataset().slug(), id.slug());
                if (!graph.contains(field, Terms.RDF_TYPE, Terms.DW_FIELD)) {
                    throw new RecordNotFoundException("Veld", id);
                }
                Current before = current(graph, field);
                Classification after = decision.classification();
                Node newStatus = outcome(before, after);

                CLASSIFICATION.forEach(p -> graph.remove(field, p, Node.ANY));
                graph.add(field, Terms.DW_CONTAINS_PERSONAL_DATA, Literals.bool(after.personalData()));
                after.categoryIris().forEach(c -> graph.add(field, Terms.DW_PERSONAL_DATA_CATEGORY,
                        Literals.iri(c, "Categorie persoonsgegevens")));
                graph.add(field, Terms.DW_CONFIDENTIALITY, Literals.iri(after.confidentialityIri(), "Vertrouwelijkheid"));
                if (after.legalGround() != null) {
                    graph.add(field, Terms.DW_LEGAL_GROUND, Literals.plain(after.legalGround()));
                }
                graph.add(field, Terms.DW_CLASSIFICATION_STATUS, newStatus);
                graph.add(field, Terms.DCT_MODIFIED, now);
                Node dataset = iris.record(RecordKind.DATASET, id.dataset().slug());
                graph.remove(dataset, Terms.DCT_MODIFIED, Node.ANY);
                graph.add(dataset, Terms.DCT_MODIFIED, now);

                String slug = "d" + UUID.randomUUID();
                writer.replaceGraph(iris.graph(RecordKind.DECISION, slug),
                        decisionGraph(iris.record(RecordKind.DECISION, slug), field, before, after, newStatus,
                                decidedBy, decision.rationale(), now));
                changed.add(id.dataset().slug());
            }
            datasets.forEach(writer::replaceGraph);
            return changed;
        });
    }

    /** The same classification confirms; "no personal data" where there was some rejects; anything else changes. */
    private static Node outcome(Current before, Classification after) {
        if (before.personalData() == after.personalData() && before.categories().equals(Set.copyOf(after.categoryIris()))
                && before.confidentiality().equals(after.confidentialityIri())
                && Objects.equals(before.legalGround(), after.legalGround())) {
            return Terms.STATUS_CONFIRMED;
        }
        return before.personalData() && !after.personalData() ? Terms.STATUS_REJECTED : Terms.STATUS_CHANGED;
    }

    private static Graph decisionGraph(Node decision, Node field, Current before, Classification after, Node newStatus,
            String decidedBy, String rationale, Node at) {
        Graph graph = GraphFactory.createDefaultGraph();
        graph.add(decision, Terms.RDF_TYPE, Terms.DW_CLASSIFICATION_DECISION);
        graph.add(decision, Terms.DW_ABOUT_FIELD, field);
        graph.add(decision, Terms.DW_DECIDED_BY, Literals.plain(decidedBy));
        graph.add(decision, Terms.PROV_ENDED_AT_TIME, at);
        graph.add(decision, Terms.DW_RATIONALE, Literals.dutch(rationale));
        if (before.status() != null) {
            graph.add(decision, Terms.DW_PREVIOUS_STATUS, NodeFactory.createURI(before.status()));
        }
        graph.add(decision, Terms.DW_NEW_STATUS, newStatus);
        graph.add(decision, Terms.DW_PREVIOUS_PERSONAL_DATA, Literals.bool(before.personalData()));
        graph.add(decision, Terms.DW_NEW_PERSONAL_DATA, Literals.bool(after.personalData()));
        before.categories().forEach(c -> graph.add(decision, Terms.DW_PREVIOUS_CATEGORY, NodeFactory.createURI(c)));
        after.categoryIris().forEach(c -> graph.add(decision, Terms.DW_NEW_CATEGORY, NodeFactory.createURI(c)));
        if (!before.confidentiality().isEmpty()) {
            graph.add(decision, Terms.DW_PREVIOUS_CONFIDENTIALITY, NodeFactory.createURI(before.confidentiality()));
        }
        graph.add(decision, Terms.DW_NEW_CONFIDENTIALITY, NodeFactory.createURI(after.confidentialityIri()));
        if (before.legalGround() != null) {
            graph.add(decision, Terms.DW_PREVIOUS_LEGAL_GROUND, Literals.plain(before.legalGround()));
        }
        if (after.legalGround() != null) {
            graph.add(decision, Terms.DW_NEW_LEGAL_GROUND, Literals.plain(after.legalGround()));
        }
        return graph;
    }

    private record Current(boolean personalData, Set<String> categories, String confidentiality,
            @Nullable String legalGround, @Nullable String status) {
    }

    private static Current current(Graph graph, Node field) {
        boolean personal = graph.find(field, Terms.DW_CONTAINS_PERSONAL_DATA, Node.ANY).nextOptional()
                .map(t -> Boolean.parseBoolean(t.getObject().getLiteralLexicalForm())).orElse(false);
        Set<String> categories = new HashSet<>();
        graph.find(field, Terms.DW_PERSONAL_DATA_CATEGORY, Node.ANY).forEachRemaining(t -> categories.add(t.getObject().getURI()));
        String confidentiality = graph.find(field, Terms.DW_CONFIDENTIALITY, Node.ANY).nextOptional()
                .map(t -> t.getObject().getURI()).orElse("");
        String legalGround = graph.find(field, Terms.DW_LEGAL_GROUND, Node.ANY).nextOptional()
                .map(t -> t.getObject().getLiteralLexicalForm()).orElse(null);
        String status = graph.find(field, Terms.DW_CLASSIFICATION_STATUS, Node.ANY).nextOptional()
                .map(Triple::getObject).map(Node::getURI).orElse(null);
        return new Current(personal, categories, confidentiality, legalGround, status);
    }

    /** How many fields the filter selects, without reading any of them (for the grid's size). */
    public long count(ReviewFilter filter) {
        if (index != null && index.ready()) {
            return index.count(filter);
        }
        return store.read(reader -> (long) Row.of(reader.select(queueQuery(filter).count())).getFirst().integer("count"));
    }

    /**
     * One page of the queue. The review index chooses and orders the page's fields in milliseconds; the store gives
     * their columns. Until the index follows the store (first start, after a failure) the store answers alone.
     */
    public Page<ReviewItem> queue(ReviewFilter filter, PageRequest page) {
        if (index != null && index.ready()) {
            ReviewIndex.Hits hits = index.page(filter, page.offset(), page.limit());
            return new Page<>(items(hits.fieldIris()), hits.total());
        }
        return store.read(reader -> {
            PreparedQuery query = queueQuery(filter);
            long total = Row.of(reader.select(query.count())).getFirst().integer("count");
            List<Row> rows = Row.of(reader.select(query.page(page.offset(), page.limit())));
            return new Page<>(items(reader, rows), total);
        });
    }

    /** The queue's columns for these fields, in the order given; a field deleted meanwhile is left out. */
    private List<ReviewItem> items(List<String> fieldIris) {
        if (fieldIris.isEmpty()) {
            return List.of();
        }
        return store.read(reader -> {
            Map<String, Row> byField = new LinkedHashMap<>();
            for (Row row : Row.of(reader.select(Sparql.query(DIR + "review-items.rq").values("field",
                    fieldIris.stream().map(NodeFactory::createURI).toList())))) {
                byField.putIfAbsent(row.iri("field"), row);
            }
            List<Row> rows = fieldIris.stream().map(byField::get).filter(Objects::nonNull).toList();
            return items(reader, rows);
        });
    }

    private List<ReviewItem> items(StoreReader reader, List<Row> rows) {
        Map<String, List<Label>> categories = categories(reader, rows);
        Map<String, ReviewItem.Detection> detections = detections(reader, rows);
        List<ReviewItem> items = new ArrayList<>();
        for (Row row : rows) {
            String[] slugs = iris.fieldSlugs(row.iri("field")).orElseThrow();
            items.add(new ReviewItem(new FieldId(new DatasetId(slugs[0]), slugs[1]), row.text("title"),
                    row.text("technicalName"), row.text("datasetTitle"), row.text("systemTitle"), row.bool("personal"),
                    categories.getOrDefault(row.iri("field"), List.of()),
                    new Label(row.iri("confidentiality"), row.text("confidentialityLabel")),
                    row.optionalText("legalGround"), new Label(row.iri("status"), row.text("statusLabel")),
                    detections.getOrDefault(row.iri("field"), ReviewItem.Detection.NONE)));
        }
        return items;
    }

    private PreparedQuery queueQuery(ReviewFilter filter) {
        return Sparql.query(DIR + "review-queue.rq")
                .bind("statusFilter", filter.statusIri() == null ? ANY_VALUE : Literals.iri(filter.statusIri(), "Status"))
                .bind("datasetFilter", filter.datasetSlug() == null ? ANY_VALUE
                        : iris.record(RecordKind.DATASET, new DatasetId(filter.datasetSlug()).slug()))
                .bind("categoryFilter", filter.categoryIri() == null ? ANY_VALUE
                        : Literals.iri(filter.categoryIri(), "Categorie"))
                .bind("systemFilter", NodeFactory.createLiteralString(Objects.requireNonNullElse(filter.systemTitle(), "")))
                .bind("text", NodeFactory.createLiteralString(Objects.requireNonNullElse(filter.text(), "")))
                // plain notation: Double.toString may write 1.0E-4, which is no xsd:decimal
                .bind("minConfidence", NodeFactory.createLiteralDT(
                        java.math.BigDecimal.valueOf(filter.minConfidence()).toPlainString(),
                        org.apache.jena.datatypes.xsd.XSDDatatype.XSDdecimal));
    }

    private static Map<String, List<Label>> categories(StoreReader reader, List<Row> fields) {
        Map<String, List<Label>> categories = new LinkedHashMap<>();
        if (fields.isEmpty()) {
            return categories;
        }
        PreparedQuery query = Sparql.query(DIR + "field-categories.rq")
                .values("field", fields.stream().map(r -> NodeFactory.createURI(r.iri("field"))).toList());
        for (Row row : Row.of(reader.select(query))) {
            categories.computeIfAbsent(row.iri("field"), k -> new ArrayList<>())
                    .add(new Label(row.iri("category"), row.text("label")));
        }
        return categories;
    }

    private static Map<String, ReviewItem.Detection> detections(StoreReader reader, List<Row> fields) {
        Map<String, ReviewItem.Detection> detections = new LinkedHashMap<>();
        if (fields.isEmpty()) {
            return detections;
        }
        PreparedQuery query = Sparql.query(DIR + "field-detections.rq")
                .values("field", fields.stream().map(r -> NodeFactory.createURI(r.iri("field"))).toList());
        for (Row row : Row.of(reader.select(query))) {
            detections.put(row.iri("field"), new ReviewItem.Detection(labels(row, "categories"),
                    Double.parseDouble(row.text("confidence")), row.text("explanation")));
        }
        return detections;
    }

    /**
     * One row per dataset: its counts, the highest confidentiality rank of its fields and the IRIs of the special
     * categories (dw:specialCategory true) they hold.
     */
    public record DatasetPrivacy(String systemSlug, String systemTitle, String datasetSlug, int fields, int unreviewed,
            int personalFields, int specialFields, int bsnFields, int bsnWithoutBasis, int highestRank,
            List<String> specialCategories) {
    }

    /** Privacy counts of every dataset, or only of {@code dataset} or of the datasets of {@code system} when given. */
    public List<DatasetPrivacy> privacy(@Nullable DatasetId dataset, @Nullable SystemId system) {
        return store.read(reader -> {
            PreparedQuery query = Sparql.query(DIR + "privacy-profile.rq");
            if (dataset != null) {
                query.values("dataset", List.of(iris.record(RecordKind.DATASET, dataset.slug())));
            }
            if (system != null) {
                query.values("system", List.of(iris.record(RecordKind.SYSTEM, system.slug())));
            }
            return Row.of(reader.select(query)).stream().map(row -> new DatasetPrivacy(
                    iris.slugOf(RecordKind.SYSTEM, row.iri("system")).orElse(row.iri("system")), row.text("systemTitle"),
                    iris.slugOf(RecordKind.DATASET, row.iri("dataset")).orElse(row.iri("dataset")), row.integer("fields"),
                    row.integer("unreviewed"), row.integer("personalFields"), row.integer("specialFields"),
                    row.integer("bsnFields"), row.integer("bsnWithoutBasis"), row.integer("highestRank"),
                    row.list("specialCategories", " "))).toList();
        });
    }

    public List<DecisionRecord> history(FieldId id) {
        Node field = iris.field(id.dataset().slug(), id.slug());
        return store.read(reader -> Row.of(reader.select(Sparql.query(DIR + "field-history.rq").bind("field", field)))
                .stream().map(row -> new DecisionRecord(
                        iris.slugOf(RecordKind.DECISION, row.iri("decision")).orElse(row.iri("decision")),
                        Objects.requireNonNull(row.instant("at")), row.text("decidedBy"),
                        label(row, "previousStatus"), Objects.requireNonNull(label(row, "newStatus")),
                        row.node("previousPersonalData") == null ? null : row.bool("previousPersonalData"),
                        row.bool("newPersonalData"), labels(row, "previousCategories"), labels(row, "newCategories"),
                        label(row, "previousConfidentiality"), Objects.requireNonNull(label(row, "newConfidentiality")),
                        row.optionalText("previousLegalGround"), row.optionalText("newLegalGround"),
                        row.text("rationale")))
                .toList());
    }

    private static @Nullable Label label(Row row, String var) {
        return row.node(var) == null ? null : new Label(row.iri(var), row.text(var + "Label"));
    }

    private static List<Label> labels(Row row, String var) {
        return row.list(var, "|").stream().map(text -> text.split("\t", 2))
                .map(parts -> new Label(parts[0], parts.length > 1 ? parts[1] : parts[0])).toList();
    }
}
