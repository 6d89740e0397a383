package nl.datawijzer.quality.internal;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.datawijzer.catalog.DatasetId;
import nl.datawijzer.catalog.FieldId;
import nl.datawijzer.quality.FieldRule;
import nl.datawijzer.quality.ProfileChoices.FieldOption;
import nl.datawijzer.quality.ProfileChoices.FileOption;
import nl.datawijzer.quality.ProfileChoices.ListOption;
import nl.datawijzer.quality.ProfileSettings;
import nl.datawijzer.quality.SourceChoice;
import nl.datawijzer.quality.profiling.ValueFormat;
import nl.datawijzer.rdf.Iris;
import nl.datawijzer.rdf.PreparedQuery;
import nl.datawijzer.rdf.RdfStore;
import nl.datawijzer.rdf.RecordKind;
import nl.datawijzer.rdf.Row;
import nl.datawijzer.rdf.Sparql;
import nl.datawijzer.rdf.vocab.Literals;
import nl.datawijzer.rdf.vocab.Terms;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.springframework.stereotype.Repository;

/**
 * A dataset's profile source and its fields' quality rules, read for the settings form and written in place in the
 * dataset's graph: only dw:profileSource, the {@code {dataset}/bron} table node and the four rule properties of its
 * fields change, so whatever else the graph holds (the catalog's own properties, lineage, distributions) stays.
 */
@Repository
public class ProfileSettingsRepository {

    private static final String DIR = "nl/datawijzer/quality/internal/";
    private static final String FORMATS = "https://w3id.org/datawijzer/vocab/waardeformaat/";
    private static final Node PROFILE_SOURCE = Terms.uri(Terms.DW + "profileSource");
    private static final Node DATABASE_TABLE = Terms.uri(Terms.DW + "DatabaseTable");
    private static final Node CONNECTION_NAME = Terms.uri(Terms.DW + "connectionName");
    private static final Node TABLE_NAME = Terms.uri(Terms.DW + "tableName");
    private static final Node IS_KEY = Terms.uri(Terms.DW + "isKey");
    private static final Node VALUE_FORMAT = Terms.uri(Terms.DW + "valueFormat");
    private static final Node VALUE_LIST = Terms.uri(Terms.DW + "valueList");
    private static final Node REFERENCES = Terms.uri(Terms.DW + "references");
    private static final List<Node> RULES = List.of(IS_KEY, VALUE_FORMAT, VALUE_LIST, REFERENCES);

    private final RdfStore store;
    private final Iris iris;
    private final QualityRepository quality;

    ProfileSettingsRepository(RdfStore store, Iris iris, QualityRepository quality) {
        this.store = store;
        this.iris = iris;
        this.quality = quality;
    }

    /** A field of the dataset with its rules as stored. */
    public record FieldSetting(FieldOption field, FieldRule rule) {
    }

    /** The dataset's fields in declared order with their rules. */
    public List<FieldSetting> fields(DatasetId dataset, String datasetTitle) {
        Node node = iris.record(RecordKind.DATASET, dataset.slug());
        return store.read(reader -> {
            Map<String, FieldSetting> fields = new LinkedHashMap<>();
            for (Row row : Row.of(reader.select(Sparql.query(DIR + "settings-fields.rq").bind("dataset", node)))) {
                String iri = row.iri("field");
                Optional<String[]> slugs = iris.fieldSlugs(iri);
                if (fields.containsKey(iri) || slugs.isEmpty() || !slugs.get()[0].equals(dataset.slug())) {
                    continue;
                }
                FieldId id = new FieldId(dataset, slugs.get()[1]);
                String technicalName = row.text("technicalName");
                String title = row.text("title").isEmpty() ? technicalName : row.text("title");
                Optional<ValueFormat> format = Optional.ofNullable(row.optionalText("format"))
                        .filter(f -> f.startsWith(FORMATS)).map(f -> f.substring(FORMATS.length()))
                        .flatMap(ProfileSettingsRepository::format);
                Optional<FieldId> references = Optional.ofNullable(row.optionalText("references"))
                        .flatMap(iris::fieldSlugs).map(s -> new FieldId(new DatasetId(s[0]), s[1]));
                fields.put(iri, new FieldSetting(new FieldOption(id, datasetTitle, title, technicalName),
                        new FieldRule(id, row.bool("isKey"), format, Optional.ofNullable(row.optionalText("list")),
                                references)));
            }
            return List.copyOf(fields.values());
        });
    }

    private static Optional<ValueFormat> format(String slug) {
        try {
            return Optional.of(ValueFormat.ofSlug(slug));
        } catch (IllegalArgumentException unknown) {
            return Optional.empty();
        }
    }

    /** The source the dataset names, when it is still a hosted file or a table. */
    public Optional<SourceChoice> source(DatasetId dataset) {
        return quality.facts(dataset).flatMap(QualityRepository.DatasetFacts::source).flatMap(source -> switch (source) {
            case QualityRepository.Source.Hosted file -> Optional.of(new SourceChoice.HostedFile(file.distributionIri()));
            case QualityRepository.Source.Table table ->
                    Optional.of(new SourceChoice.DatabaseTable(table.connection(), table.table()));
            case QualityRepository.Source.Missing missing -> Optional.empty();
        });
    }

