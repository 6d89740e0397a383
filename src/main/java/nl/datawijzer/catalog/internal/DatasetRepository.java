package nl.datawijzer.catalog.internal;

import nl.datawijzer.rdf.vocab.Literals;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import nl.datawijzer.catalog.DatasetDetail;
import nl.datawijzer.catalog.DatasetDraft;
import nl.datawijzer.catalog.DatasetFilter;
import nl.datawijzer.catalog.DatasetId;
import nl.datawijzer.catalog.DatasetSummary;
import nl.datawijzer.catalog.FieldDraft;
import nl.datawijzer.catalog.FieldId;
import nl.datawijzer.catalog.FieldRow;
import nl.datawijzer.catalog.Label;
import nl.datawijzer.catalog.Page;
import nl.datawijzer.catalog.PageRequest;
import nl.datawijzer.catalog.RecordNotFoundException;
import nl.datawijzer.catalog.SystemId;
import nl.datawijzer.catalog.ValueConcept;
import nl.datawijzer.rdf.Iris;
import nl.datawijzer.rdf.PreparedQuery;
import nl.datawijzer.rdf.RdfStore;
import nl.datawijzer.rdf.RecordKind;
import nl.datawijzer.rdf.Row;
import nl.datawijzer.rdf.Sparql;
import nl.datawijzer.rdf.WriteRefusedException;
import nl.datawijzer.rdf.vocab.Terms;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.springframework.stereotype.Repository;

/** Datasets and their fields as RDF: one graph per dataset holding the dataset and all its fields. */
@Repository
public class DatasetRepository {

    static final Map<String, String> SORT_KEYS = Map.of("title", "sortTitle", "modified", "modified",
            "fields", "fieldCount", "system", "systemTitle");

    /** Dataset properties the form owns; everything else in the graph (lineage, distributions) is kept. */
    private static final List<Node> DATASET_FORM_PROPERTIES = List.of(Terms.DCT_TITLE, Terms.DCT_DESCRIPTION,
            Terms.DW_HELD_IN, Terms.DW_OWNER, Terms.DW_STEWARD, Terms.DCAT_THEME, Terms.DCT_ACCRUAL_PERIODICITY,
            Terms.DCT_ACCESS_RIGHTS, Terms.DPV_HAS_LEGAL_BASIS, Terms.DW_LEGAL_GROUND, Terms.DCAT_KEYWORD,
            Terms.DCT_MODIFIED);

    private static final List<Node> FIELD_FORM_PROPERTIES = List.of(Terms.DCT_TITLE, Terms.DW_TECHNICAL_NAME,
            Terms.DCT_DESCRIPTION, Terms.DW_DATATYPE, Terms.DW_CONTAINS_PERSONAL_DATA, Terms.DW_PERSONAL_DATA_CATEGORY,
            Terms.DW_CONFIDENTIALITY, Terms.DW_LEGAL_GROUND, Terms.DCT_MODIFIED, Terms.DW_CLASSIFICATION_STATUS);

    private final RdfStore store;
    private final Iris iris;
    private final ValueListCache values;
    private final References references;

    DatasetRepository(RdfStore store, Iris iris, ValueListCache values, References references) {
        this.store = store;
        this.iris = iris;
        this.values = values;
        this.references = references;
    }

    public Page<DatasetSummary> list(DatasetFilter filter, PageRequest page) {
        return store.read(reader -> {
            long total = Row.of(reader.select(filtered(filter).count())).getFirst().integer("count");
            List<DatasetSummary> items = Row.of(reader.select(Sorting.apply(filtered(filter), page, SORT_KEYS)))
                    .stream().map(this::summary).toList();
            return new Page<>(items, total);
        });
    }

    private PreparedQuery filtered(DatasetFilter filter) {
        return Sparql.query(Queries.DATASETS)
                .bind("q", Literals.text(filter.text()))
                .bind("systemFilter", filter.system() == null ? Literals.text("")
                        : iris.record(RecordKind.SYSTEM, filter.system().slug()))
                .bind("themeFilter", filter.themeIri().isEmpty() ? Literals.text("")
                        : Literals.iri(filter.themeIri(), "Thema"));
    }

