package nl.datawijzer.privacy.internal;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import nl.datawijzer.catalog.DatasetId;
import nl.datawijzer.catalog.Label;
import nl.datawijzer.catalog.RecordNotFoundException;
import nl.datawijzer.catalog.SystemId;
import nl.datawijzer.catalog.ValueListService;
import nl.datawijzer.privacy.CategoryUse;
import nl.datawijzer.privacy.LinkedRecord;
import nl.datawijzer.privacy.ProcessingActivity;
import nl.datawijzer.privacy.ProcessingActivityDraft;
import nl.datawijzer.privacy.ProcessingActivityId;
import nl.datawijzer.rdf.Iris;
import nl.datawijzer.rdf.PreparedQuery;
import nl.datawijzer.rdf.RdfStore;
import nl.datawijzer.rdf.RecordKind;
import nl.datawijzer.rdf.Row;
import nl.datawijzer.rdf.Sparql;
import nl.datawijzer.rdf.StoreReader;
import nl.datawijzer.rdf.WriteRefusedException;
import nl.datawijzer.rdf.vocab.Literals;
import nl.datawijzer.rdf.vocab.Terms;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.graph.GraphFactory;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Repository;

/**
 * The processing register as RDF: one graph {@code graph/processing/{uuid}} per activity, replaced whole on every
 * save. The personal data categories derived from the catalogue are computed at read time, never stored.
 */
@Repository
public class ProcessingRegisterRepository {

    private static final String DIR = "nl/datawijzer/privacy/internal/";
    static final String ACTIVITIES = DIR + "processing-activities.rq";
    static final String DERIVED = DIR + "derived-categories.rq";
    static final String RECORDS = DIR + "register-records.rq";

    public static final String PROCESSING_ACTIVITY = Terms.DW + "ProcessingActivity";
    public static final String PURPOSE = Terms.DW + "purpose";
    public static final String DATA_SUBJECT = Terms.DW + "dataSubjectCategory";
    public static final String RECIPIENT = Terms.DW + "recipient";
    public static final String RETENTION = Terms.DW + "retentionPeriod";
    public static final String SECURITY = Terms.DW + "securityMeasures";
    public static final String DPIA = Terms.DW + "dpiaReference";
    public static final String PROCESSOR_AGREEMENT = Terms.DW + "processorAgreement";
    public static final String CONCERNS_SYSTEM = Terms.DW + "concernsSystem";
    public static final String CONCERNS_DATASET = Terms.DW + "concernsDataset";

    private static final Node TYPE = Terms.uri(PROCESSING_ACTIVITY);
    private static final Node P_PURPOSE = Terms.uri(PURPOSE);
    private static final Node P_DATA_SUBJECT = Terms.uri(DATA_SUBJECT);
    private static final Node P_RECIPIENT = Terms.uri(RECIPIENT);
    private static final Node P_RETENTION = Terms.uri(RETENTION);
    private static final Node P_SECURITY = Terms.uri(SECURITY);
    private static final Node P_DPIA = Terms.uri(DPIA);
    private static final Node P_PROCESSOR = Terms.uri(PROCESSOR_AGREEMENT);
    private static final Node P_SYSTEM = Terms.uri(CONCERNS_SYSTEM);
    private static final Node P_DATASET = Terms.uri(CONCERNS_DATASET);

    private final RdfStore store;
    private final Iris iris;
    private final ValueListService values;

    ProcessingRegisterRepository(RdfStore store, Iris iris, ValueListService values) {
        this.store = store;
        this.iris = iris;
        this.values = values;
    }

    /** A system or dataset an activity can link to: slug, Dutch title, all titles and (datasets) the holding system. */
    public record Target(String slug, String title, List<String> titles, @Nullable String system) {
    }

    /** Every system and dataset of the catalogue, by slug, in title order. */
    public record Targets(Map<String, Target> systems, Map<String, Target> datasets) {
    }

    public Targets targets() {
        return store.read(this::targets);
    }

