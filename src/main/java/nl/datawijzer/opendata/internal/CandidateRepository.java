package nl.datawijzer.opendata.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.datawijzer.catalog.DatasetId;
import nl.datawijzer.opendata.PublicationCandidate;
import nl.datawijzer.opendata.PublicationCandidate.ContactPoint;
import nl.datawijzer.opendata.PublicationCandidate.Distribution;
import nl.datawijzer.opendata.PublicationCandidate.Field;
import nl.datawijzer.opendata.PublicationCandidate.Licence;
import nl.datawijzer.rdf.Iris;
import nl.datawijzer.rdf.RdfStore;
import nl.datawijzer.rdf.RecordKind;
import nl.datawijzer.rdf.Row;
import nl.datawijzer.rdf.Sparql;
import nl.datawijzer.opendata.export.CatalogDescription;
import nl.datawijzer.opendata.export.ExportedDataset;
import nl.datawijzer.opendata.export.internal.DcatApNlConformance;
import nl.datawijzer.opendata.export.internal.DcatApNlProfile;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.graph.GraphFactory;
import org.springframework.stereotype.Repository;

/**
 * Reads a {@link PublicationCandidate} from the internal store with one query ({@code candidate.rq}), mapped to records
 * inside the read transaction. Hosted file contents are not in the store: callers add them with
 * {@link PublicationCandidate#withHostedFile}.
 */
@Repository
public class CandidateRepository {

    private static final String QUERY = "nl/datawijzer/opendata/internal/candidate.rq";
    static final String EU_THEMES = "http://publications.europa.eu/resource/authority/data-theme";
    static final String GOVERNMENT_THEMES = "https://w3id.org/datawijzer/vocab/overheidsthema";

    private final RdfStore store;
    private final Iris iris;

    private final DcatApNlConformance conformance;
    private final CatalogDescription catalog;
    private final DcatApNlProfile profile = new DcatApNlProfile();

    CandidateRepository(RdfStore store, Iris iris, DcatApNlConformance conformance) {
        this.store = store;
        this.iris = iris;
        this.conformance = conformance;
        this.catalog = CatalogDescription.huizen(iris.base());
    }

    /**
     * What the official DCAT-AP-NL 3.0 shapes say against the dataset as the export would write it. Read through the
     * same profile as the export, from the dataset's record and its publisher's name: the profile looks at DCAT terms
     * only, so this is what publication would put into the open-data view. Empty when it conforms; a single line when
     * the record has no Dutch title (the profile cannot read it as a dataset at all).
     */
    public List<String> dcatViolations(DatasetId id) {
        Node dataset = iris.record(RecordKind.DATASET, id.slug());
        Optional<ExportedDataset> exported = store.read(reader -> {
            Graph record = GraphFactory.createDefaultGraph();
            reader.graph(iris.graph(RecordKind.DATASET, id.slug())).find().forEachRemaining(record::add);
            Node publisher = NodeFactory.createURI("http://purl.org/dc/terms/publisher");
            for (Node agent : record.find(dataset, publisher, Node.ANY).mapWith(Triple::getObject).toList()) {
                iris.slugOf(RecordKind.AGENT, agent.isURI() ? agent.getURI() : "").ifPresent(slug ->
                        reader.graph(iris.graph(RecordKind.AGENT, slug)).find().forEachRemaining(record::add));
            }
            return profile.parse(record, List.of(dataset)).stream().findFirst();
        });
        return exported.map(d -> conformance.violations(d, catalog))
                .orElse(List.of("dataset › dct:title: geen Nederlandse titel"));
    }

    /** The dataset as the gate sees it, or empty when there is no such dataset. */
    public Optional<PublicationCandidate> find(DatasetId id) {
        Node dataset = iris.record(RecordKind.DATASET, id.slug());
        return store.read(reader -> {
            List<Row> rows = Row.of(reader.select(Sparql.query(QUERY).values("dataset", List.of(dataset))));
            return rows.isEmpty() ? Optional.<PublicationCandidate>empty()
                    : Optional.of(assemble(dataset.getURI(), id.slug(), rows));
        });
    }

