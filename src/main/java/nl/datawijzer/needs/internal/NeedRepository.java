package nl.datawijzer.needs.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import nl.datawijzer.needs.EventKind;
import nl.datawijzer.needs.Feedback;
import nl.datawijzer.needs.FeedbackVerdict;
import nl.datawijzer.needs.FigureKind;
import nl.datawijzer.needs.FollowUpKind;
import nl.datawijzer.needs.LinkedRecord;
import nl.datawijzer.needs.MeasureKind;
import nl.datawijzer.needs.Need;
import nl.datawijzer.needs.NeedDomain;
import nl.datawijzer.needs.NeedDraft;
import nl.datawijzer.needs.NeedEvent;
import nl.datawijzer.needs.NeedId;
import nl.datawijzer.needs.NeedStep;
import nl.datawijzer.needs.NeedType;
import nl.datawijzer.needs.NeedValue;
import nl.datawijzer.needs.Recurrence;
import nl.datawijzer.needs.SteeringLevel;
import nl.datawijzer.rdf.Iris;
import nl.datawijzer.rdf.RdfStore;
import nl.datawijzer.rdf.RecordKind;
import nl.datawijzer.rdf.Row;
import nl.datawijzer.rdf.Sparql;
import nl.datawijzer.rdf.StoreReader;
import nl.datawijzer.rdf.StoreWriter;
import nl.datawijzer.rdf.vocab.Literals;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.graph.GraphFactory;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Repository;

/**
 * Information needs in the internal store: each need in its own graph {@code graph/need/{id}} (replaced at every
 * change), each history entry in its own append-only graph {@code graph/need-event/{e…}}. A change is made through
 * {@link #write}: one store transaction in which the caller reads, checks, saves the need and records its history, so
 * the shapes validate all of it together and a refusal leaves nothing behind.
 */
@Repository
public class NeedRepository {

    private static final String DIR = "nl/datawijzer/needs/internal/";
    private static final String DW = "https://w3id.org/datawijzer/def#";
    private static final Node TYPE = iri("http://www.w3.org/1999/02/22-rdf-syntax-ns#type");
    private static final Node NEED = iri(DW + "InformationNeed");
    private static final Node EVENT = iri(DW + "NeedEvent");
    private static final Node QUESTION = iri(DW + "question");
    private static final Node DOMAIN = iri(DW + "needDomain");
    private static final Node POPULATION = iri(DW + "population");
    private static final Node UNIT = iri(DW + "needUnit");
    private static final Node MEASURE = iri(DW + "measureKind");
    private static final Node DEFINITION = iri(DW + "measureDefinition");
    private static final Node FIGURE = iri(DW + "figureKind");
    private static final Node REFERENCE_DATE = iri(DW + "referenceDate");
    private static final Node PURPOSE = iri(DW + "needPurpose");
    private static final Node DECISION = iri(DW + "supportsDecision");
    private static final Node STEERING = iri(DW + "needSteeringLevel");
    private static final Node USERS = iri(DW + "intendedUsers");
    private static final Node CANDIDATE = iri(DW + "candidateDataset");
    private static final Node NEW_DATA = iri(DW + "newDataNeeded");
    private static final Node PERIOD_START = iri(DW + "periodStart");
    private static final Node PERIOD_END = iri(DW + "periodEnd");
    private static final Node NEEDED_BY = iri(DW + "neededBy");
    private static final Node RECURRENCE = iri(DW + "recurrence");
    private static final Node REQUESTER = iri(DW + "requester");
    private static final Node STEP = iri(DW + "needStep");
    private static final Node NEED_TYPE = iri(DW + "needType");
    private static final Node ASSIGNEE = iri(DW + "assignee");
    private static final Node LINKED_DATASET = iri(DW + "linkedDataset");
    private static final Node LINKED_KPI = iri(DW + "linkedKpi");
    private static final Node FOLLOW_UP_OF = iri(DW + "followUpOf");
    private static final Node FOLLOW_UP_KIND = iri(DW + "followUpKind");
    private static final Node VERDICT = iri(DW + "feedbackVerdict");
    private static final Node FEEDBACK_TEXT = iri(DW + "feedbackText");
    private static final Node EVENT_OF = iri(DW + "eventOf");
    private static final Node EVENT_KIND = iri(DW + "eventKind");
    private static final Node FROM_STEP = iri(DW + "fromStep");
    private static final Node TO_STEP = iri(DW + "toStep");
    private static final Node EVENT_TEXT = iri(DW + "eventText");
    private static final Node DECIDED_BY = iri(DW + "decidedBy");
    private static final Node ENDED_AT = iri("http://www.w3.org/ns/prov#endedAtTime");
    private static final Node CREATED = iri("http://purl.org/dc/terms/created");
    private static final Node MODIFIED = iri("http://purl.org/dc/terms/modified");
    private static final Node DATASET_CLASS = iri("http://www.w3.org/ns/dcat#Dataset");
    private static final Node KPI_CLASS = iri(DW + "Kpi");

