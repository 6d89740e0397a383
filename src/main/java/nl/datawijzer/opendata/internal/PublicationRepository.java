package nl.datawijzer.opendata.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import nl.datawijzer.opendata.Notice;
import nl.datawijzer.opendata.PublicationRefusedException;
import nl.datawijzer.opendata.PublicationState;
import nl.datawijzer.opendata.PublicationStatus;
import nl.datawijzer.opendata.PublicationStep;
import nl.datawijzer.rdf.Iris;
import nl.datawijzer.rdf.RdfStore;
import nl.datawijzer.rdf.RecordKind;
import nl.datawijzer.rdf.Row;
import nl.datawijzer.rdf.Sparql;
import nl.datawijzer.rdf.StoreReader;
import nl.datawijzer.rdf.vocab.Literals;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.graph.GraphFactory;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Repository;

/**
 * The publication workflow in the internal store: one {@code dw:Publication} per dataset (its current state, replaced
 * at every transition), an append-only {@code dw:PublicationDecision} per transition, and {@code dw:Notice}s to owners.
 * A transition writes state, decision and notice in one validated transaction.
 */
@Repository
public class PublicationRepository {

    private static final String DIR = "nl/datawijzer/opendata/internal/";
    static final String DW = "https://w3id.org/datawijzer/def#";
    static final Node TYPE = iri("http://www.w3.org/1999/02/22-rdf-syntax-ns#type");
    static final Node PUBLICATION = iri(DW + "Publication");
    static final Node DECISION = iri(DW + "PublicationDecision");
    static final Node NOTICE = iri(DW + "Notice");
    static final Node PUBLICATION_OF = iri(DW + "publicationOf");
    static final Node STATE = iri(DW + "publicationState");
    static final Node FROM_STATE = iri(DW + "fromState");
    static final Node TO_STATE = iri(DW + "toState");
    static final Node DECIDED_BY = iri(DW + "decidedBy");
    static final Node RATIONALE = iri(DW + "rationale");
    static final Node RECIPIENT = iri(DW + "recipient");
    static final Node NOTICE_ABOUT = iri(DW + "noticeAbout");
    static final Node NOTICE_TEXT = iri(DW + "noticeText");
    static final Node NOTICE_READ = iri(DW + "noticeRead");
    static final Node OWNER = iri(DW + "owner");
    static final Node ENDED_AT = iri("http://www.w3.org/ns/prov#endedAtTime");
    static final Node MODIFIED = iri("http://purl.org/dc/terms/modified");
    static final Node ISSUED = iri("http://purl.org/dc/terms/issued");
    static final Node CREATED = iri("http://purl.org/dc/terms/created");

    private final RdfStore store;
    private final Iris iris;

    PublicationRepository(RdfStore store, Iris iris) {
        this.store = store;
        this.iris = iris;
    }

    /** The dataset's publication state, or empty when it never entered the workflow. */
    public Optional<PublicationStatus> status(String slug) {
        return store.read(reader -> status(reader, slug));
    }

    private Optional<PublicationStatus> status(StoreReader reader, String slug) {
        Node record = iris.record(RecordKind.PUBLICATION, slug);
        Graph graph = reader.graph(iris.graph(RecordKind.PUBLICATION, slug));
        Optional<PublicationState> state = object(graph, record, STATE).filter(Node::isURI)
                .flatMap(node -> PublicationState.ofIri(node.getURI()));
        if (state.isEmpty()) {
            return Optional.empty();
        }
        Instant modified = object(graph, record, MODIFIED).map(PublicationRepository::instant).orElse(Instant.EPOCH);
        Instant issued = object(graph, record, ISSUED).map(PublicationRepository::instant).orElse(null);
        return Optional.of(new PublicationStatus(slug, state.get(), modified, issued));
    }