    private static PublicationCandidate assemble(String datasetIri, String slug, List<Row> rows) {
        String title = "";
        List<String> accessRights = new ArrayList<>();
        List<String> publishers = new ArrayList<>();
        List<String> euThemes = new ArrayList<>();
        List<String> governmentThemes = new ArrayList<>();
        String disclosureControl = null;
        Map<String, ContactPoint> contacts = new LinkedHashMap<>();
        Map<String, String[]> distributions = new LinkedHashMap<>();
        Map<String, List<Licence>> licences = new LinkedHashMap<>();
        Map<String, Row> fields = new LinkedHashMap<>();
        Map<String, List<String>> categories = new LinkedHashMap<>();
        for (Row row : rows) {
            String value = row.text("value");
            switch (row.text("kind")) {
                case "title" -> title = value;
                case "accessRights" -> addOnce(accessRights, value);
                case "publisher" -> addOnce(publishers, value);
                case "disclosureControl" -> disclosureControl = value;
                case "theme" -> {
                    if (row.iri("scheme").equals(EU_THEMES)) {
                        addOnce(euThemes, value);
                    } else if (row.iri("scheme").equals(GOVERNMENT_THEMES)) {
                        addOnce(governmentThemes, value);
                    }
                }
                case "contact" -> contacts.merge(row.text("item"), new ContactPoint(value, telephone(row)),
                        (a, b) -> new ContactPoint(a.email().isEmpty() ? b.email() : a.email(),
                                a.telephone().isEmpty() ? b.telephone() : a.telephone()));
                case "distribution" -> distributions.putIfAbsent(row.iri("item"),
                        new String[] {value, row.text("label")});
                case "licence" -> {
                    List<Licence> list = licences.computeIfAbsent(row.iri("item"), k -> new ArrayList<>());
                    Licence licence = new Licence(value, row.bool("open"));
                    if (!list.contains(licence)) {
                        list.add(licence);
                    }
                }
                case "field" -> fields.putIfAbsent(row.iri("item"), row);
                case "category" -> addOnce(categories.computeIfAbsent(row.iri("item"), k -> new ArrayList<>()), value);
                default -> throw new IllegalStateException("Unknown row kind " + row.text("kind"));
            }
        }
        List<Distribution> distributionList = new ArrayList<>();
        distributions.forEach((iri, parts) -> distributionList.add(
                new Distribution(iri, parts[1], parts[0], licences.getOrDefault(iri, List.of()), null)));
        List<Field> fieldList = new ArrayList<>();
        // In the dataset's own column order, so that explanations list fields as the steward sees them.
        List<Map.Entry<String, Row>> ordered = new ArrayList<>(fields.entrySet());
        ordered.sort(Comparator.comparingInt((Map.Entry<String, Row> entry) -> position(entry.getValue()))
                .thenComparing(Map.Entry::getKey));
        ordered.forEach(entry -> fieldList.add(new Field(entry.getKey(), entry.getValue().text("value"),
                entry.getValue().text("label"), entry.getValue().bool("personal"), entry.getValue().iri("status"),
                categories.getOrDefault(entry.getKey(), List.of()), entry.getValue().iri("datatype"))));
        return new PublicationCandidate(datasetIri, slug, title, fieldList, accessRights, distributionList,
                List.copyOf(contacts.values()), publishers, euThemes, governmentThemes, disclosureControl);
    }

    private static int position(Row row) {
        try {
            return row.integer("position");
        } catch (NumberFormatException e) {
            return Integer.MAX_VALUE;
        }
    }

    private static String telephone(Row row) {
        String value = row.text("telephoneValue");
        Node telephone = row.node("telephone");
        if (!value.isEmpty() || telephone == null || telephone.isBlank()) {
            return value;
        }
        return row.text("telephone");
    }

    private static void addOnce(List<String> list, String value) {
        if (!value.isEmpty() && !list.contains(value)) {
            list.add(value);
        }
    }
}