    private Targets targets(StoreReader reader) {
        Map<String, Map<String, String>> titles = new HashMap<>();
        Map<String, String> kinds = new HashMap<>();
        Map<String, String> holders = new HashMap<>();
        for (Row row : Row.of(reader.select(Sparql.query(RECORDS)))) {
            String iri = row.iri("record");
            kinds.put(iri, row.text("kind"));
            Map<String, String> byLang = titles.computeIfAbsent(iri, k -> new TreeMap<>());
            if (!row.text("title").isEmpty()) {
                byLang.putIfAbsent(row.text("lang"), row.text("title"));
            }
            if (!row.iri("system").isEmpty()) {
                iris.slugOf(RecordKind.SYSTEM, row.iri("system")).ifPresent(s -> holders.put(iri, s));
            }
        }
        Map<String, Target> systems = new TreeMap<>();
        Map<String, Target> datasets = new TreeMap<>();
        kinds.forEach((iri, kind) -> {
            RecordKind recordKind = "system".equals(kind) ? RecordKind.SYSTEM : RecordKind.DATASET;
            iris.slugOf(recordKind, iri).ifPresent(slug -> {
                Map<String, String> byLang = titles.getOrDefault(iri, Map.of());
                String title = byLang.getOrDefault("nl", byLang.values().stream().findFirst().orElse(slug));
                Target target = new Target(slug, title, List.copyOf(byLang.values()), holders.get(iri));
                (recordKind == RecordKind.SYSTEM ? systems : datasets).put(slug, target);
            });
        });
        return new Targets(sortedByTitle(systems), sortedByTitle(datasets));
    }

    private static Map<String, Target> sortedByTitle(Map<String, Target> targets) {
        Map<String, Target> sorted = new LinkedHashMap<>();
        targets.values().stream().sorted(Comparator.comparing((Target t) -> t.title().toLowerCase())
                .thenComparing(Target::slug)).forEach(t -> sorted.put(t.slug(), t));
        return sorted;
    }

    /** Every activity, with the derived categories, in no particular order. */
    public List<ProcessingActivity> all() {
        return store.read(reader -> {
            List<Node> activities = Row.of(reader.select(Sparql.query(ACTIVITIES))).stream()
                    .map(r -> r.node("activity")).filter(n -> n != null && n.isURI()).toList();
            return read(reader, activities);
        });
    }

    public Optional<ProcessingActivity> find(ProcessingActivityId id) {
        Node activity = iris.processing(id.uuid());
        return store.read(reader -> reader.containsGraph(iris.processingGraph(id.uuid()))
                ? read(reader, List.of(activity)).stream().findFirst() : Optional.empty());
    }

    private List<ProcessingActivity> read(StoreReader reader, List<Node> activities) {
        if (activities.isEmpty()) {
            return List.of();
        }
        Targets targets = targets(reader);
        PreparedQuery derivedQuery = Sparql.query(DERIVED);
        if (activities.size() == 1) {
            derivedQuery.values("activity", activities);
        }
        Map<String, Map<String, Set<String>>> derived = new HashMap<>(); // activity -> category -> dataset slugs
        for (Row row : Row.of(reader.select(derivedQuery))) {
            iris.slugOf(RecordKind.DATASET, row.iri("dataset")).ifPresent(slug -> derived
                    .computeIfAbsent(row.iri("activity"), k -> new HashMap<>())
                    .computeIfAbsent(row.iri("category"), k -> new TreeSet<>()).add(slug));
        }
        List<ProcessingActivity> result = new ArrayList<>();
        for (Node activity : activities) {
            Optional<java.util.UUID> uuid = iris.processingId(activity.getURI());
            if (uuid.isEmpty()) {
                continue;
            }
            Graph graph = reader.graph(iris.processingGraph(uuid.get()));
            if (!graph.contains(activity, Terms.RDF_TYPE, TYPE)) {
                continue;
            }
            result.add(activity(graph, activity, new ProcessingActivityId(uuid.get()), targets,
                    derived.getOrDefault(activity.getURI(), Map.of())));
        }
        return result;
    }