    private DatasetSummary summary(Row row) {
        return new DatasetSummary(datasetId(row.iri("dataset")), row.text("title"),
                new Label(row.iri("system"), row.text("systemTitle")),
                new Label(row.iri("owner"), row.text("ownerName")),
                values.labels(row.list("themes", " ")), row.integer("fieldCount"), row.integer("personalFieldCount"),
                row.bool("candidate"), row.instant("modified"));
    }

    private DatasetId datasetId(String iri) {
        return new DatasetId(iris.slugOf(RecordKind.DATASET, iri).orElseThrow());
    }

    public Optional<DatasetDetail> find(DatasetId id) {
        Node dataset = iris.record(RecordKind.DATASET, id.slug());
        return store.read(reader -> Row.of(reader.select(Sparql.query(Queries.DATASET).bind("dataset", dataset)))
                .stream().findFirst().map(row -> {
                    List<Row> links = Row.of(reader.select(Sparql.query(Queries.DATASET_LINEAGE).bind("dataset", dataset)));
                    return new DatasetDetail(id, row.text("title"), row.text("description"),
                            new Label(row.iri("system"), row.text("systemTitle")),
                            new Label(row.iri("owner"), row.text("ownerName")),
                            new Label(row.iri("steward"), row.text("stewardName")),
                            values.labels(row.list("themes", " ")), values.label(row.iri("frequency")),
                            values.label(row.iri("accessRights")), values.labels(row.list("legalBases", " ")),
                            row.optionalText("legalGround"), row.list("keywords", "|"), row.bool("candidate"),
                            row.instant("modified"),
                            new DatasetDetail.Lineage(lineage(links, "derivedFrom"), lineage(links, "feeds"),
                                    lineage(links, "generatedBy"), lineage(links, "kpi")));
                }));
    }

    private static List<Label> lineage(List<Row> rows, String relation) {
        return rows.stream().filter(r -> relation.equals(r.text("relation")))
                .map(r -> new Label(r.iri("other"), r.text("otherTitle"))).distinct().toList();
    }

    public Page<FieldRow> fields(DatasetId id, PageRequest page) {
        Node dataset = iris.record(RecordKind.DATASET, id.slug());
        return store.read(reader -> {
            PreparedQuery query = Sparql.query(Queries.FIELDS).bind("dataset", dataset);
            long total = Row.of(reader.select(query.count())).getFirst().integer("count");
            List<FieldRow> rows = Row.of(reader.select(Sparql.query(Queries.FIELDS).bind("dataset", dataset)
                    .page(page.offset(), page.limit()))).stream().map(row -> field(id, row)).toList();
            return new Page<>(rows, total);
        });
    }

    private FieldRow field(DatasetId dataset, Row row) {
        String[] slugs = iris.fieldSlugs(row.iri("field")).orElseThrow();
        ValueConcept confidentiality = values.concept(row.iri("confidentiality"));
        String status = row.iri("status");
        return new FieldRow(new FieldId(dataset, slugs[1]), row.integer("position"), row.text("title"),
                row.text("technicalName"), row.iri("datatype"), row.text("description"), row.bool("personal"),
                values.labels(row.list("categories", " ")), values.label(row.iri("confidentiality")),
                confidentiality == null ? 0 : confidentiality.rank(), values.label(status),
                DECIDED.contains(status), row.optionalText("legalGround"));
    }

