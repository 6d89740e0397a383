package nl.datawijzer.needs.internal;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;
import nl.datawijzer.needs.EventKind;
import nl.datawijzer.needs.NeedEvent;
import nl.datawijzer.needs.NeedId;
import nl.datawijzer.needs.NeedNotification;
import nl.datawijzer.needs.NeedValue;
import nl.datawijzer.rdf.Iris;
import nl.datawijzer.rdf.PreparedQuery;
import nl.datawijzer.rdf.RdfStore;
import nl.datawijzer.rdf.RecordKind;
import nl.datawijzer.rdf.Row;
import nl.datawijzer.rdf.Sparql;
import nl.datawijzer.rdf.vocab.Literals;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.graph.GraphFactory;
import org.springframework.stereotype.Repository;

/**
 * Notifications about information needs in the internal store: each in its own graph
 * {@code graph/need-notification/m{uuid}}, for one account or one role. Who read it is kept as {@code dw:readBy}
 * account names on the notification itself, so one notification to a role is read or unread per account.
 */
@Repository
public class NeedNotificationRepository {

    /** What marking one notification read came to. */
    public enum Marked { MARKED, NOT_FOUND, NOT_YOURS }

    private static final String DIR = "nl/datawijzer/needs/internal/";
    private static final String DW = "https://w3id.org/datawijzer/def#";
    private static final Pattern ID = Pattern.compile("m[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");
    private static final Node TYPE = iri("http://www.w3.org/1999/02/22-rdf-syntax-ns#type");
    private static final Node NOTIFICATION = iri(DW + "NeedNotification");
    private static final Node ABOUT = iri(DW + "notificationAbout");
    private static final Node OF = iri(DW + "notificationOf");
    private static final Node KIND = iri(DW + "notificationKind");
    private static final Node CHANGED_BY = iri(DW + "changedBy");
    private static final Node TEXT = iri(DW + "notificationText");
    private static final Node TO_ACCOUNT = iri(DW + "recipientAccount");
    private static final Node TO_ROLE = iri(DW + "recipientRole");
    private static final Node READ_BY = iri(DW + "readBy");
    private static final Node CREATED = iri("http://purl.org/dc/terms/created");

    private final RdfStore store;
    private final Iris iris;

    NeedNotificationRepository(RdfStore store, Iris iris) {
        this.store = store;
        this.iris = iris;
    }

    public static boolean isValidId(String id) {
        return id != null && ID.matcher(id).matches();
    }

    /**
     * Writes one notification per recipient about one history entry, all in one store write; nothing when that entry
     * was notified before (the same change is never told twice).
     *
     * @return how many notifications were written
     */
    public int save(NeedEvent source, String text, List<NeedNotification.Recipient> recipients) {
        if (recipients.isEmpty()) {
            return 0;
        }
        Node event = iris.record(RecordKind.NEED_EVENT, source.id());
        return store.write(writer -> {
            if (writer.ask(Sparql.query(DIR + "need-notified.rq").bind("event", event))) {
                return 0;
            }
            Node at = NodeFactory.createLiteralDT(source.at().toString(), XSDDatatype.XSDdateTime);
            for (NeedNotification.Recipient recipient : recipients) {
                String id = "m" + UUID.randomUUID();
                Node n = iris.record(RecordKind.NEED_NOTIFICATION, id);
                Graph g = GraphFactory.createDefaultGraph();
                g.add(Triple.create(n, TYPE, NOTIFICATION));
                g.add(Triple.create(n, ABOUT, iris.record(RecordKind.NEED, source.need().value())));
                g.add(Triple.create(n, OF, event));
                g.add(Triple.create(n, KIND, iri(source.kind().iri())));
                g.add(Triple.create(n, CHANGED_BY, Literals.plain(source.by())));
                g.add(Triple.create(n, CREATED, at));
                g.add(Triple.create(n, TEXT, Literals.dutch(text)));
                if (recipient.account() != null) {
                    g.add(Triple.create(n, TO_ACCOUNT, Literals.plain(recipient.account())));
                } else {
                    g.add(Triple.create(n, TO_ROLE, Literals.plain(Objects.requireNonNull(recipient.role()))));
                }
                writer.replaceGraph(iris.graph(RecordKind.NEED_NOTIFICATION, id), g);
            }
            return recipients.size();
        });
    }