    /** The hosted files of the dataset, whatever their type. */
    public List<FileOption> hostedFiles(DatasetId dataset) {
        Node node = iris.record(RecordKind.DATASET, dataset.slug());
        return store.read(reader -> Row.of(reader.select(Sparql.query(DIR + "settings-files.rq").bind("dataset", node)))
                .stream().map(row -> new FileOption(row.iri("distribution"), row.text("fileName"))).distinct().toList());
    }

    /** Concept schemes with codes, by Dutch label. */
    public List<ListOption> valueLists() {
        return store.read(reader -> Row.of(reader.select(Sparql.query(DIR + "value-lists.rq"))).stream()
                .map(row -> new ListOption(row.iri("scheme"),
                        row.text("labelNl").isEmpty() ? row.iri("scheme") : row.text("labelNl"), row.text("labelEn")))
                .sorted(java.util.Comparator.comparing((ListOption o) -> o.labelNl().toLowerCase(java.util.Locale.ROOT))
                        .thenComparing(ListOption::iri))
                .toList());
    }

    /** Fields of any dataset matching {@code text} (dataset title, field title or technical name), a page of them. */
    public List<FieldOption> searchFields(String text, int offset, int limit) {
        PreparedQuery query = Sparql.query(DIR + "field-options.rq").bind("q", Literals.text(text.strip()))
                .page(offset, limit);
        return store.read(reader -> options(Row.of(reader.select(query))));
    }

    /** The given fields, those that exist. */
    public List<FieldOption> fieldOptions(Collection<FieldId> fields) {
        if (fields.isEmpty()) {
            return List.of();
        }
        List<Node> nodes = fields.stream().map(f -> iris.field(f.dataset().slug(), f.slug())).distinct().toList();
        PreparedQuery query = Sparql.query(DIR + "field-options.rq").bind("q", Literals.text("")).values("field", nodes);
        return store.read(reader -> options(Row.of(reader.select(query))));
    }

    private List<FieldOption> options(List<Row> rows) {
        List<FieldOption> options = new ArrayList<>();
        for (Row row : rows) {
            iris.fieldSlugs(row.iri("field")).ifPresent(s -> options.add(new FieldOption(
                    new FieldId(new DatasetId(s[0]), s[1]), row.text("datasetTitle"), row.text("title"),
                    row.text("technicalName"))));
        }
        return options.stream().distinct().toList();
    }

    /** Whether the catalog has this field. */
    public boolean isField(FieldId field) {
        Node node = iris.field(field.dataset().slug(), field.slug());
        return store.read(reader -> reader.ask(Sparql.query(DIR + "is-field.rq").bind("field", node)));
    }

    /**
     * Replaces the dataset's profile source and the rules of all its fields in one validated write. The caller has
     * checked the choices; the shapes check them again inside the transaction.
     */
    public void save(DatasetId dataset, ProfileSettings settings) {
        Node node = iris.record(RecordKind.DATASET, dataset.slug());
        Node table = NodeFactory.createURI(node.getURI() + "/bron");
        store.write(writer -> {
            writer.changeGraph(iris.graph(RecordKind.DATASET, dataset.slug()), graph -> {
                graph.remove(node, PROFILE_SOURCE, Node.ANY);
                graph.remove(table, Node.ANY, Node.ANY);
                List<Node> fields = graph.find(Node.ANY, Terms.DW_PART_OF_DATASET, node).mapWith(Triple::getSubject)
                        .toList();
                for (Node field : fields) {
                    RULES.forEach(rule -> graph.remove(field, rule, Node.ANY));
                }
                settings.source().ifPresent(source -> addSource(graph, node, table, source));
                for (FieldRule rule : settings.rules()) {
                    addRule(graph, rule);
                }
            });
            return null;
        });
    }

    private static void addSource(Graph graph, Node dataset, Node table, SourceChoice source) {
        switch (source) {
            case SourceChoice.HostedFile file -> graph.add(dataset, PROFILE_SOURCE, NodeFactory.createURI(file.distributionIri()));
            case SourceChoice.DatabaseTable database -> {
                graph.add(dataset, PROFILE_SOURCE, table);
                graph.add(table, Terms.RDF_TYPE, DATABASE_TABLE);
                graph.add(table, CONNECTION_NAME, Literals.plain(database.connection()));
                graph.add(table, TABLE_NAME, Literals.plain(database.table()));
            }
        }
    }

    private void addRule(Graph graph, FieldRule rule) {
        Node field = iris.field(rule.field().dataset().slug(), rule.field().slug());
        if (rule.key()) {
            graph.add(field, IS_KEY, Literals.bool(true));
        }
        rule.format().ifPresent(f -> graph.add(field, VALUE_FORMAT, NodeFactory.createURI(FORMATS + f.slug())));
        rule.valueList().ifPresent(l -> graph.add(field, VALUE_LIST, NodeFactory.createURI(l)));
        rule.references().ifPresent(r -> graph.add(field, REFERENCES, iris.field(r.dataset().slug(), r.slug())));
    }
}