    private final RdfStore store;
    private final Iris iris;

    NeedRepository(RdfStore store, Iris iris) {
        this.store = store;
        this.iris = iris;
    }

    /** What a change may do inside its one transaction. */
    public interface Tx {
        Optional<Need> find(NeedId id);

        /** Writes the need's graph whole (a new need, or its replacement). */
        void save(Need need);

        /** Adds one history entry; its graph is new, and the store refuses to replace it later. */
        void record(NeedEvent event);

        boolean datasetExists(String slug);

        boolean kpiExists(String slug);
    }

    public <T> T write(Function<Tx, T> action) {
        return store.write(writer -> action.apply(new WriterTx(writer)));
    }

    public Optional<Need> find(NeedId id) {
        return store.read(reader -> read(reader, id));
    }

    public List<Need> all() {
        return store.read(reader -> Row.of(reader.select(Sparql.query(DIR + "needs.rq"))).stream()
                .map(row -> iris.slugOf(RecordKind.NEED, row.iri("need")).filter(NeedId::isValid))
                .flatMap(Optional::stream)
                .map(slug -> read(reader, new NeedId(slug))).flatMap(Optional::stream).toList());
    }

    public List<NeedEvent> history(NeedId id) {
        return store.read(reader -> Row.of(reader.select(Sparql.query(DIR + "need-history.rq")
                        .bind("need", iris.record(RecordKind.NEED, id.value())))).stream()
                .map(row -> event(row, id))
                .toList());
    }

    /** The history of every need, oldest entry first, read in one query (needs without history are absent). */
    public Map<NeedId, List<NeedEvent>> histories() {
        return store.read(reader -> {
            Map<NeedId, List<NeedEvent>> histories = new LinkedHashMap<>();
            for (Row row : Row.of(reader.select(Sparql.query(DIR + "need-histories.rq")))) {
                iris.slugOf(RecordKind.NEED, row.iri("need")).filter(NeedId::isValid).map(NeedId::new)
                        .ifPresent(id -> histories.computeIfAbsent(id, k -> new ArrayList<>()).add(event(row, id)));
            }
            Map<NeedId, List<NeedEvent>> copy = new LinkedHashMap<>();
            histories.forEach((id, events) -> copy.put(id, List.copyOf(events)));
            return copy;
        });
    }

    private static NeedEvent event(Row row, NeedId id) {
        return new NeedEvent(last(row.iri("event")), id,
                java.util.Objects.requireNonNullElse(row.instant("at"), Instant.EPOCH), row.text("by"),
                NeedValue.ofIri(EventKind.class, row.iri("kind")).orElse(EventKind.COMMENT),
                step(row.node("from")), step(row.node("to")),
                java.util.Objects.requireNonNullElse(row.optionalText("text"), ""));
    }

    /** KPIs with their Dutch title, by title. */
    public List<LinkedRecord> kpis() {
        return titled(RecordKind.KPI, KPI_CLASS, List.of());
    }

    /** The datasets among {@code slugs} that exist, with their Dutch title; slugs no longer in the catalogue are left out. */
    public List<LinkedRecord> datasets(List<String> slugs) {
        List<Node> records = slugs.stream().filter(Iris::isValidSlug).distinct()
                .map(slug -> iris.record(RecordKind.DATASET, slug)).toList();
        return records.isEmpty() ? List.of() : titled(RecordKind.DATASET, DATASET_CLASS, records);
    }

    private List<LinkedRecord> titled(RecordKind kind, Node type, List<Node> only) {
        return store.read(reader -> {
            var query = Sparql.query(DIR + "titled-records.rq").bind("type", type);
            if (!only.isEmpty()) {
                query.values("record", only);
            }
            java.util.Map<String, LinkedRecord> bySlug = new java.util.LinkedHashMap<>();
            Row.of(reader.select(query)).forEach(row -> iris.slugOf(kind, row.iri("record"))
                    .ifPresent(slug -> bySlug.putIfAbsent(slug, new LinkedRecord(slug, row.text("title")))));
            return List.copyOf(bySlug.values());
        });
    }

    private static @Nullable NeedStep step(@Nullable Node node) {
        return node == null || !node.isURI() ? null : NeedValue.ofIri(NeedStep.class, node.getURI()).orElse(null);
    }

    private final class WriterTx implements Tx {
        private final StoreWriter writer;