    /** The slugs of the datasets in one of these states, with their Dutch titles, in slug order. */
    public List<Titled> inState(Collection<PublicationState> states) {
        return store.read(reader -> Row.of(reader.select(Sparql.query(DIR + "publications.rq")
                        .values("state", states.stream().map(s -> iri(s.iri())).toList()))).stream()
                .map(row -> new Titled(slugOf(row.iri("dataset")), row.text("title")))
                .filter(t -> !t.slug().isEmpty()).toList());
    }

    /** A dataset slug and its Dutch title (empty when the dataset is gone). */
    public record Titled(String slug, String title) {
    }

    /** The datasets in {@code state} that are, or are built on (transitively), one of {@code changed}. */
    public List<String> dependingOn(Collection<String> changed, PublicationState state) {
        if (changed.isEmpty()) {
            return List.of();
        }
        return store.read(reader -> Row.of(reader.select(Sparql.query(DIR + "published-depending-on.rq")
                        .bind("published", iri(state.iri()))
                        .values("changed", changed.stream().map(s -> iris.record(RecordKind.DATASET, s)).toList())))
                .stream().map(row -> slugOf(row.iri("dataset"))).filter(s -> !s.isEmpty()).toList());
    }

    public List<PublicationStep> history(String slug) {
        return store.read(reader -> Row.of(reader.select(Sparql.query(DIR + "publication-history.rq")
                        .bind("dataset", iris.record(RecordKind.DATASET, slug)))).stream()
                .map(row -> new PublicationStep(last(row.iri("decision")),
                        java.util.Objects.requireNonNullElse(row.instant("at"), Instant.EPOCH), row.text("by"),
                        PublicationState.ofIri(row.iri("from")).orElse(null),
                        PublicationState.ofIri(row.iri("to")).orElseThrow(), row.text("note")))
                .toList());
    }

    /** Notices, newest first, at most {@code limit}. */
    public List<Notice> notices(int limit) {
        return store.read(reader -> Row.of(reader.select(Sparql.query(DIR + "notices.rq").page(0, limit))).stream()
                .map(row -> new Notice(last(row.iri("notice")), slugOf(row.iri("dataset")), row.text("datasetTitle"),
                        row.text("recipientName"), row.text("text"),
                        java.util.Objects.requireNonNullElse(row.instant("created"), Instant.EPOCH), row.bool("read")))
                .toList());
    }

    /** Marks a notice read; false when there is no such notice. */
    public boolean markRead(String noticeSlug) {
        Node graphName = iris.graph(RecordKind.NOTICE, noticeSlug);
        Node notice = iris.record(RecordKind.NOTICE, noticeSlug);
        return store.write(writer -> {
            Graph graph = writer.graph(graphName);
            if (!graph.contains(notice, TYPE, NOTICE)) {
                return false;
            }
            graph.remove(notice, NOTICE_READ, Node.ANY);
            graph.add(notice, NOTICE_READ, Literals.bool(true));
            writer.replaceGraph(graphName, graph);
            return true;
        });
    }