    /** The notifications for {@code account} and its {@code roles}, newest first, at most {@code limit}. */
    public List<NeedNotification> list(String account, Set<String> roles, int limit) {
        return store.read(reader -> Row.of(reader.select(mine("need-notifications.rq", account, roles).page(0, limit)))
                .stream().map(this::notification).flatMap(Optional::stream).toList());
    }

    /** How many notifications for {@code account} and its {@code roles} that account has not read. */
    public int unread(String account, Set<String> roles) {
        return store.read(reader -> Row.of(reader.select(mine("need-notifications-unread.rq", account, roles).count()))
                .stream().findFirst().map(row -> row.integer("count")).orElse(0));
    }

    /** Marks one notification read by {@code account}, when it is for that account or one of its roles. */
    public Marked markRead(String id, String account, Set<String> roles) {
        if (!isValidId(id)) {
            return Marked.NOT_FOUND;
        }
        Node graphName = iris.graph(RecordKind.NEED_NOTIFICATION, id);
        Node n = iris.record(RecordKind.NEED_NOTIFICATION, id);
        return store.write(writer -> {
            Graph g = writer.graph(graphName);
            if (!g.contains(n, TYPE, NOTIFICATION)) {
                return Marked.NOT_FOUND;
            }
            boolean forAccount = g.contains(n, TO_ACCOUNT, Literals.plain(account));
            boolean forRole = roles.stream().anyMatch(role -> g.contains(n, TO_ROLE, Literals.plain(role)));
            if (!forAccount && !forRole) {
                return Marked.NOT_YOURS;
            }
            Node reader = Literals.plain(account);
            if (!g.contains(n, READ_BY, reader)) {
                writer.changeGraph(graphName, live -> live.add(Triple.create(n, READ_BY, reader)));
            }
            return Marked.MARKED;
        });
    }

    /** Marks every unread notification of {@code account} and its {@code roles} read by that account, in one write. */
    public int markAllRead(String account, Set<String> roles) {
        Node reader = Literals.plain(account);
        return store.write(writer -> {
            List<String> unread = Row.of(writer.select(mine("need-notifications-unread.rq", account, roles))).stream()
                    .map(row -> iris.slugOf(RecordKind.NEED_NOTIFICATION, row.iri("notification")))
                    .flatMap(Optional::stream).distinct().toList();
            for (String id : unread) {
                Node n = iris.record(RecordKind.NEED_NOTIFICATION, id);
                writer.changeGraph(iris.graph(RecordKind.NEED_NOTIFICATION, id),
                        live -> live.add(Triple.create(n, READ_BY, reader)));
            }
            return unread.size();
        });
    }

    private static PreparedQuery mine(String file, String account, Set<String> roles) {
        Node me = Literals.plain(account);
        // VALUES needs at least one term; a role name no account can hold stands in for "no roles".
        List<Node> roleNodes = roles.isEmpty() ? List.of(Literals.plain("-"))
                : roles.stream().sorted().map(Literals::plain).toList();
        return Sparql.query(DIR + file).bind("me", me).values("account", List.of(me)).values("role", roleNodes);
    }

    private Optional<NeedNotification> notification(Row row) {
        Optional<String> id = iris.slugOf(RecordKind.NEED_NOTIFICATION, row.iri("notification"));
        Optional<NeedId> need = iris.slugOf(RecordKind.NEED, row.iri("need")).filter(NeedId::isValid).map(NeedId::new);
        Optional<EventKind> kind = NeedValue.ofIri(EventKind.class, row.iri("kind"));
        if (id.isEmpty() || need.isEmpty() || kind.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new NeedNotification(id.get(), need.get(), kind.get(), row.text("by"),
                Objects.requireNonNullElse(row.instant("at"), Instant.EPOCH), row.text("text"), row.bool("read")));
    }

    private static Node iri(String iri) {
        return NodeFactory.createURI(iri);
    }
}