        WriterTx(StoreWriter writer) {
            this.writer = writer;
        }

        @Override
        public Optional<Need> find(NeedId id) {
            return read(writer, id);
        }

        @Override
        public void save(Need need) {
            writer.replaceGraph(iris.graph(RecordKind.NEED, need.id().value()), graphOf(need));
        }

        @Override
        public void record(NeedEvent event) {
            Node node = iris.record(RecordKind.NEED_EVENT, event.id());
            Graph graph = GraphFactory.createDefaultGraph();
            graph.add(Triple.create(node, TYPE, EVENT));
            graph.add(Triple.create(node, EVENT_OF, iris.record(RecordKind.NEED, event.need().value())));
            graph.add(Triple.create(node, EVENT_KIND, iri(event.kind().iri())));
            graph.add(Triple.create(node, DECIDED_BY, Literals.plain(event.by())));
            graph.add(Triple.create(node, ENDED_AT, dateTime(event.at())));
            if (event.from() != null) {
                graph.add(Triple.create(node, FROM_STEP, iri(event.from().iri())));
            }
            if (event.to() != null) {
                graph.add(Triple.create(node, TO_STEP, iri(event.to().iri())));
            }
            if (!event.text().isBlank()) {
                graph.add(Triple.create(node, EVENT_TEXT, Literals.dutch(event.text())));
            }
            writer.replaceGraph(iris.graph(RecordKind.NEED_EVENT, event.id()), graph);
        }

        @Override
        public boolean datasetExists(String slug) {
            return exists(slug, RecordKind.DATASET, DATASET_CLASS);
        }

        @Override
        public boolean kpiExists(String slug) {
            return exists(slug, RecordKind.KPI, KPI_CLASS);
        }

        private boolean exists(String slug, RecordKind kind, Node type) {
            return Iris.isValidSlug(slug) && writer.ask(Sparql.query(DIR + "record-exists.rq")
                    .bind("record", iris.record(kind, slug)).bind("type", type));
        }
    }

    private Graph graphOf(Need need) {
        Node n = iris.record(RecordKind.NEED, need.id().value());
        NeedDraft d = need.draft();
        Graph g = GraphFactory.createDefaultGraph();
        g.add(Triple.create(n, TYPE, NEED));
        text(g, n, QUESTION, d.question());
        value(g, n, DOMAIN, d.domain());
        text(g, n, POPULATION, d.population());
        text(g, n, UNIT, d.unit());
        value(g, n, MEASURE, d.measure());
        text(g, n, DEFINITION, d.measureDefinition());
        value(g, n, FIGURE, d.figure());
        date(g, n, REFERENCE_DATE, d.referenceDate());
        text(g, n, PURPOSE, d.purpose());
        text(g, n, DECISION, d.decision());
        value(g, n, STEERING, d.steeringLevel());
        text(g, n, USERS, d.users());
        d.candidateDatasets().forEach(slug -> g.add(Triple.create(n, CANDIDATE, iris.record(RecordKind.DATASET, slug))));
        g.add(Triple.create(n, NEW_DATA, Literals.bool(d.newDataNeeded())));
        date(g, n, PERIOD_START, d.periodStart());
        date(g, n, PERIOD_END, d.periodEnd());
        date(g, n, NEEDED_BY, d.neededBy());
        value(g, n, RECURRENCE, d.recurrence());
        g.add(Triple.create(n, REQUESTER, Literals.plain(need.requester())));
        value(g, n, STEP, need.step());
        value(g, n, NEED_TYPE, need.type());
        if (need.assignee() != null) {
            g.add(Triple.create(n, ASSIGNEE, Literals.plain(need.assignee())));
        }
        need.datasets().forEach(slug -> g.add(Triple.create(n, LINKED_DATASET, iris.record(RecordKind.DATASET, slug))));
        need.kpis().forEach(slug -> g.add(Triple.create(n, LINKED_KPI, iris.record(RecordKind.KPI, slug))));
        if (need.followUpOf() != null) {
            g.add(Triple.create(n, FOLLOW_UP_OF, iris.record(RecordKind.NEED, need.followUpOf().value())));
        }
        value(g, n, FOLLOW_UP_KIND, need.followUpKind());
        if (need.feedback() != null) {
            value(g, n, VERDICT, need.feedback().verdict());
            text(g, n, FEEDBACK_TEXT, need.feedback().text());
        }
        g.add(Triple.create(n, CREATED, dateTime(need.created())));
        g.add(Triple.create(n, MODIFIED, dateTime(need.modified())));
        return g;
    }