    /**
     * One transition: the new state, its decision and (when {@code noticeText} is given and the dataset has an owner)
     * a notice to the owner, in one transaction. Refused, writing nothing, when the state is no longer
     * {@code expected} (someone else moved it meanwhile).
     *
     * @param expected the state the caller saw, or null when the dataset had none
     * @return the new status
     */
    public PublicationStatus transition(String slug, @Nullable PublicationState expected, PublicationState to,
            String actor, String note, @Nullable String noticeText) {
        return store.write(writer -> {
            Optional<PublicationStatus> current = status(writer, slug);
            PublicationState before = current.map(PublicationStatus::state).orElse(null);
            if (before != expected) {
                throw new PublicationRefusedException("De publicatiestatus van '" + slug
                        + "' is intussen gewijzigd. Laad de pagina opnieuw en probeer het nog eens.");
            }
            Node dataset = iris.record(RecordKind.DATASET, slug);
            Node now = Literals.nowPrecise();
            Instant issued = current.map(PublicationStatus::issued).orElse(null);

            Node record = iris.record(RecordKind.PUBLICATION, slug);
            Graph publication = GraphFactory.createDefaultGraph();
            publication.add(Triple.create(record, TYPE, PUBLICATION));
            publication.add(Triple.create(record, PUBLICATION_OF, dataset));
            publication.add(Triple.create(record, STATE, iri(to.iri())));
            publication.add(Triple.create(record, MODIFIED, now));
            if (issued != null) {
                publication.add(Triple.create(record, ISSUED, dateTime(issued)));
            } else if (to == PublicationState.PUBLISHED) {
                publication.add(Triple.create(record, ISSUED, now));
            }
            writer.replaceGraph(iris.graph(RecordKind.PUBLICATION, slug), publication);

            String decisionSlug = "d" + UUID.randomUUID();
            Node decision = iris.record(RecordKind.PUBLICATION_DECISION, decisionSlug);
            Graph history = GraphFactory.createDefaultGraph();
            history.add(Triple.create(decision, TYPE, DECISION));
            history.add(Triple.create(decision, PUBLICATION_OF, dataset));
            if (before != null) {
                history.add(Triple.create(decision, FROM_STATE, iri(before.iri())));
            }
            history.add(Triple.create(decision, TO_STATE, iri(to.iri())));
            history.add(Triple.create(decision, DECIDED_BY, Literals.plain(actor)));
            history.add(Triple.create(decision, ENDED_AT, now));
            if (!note.isBlank()) {
                history.add(Triple.create(decision, RATIONALE, Literals.dutch(note)));
            }
            writer.replaceGraph(iris.graph(RecordKind.PUBLICATION_DECISION, decisionSlug), history);

            if (noticeText != null) {
                Graph datasetGraph = writer.graph(iris.graph(RecordKind.DATASET, slug));
                Optional<Node> owner = object(datasetGraph, dataset, OWNER).filter(Node::isURI);
                if (owner.isPresent()) {
                    String noticeSlug = "n" + UUID.randomUUID();
                    Node notice = iris.record(RecordKind.NOTICE, noticeSlug);
                    Graph message = GraphFactory.createDefaultGraph();
                    message.add(Triple.create(notice, TYPE, NOTICE));
                    message.add(Triple.create(notice, RECIPIENT, owner.get()));
                    message.add(Triple.create(notice, NOTICE_ABOUT, dataset));
                    message.add(Triple.create(notice, NOTICE_TEXT, Literals.dutch(noticeText)));
                    message.add(Triple.create(notice, CREATED, now));
                    message.add(Triple.create(notice, NOTICE_READ, Literals.bool(false)));
                    writer.replaceGraph(iris.graph(RecordKind.NOTICE, noticeSlug), message);
                }
            }
            Instant at = instant(now);
            return new PublicationStatus(slug, to, at,
                    issued != null ? issued : to == PublicationState.PUBLISHED ? at : null);
        });
    }

    private String slugOf(String datasetIri) {
        return iris.slugOf(RecordKind.DATASET, datasetIri).orElse("");
    }

    private static String last(String iri) {
        return iri.substring(iri.lastIndexOf('/') + 1);
    }

    private static Optional<Node> object(Graph graph, Node subject, Node predicate) {
        return graph.find(subject, predicate, Node.ANY).nextOptional().map(Triple::getObject);
    }

    private static Instant instant(Node literal) {
        return java.time.OffsetDateTime.parse(literal.getLiteralLexicalForm()).toInstant();
    }

    private static Node dateTime(Instant instant) {
        return NodeFactory.createLiteralDT(instant.toString(), org.apache.jena.datatypes.xsd.XSDDatatype.XSDdateTime);
    }

    static Node iri(String iri) {
        return NodeFactory.createURI(iri);
    }

    /** For the view derivation: the time of first publication recorded for the dataset, if any. */
    Optional<Instant> issued(StoreReader reader, String slug) {
        return status(reader, slug).map(PublicationStatus::issued);
    }

}