    private ProcessingActivity activity(Graph graph, Node a, ProcessingActivityId id, Targets targets,
            Map<String, Set<String>> derived) {
        Set<String> manual = new TreeSet<>(uris(graph, a, Terms.DW_PERSONAL_DATA_CATEGORY));
        Set<String> categories = new TreeSet<>(manual);
        categories.addAll(derived.keySet());
        List<CategoryUse> uses = categories.stream().map(c -> new CategoryUse(values.label(c), manual.contains(c),
                        derived.getOrDefault(c, Set.of()).stream().map(slug -> linked(targets.datasets(), slug))
                                .sorted(Comparator.comparing(LinkedRecord::title)).toList()))
                .sorted(Comparator.comparing(u -> u.category().label()))
                .toList();
        return new ProcessingActivity(id, text(graph, a, Terms.DCT_TITLE), text(graph, a, Terms.DCT_DESCRIPTION),
                texts(graph, a, P_PURPOSE), labels(uris(graph, a, Terms.DPV_HAS_LEGAL_BASIS)),
                plain(graph, a, Terms.DW_LEGAL_GROUND), labels(uris(graph, a, P_DATA_SUBJECT)), uses,
                texts(graph, a, P_RECIPIENT), text(graph, a, P_RETENTION), text(graph, a, P_SECURITY),
                plain(graph, a, P_DPIA), plain(graph, a, P_PROCESSOR),
                uris(graph, a, P_SYSTEM).stream().flatMap(i -> iris.slugOf(RecordKind.SYSTEM, i).stream())
                        .map(slug -> linked(targets.systems(), slug)).sorted(Comparator.comparing(LinkedRecord::slug))
                        .toList(),
                uris(graph, a, P_DATASET).stream().flatMap(i -> iris.slugOf(RecordKind.DATASET, i).stream())
                        .map(slug -> linked(targets.datasets(), slug)).sorted(Comparator.comparing(LinkedRecord::slug))
                        .toList(),
                instant(plain(graph, a, Terms.DCT_MODIFIED)));
    }

    private static LinkedRecord linked(Map<String, Target> targets, String slug) {
        Target target = targets.get(slug);
        return new LinkedRecord(slug, target == null ? slug : target.title());
    }

    private List<Label> labels(List<String> conceptIris) {
        return conceptIris.stream().map(values::label).sorted(Comparator.comparing(Label::label)).toList();
    }

    private static List<String> uris(Graph graph, Node s, Node p) {
        return graph.find(s, p, Node.ANY).mapWith(Triple::getObject).filterKeep(Node::isURI).mapWith(Node::getURI)
                .toList().stream().sorted().toList();
    }

    /** The Dutch text (or, lacking one, any text) of a property. */
    private static String text(Graph graph, Node s, Node p) {
        List<Node> literals = graph.find(s, p, Node.ANY).mapWith(Triple::getObject).filterKeep(Node::isLiteral).toList();
        return literals.stream().filter(l -> l.getLiteralLanguage().startsWith("nl")).findFirst()
                .or(() -> literals.stream().findFirst()).map(Node::getLiteralLexicalForm).orElse("");
    }

    /** Every Dutch (or untagged) text of a multi-valued property, sorted. */
    private static List<String> texts(Graph graph, Node s, Node p) {
        return graph.find(s, p, Node.ANY).mapWith(Triple::getObject).filterKeep(Node::isLiteral)
                .filterKeep(l -> l.getLiteralLanguage().isEmpty() || l.getLiteralLanguage().startsWith("nl"))
                .mapWith(Node::getLiteralLexicalForm).toList().stream().sorted().distinct().toList();
    }

    private static String plain(Graph graph, Node s, Node p) {
        return graph.find(s, p, Node.ANY).mapWith(Triple::getObject).filterKeep(Node::isLiteral)
                .mapWith(Node::getLiteralLexicalForm).toList().stream().findFirst().orElse("");
    }

    private static @Nullable Instant instant(String text) {
        try {
            return text.isEmpty() ? null : OffsetDateTime.parse(text).toInstant();
        } catch (RuntimeException e) {
            return null;
        }
    }

    /** Creates ({@code isNew}) or replaces one activity's graph. */
    public void save(ProcessingActivityId id, ProcessingActivityDraft draft, boolean isNew) {
        Node graphName = iris.processingGraph(id.uuid());
        store.write(writer -> {
            boolean exists = writer.containsGraph(graphName);
            if (isNew && exists) {
                throw WriteRefusedException.of(Terms.DCT_IDENTIFIER.getURI(),
                        "Er bestaat al een verwerking met identificatie '" + id + "'.",
                        "A processing activity with identifier '" + id + "' already exists.");
            }
            if (!isNew && !exists) {
                throw new RecordNotFoundException("Verwerking", id);
            }
            writer.replaceGraph(graphName, graph(id, draft));
            return null;
        });
    }