    /** Creates or updates a dataset's own properties; its fields, lineage and distributions are kept. */
    public void save(DatasetDraft draft, boolean isNew) {
        DatasetId id = new DatasetId(draft.slug());
        Node dataset = iris.record(RecordKind.DATASET, id.slug());
        Node graphName = iris.graph(RecordKind.DATASET, id.slug());
        store.write(writer -> {
            Graph graph = RecordGraphs.open(writer, graphName, isNew, "dataset", "dataset", id.slug());
            DATASET_FORM_PROPERTIES.forEach(p -> graph.remove(dataset, p, Node.ANY));
            add(graph, dataset, Terms.RDF_TYPE, Terms.DCAT_DATASET);
            add(graph, dataset, Terms.DCT_IDENTIFIER, Literals.plain(id.slug()));
            add(graph, dataset, Terms.DCT_TITLE, Literals.dutch(draft.title()));
            add(graph, dataset, Terms.DCT_DESCRIPTION, Literals.dutch(draft.description()));
            add(graph, dataset, Terms.DW_HELD_IN, system(draft.system()));
            add(graph, dataset, Terms.DW_OWNER, iris.record(RecordKind.AGENT, draft.owner().slug()));
            add(graph, dataset, Terms.DW_STEWARD, iris.record(RecordKind.AGENT, draft.steward().slug()));
            draft.themeIris().forEach(t -> add(graph, dataset, Terms.DCAT_THEME, Literals.iri(t, "Thema")));
            add(graph, dataset, Terms.DCT_ACCRUAL_PERIODICITY, Literals.iri(draft.frequencyIri(), "Frequentie"));
            add(graph, dataset, Terms.DCT_ACCESS_RIGHTS, Literals.iri(draft.accessRightsIri(), "Toegangsrecht"));
            draft.legalBasisIris().forEach(b -> add(graph, dataset, Terms.DPV_HAS_LEGAL_BASIS, Literals.iri(b, "Grondslag")));
            if (draft.legalGround() != null && !draft.legalGround().isBlank()) {
                add(graph, dataset, Terms.DW_LEGAL_GROUND, Literals.plain(draft.legalGround()));
            }
            draft.keywords().stream().filter(k -> !k.isBlank())
                    .forEach(k -> add(graph, dataset, Terms.DCAT_KEYWORD, Literals.dutch(k)));
            add(graph, dataset, Terms.DCT_MODIFIED, Literals.now());
            if (isNew) {
                add(graph, dataset, Terms.DCT_CREATED, Literals.now());
            }
            writer.replaceGraph(graphName, graph);
            return null;
        });
    }

    private Node system(SystemId system) {
        return iris.record(RecordKind.SYSTEM, system.slug());
    }

    /** Deletes a dataset with its fields; refused while other records derive from it or its fields. */
    public void delete(DatasetId id) {
        Node dataset = iris.record(RecordKind.DATASET, id.slug());
        Node graphName = iris.graph(RecordKind.DATASET, id.slug());
        store.write(writer -> {
            RecordGraphs.requireExists(writer, graphName, "dataset", id.slug());
            List<Node> targets = new ArrayList<>();
            targets.add(dataset);
            writer.graph(graphName).find(Node.ANY, Terms.DW_PART_OF_DATASET, dataset)
                    .mapWith(Triple::getSubject).forEachRemaining(targets::add);
            for (Node target : targets) {
                references.refuseIfReferenced(writer, target, dataset,
                        "De dataset kan niet worden verwijderd: er wordt nog naar verwezen door: ",
                        "The dataset cannot be deleted: it is still referred to by: ");
            }
            writer.removeGraph(graphName);
            return null;
        });
    }

    /**
     * Creates or updates one field. When the classification changes, its status becomes "voorgesteld"
     * (suggested) so the privacy officer reviews it; an unchanged classification keeps its status.
     */
    /** Statuses the privacy officer set: the classification has been reviewed. */
    private static final Set<String> DECIDED = Set.of(Terms.STATUS_CONFIRMED.getURI(), Terms.STATUS_CHANGED.getURI(),
            Terms.STATUS_REJECTED.getURI());