    private Optional<Need> read(StoreReader reader, NeedId id) {
        Node n = iris.record(RecordKind.NEED, id.value());
        Graph g = reader.graph(iris.graph(RecordKind.NEED, id.value()));
        if (!g.contains(n, TYPE, NEED)) {
            return Optional.empty();
        }
        NeedDraft draft = new NeedDraft(text(g, n, QUESTION), value(g, n, DOMAIN, NeedDomain.class),
                text(g, n, POPULATION), text(g, n, UNIT), value(g, n, MEASURE, MeasureKind.class),
                text(g, n, DEFINITION), value(g, n, FIGURE, FigureKind.class), date(g, n, REFERENCE_DATE),
                text(g, n, PURPOSE), text(g, n, DECISION), value(g, n, STEERING, SteeringLevel.class),
                text(g, n, USERS), slugs(g, n, CANDIDATE, RecordKind.DATASET),
                object(g, n, NEW_DATA).map(o -> "true".equals(o.getLiteralLexicalForm())).orElse(false),
                date(g, n, PERIOD_START), date(g, n, PERIOD_END), date(g, n, NEEDED_BY),
                value(g, n, RECURRENCE, Recurrence.class));
        FeedbackVerdict verdict = value(g, n, VERDICT, FeedbackVerdict.class);
        NeedId followUpOf = object(g, n, FOLLOW_UP_OF).filter(Node::isURI)
                .flatMap(o -> iris.slugOf(RecordKind.NEED, o.getURI())).filter(NeedId::isValid).map(NeedId::new)
                .orElse(null);
        String assignee = object(g, n, ASSIGNEE).map(Node::getLiteralLexicalForm).orElse(null);
        NeedStep step = value(g, n, STEP, NeedStep.class);
        return Optional.of(new Need(id, draft, text(g, n, REQUESTER), step == null ? NeedStep.CONCEPT : step,
                value(g, n, NEED_TYPE, NeedType.class), assignee, slugs(g, n, LINKED_DATASET, RecordKind.DATASET),
                slugs(g, n, LINKED_KPI, RecordKind.KPI), followUpOf, value(g, n, FOLLOW_UP_KIND, FollowUpKind.class),
                verdict == null ? null : new Feedback(verdict, text(g, n, FEEDBACK_TEXT)),
                instant(g, n, CREATED), instant(g, n, MODIFIED)));
    }

    private List<String> slugs(Graph g, Node n, Node p, RecordKind kind) {
        List<String> slugs = new ArrayList<>();
        g.find(n, p, Node.ANY).forEachRemaining(t -> {
            if (t.getObject().isURI()) {
                iris.slugOf(kind, t.getObject().getURI()).ifPresent(slugs::add);
            }
        });
        slugs.sort(null);
        return slugs;
    }

    private static Optional<Node> object(Graph g, Node s, Node p) {
        return g.find(s, p, Node.ANY).nextOptional().map(Triple::getObject);
    }

    private static String text(Graph g, Node s, Node p) {
        return object(g, s, p).filter(Node::isLiteral).map(Node::getLiteralLexicalForm).orElse("");
    }

    private static <E extends Enum<E> & NeedValue> @Nullable E value(Graph g, Node s, Node p, Class<E> type) {
        return object(g, s, p).filter(Node::isURI).flatMap(o -> NeedValue.ofIri(type, o.getURI())).orElse(null);
    }

    private static @Nullable LocalDate date(Graph g, Node s, Node p) {
        return object(g, s, p).filter(Node::isLiteral).map(o -> LocalDate.parse(o.getLiteralLexicalForm())).orElse(null);
    }

    private static Instant instant(Graph g, Node s, Node p) {
        return object(g, s, p).filter(Node::isLiteral)
                .map(o -> java.time.OffsetDateTime.parse(o.getLiteralLexicalForm()).toInstant()).orElse(Instant.EPOCH);
    }

    private static void text(Graph g, Node s, Node p, String text) {
        if (!text.isBlank()) {
            g.add(Triple.create(s, p, Literals.dutch(text)));
        }
    }

    private static void value(Graph g, Node s, Node p, @Nullable NeedValue value) {
        if (value != null) {
            g.add(Triple.create(s, p, iri(value.iri())));
        }
    }

    private static void date(Graph g, Node s, Node p, @Nullable LocalDate date) {
        if (date != null) {
            g.add(Triple.create(s, p, NodeFactory.createLiteralDT(date.toString(), XSDDatatype.XSDdate)));
        }
    }

    private static Node dateTime(Instant instant) {
        return NodeFactory.createLiteralDT(instant.toString(), XSDDatatype.XSDdateTime);
    }

    private static String last(String iri) {
        return iri.substring(iri.lastIndexOf('/') + 1);
    }

    private static Node iri(String iri) {
        return NodeFactory.createURI(iri);
    }
}