    /** Creates or replaces every given activity in one write transaction: all of them, or (refused) none. */
    public void saveAll(Map<ProcessingActivityId, ProcessingActivityDraft> drafts) {
        if (drafts.isEmpty()) {
            return;
        }
        store.write(writer -> {
            drafts.forEach((id, draft) -> writer.replaceGraph(iris.processingGraph(id.uuid()), graph(id, draft)));
            return null;
        });
    }

    /** What {@link #saveAll} would be refused for, without writing anything. */
    public List<WriteRefusedException.Violation> trial(Map<ProcessingActivityId, ProcessingActivityDraft> drafts) {
        if (drafts.isEmpty()) {
            return List.of();
        }
        return store.trial(writer -> drafts.forEach((id, draft) ->
                writer.replaceGraph(iris.processingGraph(id.uuid()), graph(id, draft))));
    }

    public void delete(ProcessingActivityId id) {
        Node graphName = iris.processingGraph(id.uuid());
        store.write(writer -> {
            if (!writer.containsGraph(graphName)) {
                throw new RecordNotFoundException("Verwerking", id);
            }
            writer.removeGraph(graphName);
            return null;
        });
    }

    /** The activity a violation's focus node names, if it is one. */
    public Optional<ProcessingActivityId> activityOf(String focusNode) {
        String iri = focusNode.startsWith("<") && focusNode.endsWith(">")
                ? focusNode.substring(1, focusNode.length() - 1) : focusNode;
        return iris.processingId(iri).map(ProcessingActivityId::new);
    }

    private Graph graph(ProcessingActivityId id, ProcessingActivityDraft d) {
        Node a = iris.processing(id.uuid());
        Graph g = GraphFactory.createDefaultGraph();
        add(g, a, Terms.RDF_TYPE, TYPE);
        add(g, a, Terms.DCT_IDENTIFIER, Literals.plain(id.toString()));
        if (!d.title().isEmpty()) {
            add(g, a, Terms.DCT_TITLE, Literals.dutch(d.title()));
        }
        if (!d.description().isEmpty()) {
            add(g, a, Terms.DCT_DESCRIPTION, Literals.dutch(d.description()));
        }
        d.purposes().forEach(p -> add(g, a, P_PURPOSE, Literals.dutch(p)));
        d.legalBasisIris().forEach(b -> add(g, a, Terms.DPV_HAS_LEGAL_BASIS, Literals.iri(b, "Grondslag")));
        if (!d.legalGround().isEmpty()) {
            add(g, a, Terms.DW_LEGAL_GROUND, Literals.plain(d.legalGround()));
        }
        d.dataSubjectIris().forEach(s -> add(g, a, P_DATA_SUBJECT, Literals.iri(s, "Betrokkenen")));
        d.personalDataCategoryIris().forEach(c -> add(g, a, Terms.DW_PERSONAL_DATA_CATEGORY,
                Literals.iri(c, "Categorie persoonsgegevens")));
        d.recipients().forEach(r -> add(g, a, P_RECIPIENT, Literals.dutch(r)));
        if (!d.retentionPeriod().isEmpty()) {
            add(g, a, P_RETENTION, Literals.dutch(d.retentionPeriod()));
        }
        if (!d.securityMeasures().isEmpty()) {
            add(g, a, P_SECURITY, Literals.dutch(d.securityMeasures()));
        }
        if (!d.dpiaReference().isEmpty()) {
            add(g, a, P_DPIA, Literals.plain(d.dpiaReference()));
        }
        if (!d.processorAgreement().isEmpty()) {
            add(g, a, P_PROCESSOR, Literals.plain(d.processorAgreement()));
        }
        for (SystemId system : d.systems()) {
            add(g, a, P_SYSTEM, iris.record(RecordKind.SYSTEM, system.slug()));
        }
        for (DatasetId dataset : d.datasets()) {
            add(g, a, P_DATASET, iris.record(RecordKind.DATASET, dataset.slug()));
        }
        add(g, a, Terms.DCT_MODIFIED, Literals.now());
        return g;
    }

    private static void add(Graph graph, Node s, Node p, Node o) {
        graph.add(Triple.create(s, p, o));
    }
}