    public void saveField(DatasetId datasetId, FieldDraft draft, boolean isNew) {
        FieldId id = new FieldId(datasetId, draft.slug());
        Node dataset = iris.record(RecordKind.DATASET, datasetId.slug());
        Node field = iris.field(datasetId.slug(), id.slug());
        Node graphName = iris.graph(RecordKind.DATASET, datasetId.slug());
        store.write(writer -> {
            RecordGraphs.requireExists(writer, graphName, "dataset", datasetId.slug());
            Graph graph = writer.graph(graphName);
            boolean exists = graph.contains(field, Terms.RDF_TYPE, Terms.DW_FIELD);
            if (isNew && exists) {
                throw WriteRefusedException.of(Terms.DW_TECHNICAL_NAME.getURI(),
                        "Deze dataset heeft al een veld met identificatie '" + id.slug() + "'.",
                        "This dataset already has a field with identifier '" + id.slug() + "'.");
            }
            if (!isNew && !exists) {
                throw new RecordNotFoundException("Veld", id);
            }
            Set<Triple> before = classification(graph, field);
            Node status = graph.find(field, Terms.DW_CLASSIFICATION_STATUS, Node.ANY).nextOptional()
                    .map(Triple::getObject).orElse(Terms.STATUS_SUGGESTED);
            FIELD_FORM_PROPERTIES.forEach(p -> graph.remove(field, p, Node.ANY));
            add(graph, field, Terms.RDF_TYPE, Terms.DW_FIELD);
            add(graph, field, Terms.DW_PART_OF_DATASET, dataset);
            if (isNew) {
                add(graph, field, Terms.DW_POSITION, Literals.integer(nextPosition(graph, dataset)));
            }
            add(graph, field, Terms.DCT_TITLE, Literals.dutch(draft.title()));
            add(graph, field, Terms.DW_TECHNICAL_NAME, Literals.plain(draft.technicalName()));
            add(graph, field, Terms.DCT_DESCRIPTION, Literals.dutch(draft.description()));
            add(graph, field, Terms.DW_DATATYPE, Literals.iri(draft.datatype(), "Datatype"));
            add(graph, field, Terms.DW_CONTAINS_PERSONAL_DATA, Literals.bool(draft.containsPersonalData()));
            draft.categoryIris().forEach(c -> add(graph, field, Terms.DW_PERSONAL_DATA_CATEGORY,
                    Literals.iri(c, "Categorie persoonsgegevens")));
            add(graph, field, Terms.DW_CONFIDENTIALITY, Literals.iri(draft.confidentialityIri(), "Vertrouwelijkheid"));
            if (draft.legalGround() != null && !draft.legalGround().isBlank()) {
                add(graph, field, Terms.DW_LEGAL_GROUND, Literals.plain(draft.legalGround()));
            }
            boolean classificationChanged = isNew || !Objects.equals(before, classification(graph, field));
            add(graph, field, Terms.DW_CLASSIFICATION_STATUS, classificationChanged ? Terms.STATUS_SUGGESTED : status);
            add(graph, field, Terms.DCT_MODIFIED, Literals.now());
            touch(graph, dataset);
            writer.replaceGraph(graphName, graph);
            return null;
        });
    }

    public void deleteField(FieldId id) {
        Node dataset = iris.record(RecordKind.DATASET, id.dataset().slug());
        Node field = iris.field(id.dataset().slug(), id.slug());
        Node graphName = iris.graph(RecordKind.DATASET, id.dataset().slug());
        store.write(writer -> {
            Graph graph = writer.graph(graphName);
            if (!graph.contains(field, Terms.RDF_TYPE, Terms.DW_FIELD)) {
                throw new RecordNotFoundException("Veld", id);
            }
            references.refuseIfReferenced(writer, field, field,
                    "Het veld kan niet worden verwijderd: er wordt nog naar verwezen door: ",
                    "The field cannot be deleted: it is still referred to by: ");
            graph.remove(field, Node.ANY, Node.ANY);
            touch(graph, dataset);
            writer.replaceGraph(graphName, graph);
            return null;
        });
    }

    private static Set<Triple> classification(Graph graph, Node field) {
        Set<Triple> triples = new java.util.HashSet<>();
        for (Node p : List.of(Terms.DW_CONTAINS_PERSONAL_DATA, Terms.DW_PERSONAL_DATA_CATEGORY,
                Terms.DW_CONFIDENTIALITY, Terms.DW_LEGAL_GROUND)) {
            graph.find(field, p, Node.ANY).forEachRemaining(triples::add);
        }
        return triples;
    }

    private static int nextPosition(Graph graph, Node dataset) {
        int max = 0;
        for (Triple t : graph.find(Node.ANY, Terms.DW_PART_OF_DATASET, dataset).toList()) {
            for (Triple p : graph.find(t.getSubject(), Terms.DW_POSITION, Node.ANY).toList()) {
                max = Math.max(max, Integer.parseInt(p.getObject().getLiteralLexicalForm()));
            }
        }
        return max + 1;
    }

    private static void touch(Graph graph, Node dataset) {
        graph.remove(dataset, Terms.DCT_MODIFIED, Node.ANY);
        add(graph, dataset, Terms.DCT_MODIFIED, Literals.now());
    }

    private static void add(Graph graph, Node s, Node p, Node o) {
        graph.add(Triple.create(s, p, o));
    }
}
