package nl.datawijzer.rdf;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.function.Function;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.graph.compose.MultiUnion;
import org.apache.jena.rdflink.RDFLink;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.RowSet;
import org.apache.jena.sparql.expr.E_NotExists;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.sparql.modify.request.QuadDataAcc;
import org.apache.jena.sparql.modify.request.UpdateDataInsert;
import org.apache.jena.sparql.modify.request.UpdateDrop;
import org.apache.jena.sparql.modify.request.UpdateModify;
import org.apache.jena.sparql.syntax.Element;
import org.apache.jena.sparql.syntax.ElementFilter;
import org.apache.jena.sparql.syntax.ElementGroup;
import org.apache.jena.sparql.syntax.ElementNamedGraph;
import org.apache.jena.sparql.syntax.ElementPathBlock;
import org.apache.jena.update.UpdateRequest;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@link RdfStore} on any SPARQL 1.1 server (Apache Jena Fuseki, or another store) reached through {@link RDFLink}, the
 * node-level face of {@code RDFConnection}. Several app nodes can share one server.
 *
 * <p>A write runs its action against a local working copy of the graphs it touches, validates the result against the
 * shapes, and commits it as ONE SPARQL Update request whose every operation is conditional on the store revision it
 * started from. The request also adds the write's audit entry and moves the revision on by one. So two nodes writing
 * at once cannot both win: the loser's request changes nothing, it sees that the audit entry of the next revision is
 * not its own, and runs its action again on the new state. A request whose answer was lost (a timeout, a dropped
 * connection) is resolved the same way: by reading which write the next revision belongs to, after fencing the old
 * revision so a request still on its way can no longer apply. No write is lost silently, and none is applied twice.
 *
 * <p>The server must show the union of its named graphs as the default graph (Fuseki with TDB2:
 * {@code tdb2:unionDefaultGraph true}), as the embedded store does. Unlike the embedded store, reads are consistent per
 * query, not across the queries of one {@link #read}; and inside a write, queries see the store as it was when the
 * write began, while whole-graph reads also see the write's own changes.
 */
public final class RemoteRdfStore implements RdfStore, AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(RemoteRdfStore.class);
    private static final String Q = "nl/datawijzer/rdf/remote/";

    private final RDFLink link;
    private final String location;
    private final ShapeValidator validator;
    private final Iris iris;
    private final long queryTimeoutMillis;
    private final WriteAuthor author;
    private final AuditTrail audit;
    private final int conflictRetries;
    private final Duration outcomeWait;
    private volatile Graph vocabulary;

    /**
     * @param link            the connection; closed with this store
     * @param location        where the server is, for messages (never with credentials)
     * @param conflictRetries how often a write runs again when other nodes keep winning
     * @param outcomeWait     how long a write whose answer was lost waits for the store to tell whether it committed
     */
    public RemoteRdfStore(RDFLink link, String location, ShapeValidator validator, Iris iris, long queryTimeoutMillis,
            WriteAuthor author, int conflictRetries, Duration outcomeWait) {
        this.link = link;
        this.location = location;
        this.validator = validator;
        this.iris = iris;
        this.queryTimeoutMillis = queryTimeoutMillis;
        this.author = author;
        this.audit = new AuditTrail(iris);
        this.conflictRetries = conflictRetries;
        this.outcomeWait = outcomeWait;
    }

    @Override
    public <T> T read(Function<StoreReader, T> action) {
        return action.apply(new Reader());
    }

    @Override
    public long revision() {
        List<Binding> rows = new Reader().select(Sparql.query(Q + "revision.rq").bind("meta", iris.metaGraph()));
        return rows.isEmpty() ? 0L : Long.parseLong(rows.getFirst().get(Var.alloc("revision")).getLiteralLexicalForm());
    }

    @Override
    public boolean isEmptyCatalog() {
        return !new Reader().ask(Sparql.query(Q + "has-catalog-record.rq")
                .bind("prefix", NodeFactory.createLiteralString(iris.recordGraphPrefix()))
                .values("graph", List.of(iris.vocabularyGraph(), iris.metaGraph(), iris.auditGraph())));
    }

    @Override
    public <T> T write(Function<StoreWriter, T> action) {
        for (int attempt = 1; ; attempt++) {
            long base = revision();
            Writer writer = new Writer();
            T result = action.apply(writer);
            Map<Node, Graph> changed = writer.changedGraphs();
            if (changed.isEmpty()) {
                return result;
            }
            if (changed.keySet().equals(Set.of(iris.vocabularyGraph()))) {
                // Reference data comes from the code and is the same on every node: no revision, no audit entry.
                replaceUnconditionally(iris.vocabularyGraph(), changed.get(iris.vocabularyGraph()));
                vocabulary = null;
                return result;
            }
            List<WriteRefusedException.Violation> violations = writer.validate();
            if (!violations.isEmpty()) {
                throw new WriteRefusedException(violations);
            }
            String writeId = UUID.randomUUID().toString();
            Outcome outcome = commit(writer, changed, base, writeId);
            if (outcome == Outcome.COMMITTED) {
                return result;
            }
            if (attempt > conflictRetries) {
                throw new StoreUnavailableException(
                        "Er werd te veel tegelijk gewijzigd in de opslag; uw wijziging is niet opgeslagen. Probeer het opnieuw.",
                        "Too many changes at once in the store; your change was not saved. Please try again.", null);
            }
            log.debug("Write conflict at revision {} (attempt {}); running the write again", base, attempt);
            pause(attempt);
        }
    }

    @Override
    public List<WriteRefusedException.Violation> trial(Consumer<StoreWriter> action) {
        Writer writer = new Writer();
        action.accept(writer);
        Map<Node, Graph> changed = writer.changedGraphs();
        return changed.isEmpty() ? List.of() : writer.validate();
    }

    /**
     * All named graphs from one query (one read on the server), streamed into the backup file. The default graph is
     * the union of the named graphs here, so it is not written separately.
     */
    @Override
    public BackupSummary backup(java.io.OutputStream out) {
        BackupFile.Writer backup = BackupFile.open(out, revision(), Instant.now(), iris.base());
        org.apache.jena.riot.system.StreamRDF stream = backup.stream();
        Var g = Var.alloc("graph");
        Var s = Var.alloc("s");
        Var p = Var.alloc("p");
        Var o = Var.alloc("o");
        try (QueryExec exec = link.newQuery().query(Sparql.query(Q + "all-quads.rq").query()).build()) {
            exec.select().forEachRemaining(row -> stream.quad(Quad.create(row.get(g), row.get(s), row.get(p), row.get(o))));
        } catch (BackupRefusedException e) {
            throw e;
        } catch (RuntimeException e) {
            throw unavailable(e);
        }
        return backup.finish();
    }

    /**
     * Checks the whole file, then replaces the server's dataset with it in one Graph Store Protocol PUT (one
     * transaction on the server), then moves the revision above both the backup's and the one before, with a restore
     * entry in the audit trail so that every node following the store rebuilds what it derived.
     */
    @Override
    public BackupSummary restore(java.nio.file.Path file) {
        BackupSummary checked = BackupFile.check(file);
        long before = revision();
        org.apache.jena.sparql.core.DatasetGraph content = org.apache.jena.sparql.core.DatasetGraphFactory.createTxnMem();
        BackupSummary loaded = BackupFile.read(file, org.apache.jena.riot.system.StreamRDFLib.dataset(content));
        if (!loaded.equals(checked)) {
            throw new BackupRefusedException("het bestand is veranderd tijdens het terugzetten");
        }
        try {
            link.putDataset(content);
            long restored = revision();
            long next = Math.max(before, restored) + 1;
            UpdateRequest request = new UpdateRequest();
            List<Quad> entry = new ArrayList<>();
            audit.restoreEntry(next, AuditTrail.actorName(author), Instant.now(), loaded)
                    .forEach(t -> entry.add(Quad.create(iris.auditGraph(), t)));
            ElementGroup always = new ElementGroup();
            request.add(modify(List.of(), entry, always));
            List<Quad> oldRevision = restored > 0 ? List.of(new Quad(iris.metaGraph(), iris.metaGraph(),
                    AuditTrail.REVISION, AuditTrail.revisionLiteral(restored))) : List.of();
            request.add(modify(oldRevision, List.of(new Quad(iris.metaGraph(), iris.metaGraph(), AuditTrail.REVISION,
                    AuditTrail.revisionLiteral(next))), always));
            send(request);
        } catch (RuntimeException e) {
            throw unavailable(e);
        }
        vocabulary = null;
        return loaded;
    }

    @Override
    public void close() {
        link.close();
    }

    /** Written into this store connection's audit entries, so the node can tell its own writes from others'. */
    String nodeId() {
        return audit.node();
    }

    private enum Outcome { COMMITTED, LOST_TO_ANOTHER_WRITE }

    private Outcome commit(Writer writer, Map<Node, Graph> changed, long base, String writeId) {
        UpdateRequest request = new UpdateRequest();
        Element unchangedSinceBase = revisionIs(base);
        for (Node graph : changed.keySet()) {
            request.add(deleteGraphContent(graph, unchangedSinceBase));
        }
        List<Quad> inserts = new ArrayList<>();
        changed.forEach((graph, content) -> content.find().forEachRemaining(t -> inserts.add(Quad.create(graph, t))));
        audit.entry(base + 1, writeId, AuditTrail.actorName(author), Instant.now(), sorted(changed.keySet()))
                .forEach(t -> inserts.add(Quad.create(iris.auditGraph(), t)));
        request.add(modify(List.of(), inserts, unchangedSinceBase));
        request.add(moveRevision(base, unchangedSinceBase));
        try {
            send(request);
        } catch (RuntimeException e) {
            log.warn("No answer to a write at revision {} from {}: {}; finding out whether it was committed", base,
                    location, e.toString());
            return resolveLostAnswer(base, writeId, e);
        }
        return committedAs(base + 1, writeId) ? Outcome.COMMITTED : Outcome.LOST_TO_ANOTHER_WRITE;
    }

    /**
     * The write's request got no answer. Once the store's revision has moved past {@code base}, the entry of
     * {@code base + 1} says whose write won; while it has not, a harmless fence write takes {@code base + 1}, after
     * which the lost request (conditional on {@code base}) can never apply.
     */
    private Outcome resolveLostAnswer(long base, String writeId, RuntimeException cause) {
        long deadline = System.nanoTime() + outcomeWait.toNanos();
        int attempt = 0;
        while (true) {
            try {
                if (revision() == base) {
                    fence(base);
                }
                return committedAs(base + 1, writeId) ? Outcome.COMMITTED : Outcome.LOST_TO_ANOTHER_WRITE;
            } catch (RuntimeException stillDown) {
                if (System.nanoTime() > deadline) {
                    throw new StoreUnavailableException(
                            "De opslag op " + location + " antwoordt niet. Het is niet zeker of uw laatste wijziging is"
                                    + " opgeslagen; kijk het na zodra de opslag weer werkt.",
                            "The store at " + location + " does not answer. It is not certain whether your last change"
                                    + " was saved; check once the store works again.", cause);
                }
                pause(++attempt);
            }
        }
    }

    private void fence(long base) {
        UpdateRequest request = new UpdateRequest();
        Element unchangedSinceBase = revisionIs(base);
        List<Quad> inserts = new ArrayList<>();
        audit.entry(base + 1, "fence-" + UUID.randomUUID(), WriteAuthor.SYSTEM, Instant.now(), List.of())
                .forEach(t -> inserts.add(Quad.create(iris.auditGraph(), t)));
        request.add(modify(List.of(), inserts, unchangedSinceBase));
        request.add(moveRevision(base, unchangedSinceBase));
        send(request);
    }

    private boolean committedAs(long revision, String writeId) {
        return new Reader().ask(Sparql.query(Q + "write-committed.rq").bind("audit", iris.auditGraph())
                .bind("entry", iris.auditEntry(revision)).bind("writeId", NodeFactory.createLiteralString(writeId)));
    }

    /** The condition every operation of a write's request carries: the revision is still the one it started from. */
    private Element revisionIs(long base) {
        ElementPathBlock revision = new ElementPathBlock();
        ElementGroup group = new ElementGroup();
        if (base == 0) {
            revision.addTriple(Triple.create(iris.metaGraph(), AuditTrail.REVISION, Var.alloc("anyRevision")));
            ElementGroup inner = new ElementGroup();
            inner.addElement(new ElementNamedGraph(iris.metaGraph(), revision));
            group.addElement(new ElementFilter(new E_NotExists(inner)));
        } else {
            revision.addTriple(Triple.create(iris.metaGraph(), AuditTrail.REVISION, AuditTrail.revisionLiteral(base)));
            group.addElement(new ElementNamedGraph(iris.metaGraph(), revision));
        }
        return group;
    }

    private UpdateModify deleteGraphContent(Node graph, Element condition) {
        Triple any = Triple.create(Var.alloc("s"), Var.alloc("p"), Var.alloc("o"));
        ElementPathBlock content = new ElementPathBlock();
        content.addTriple(any);
        ElementGroup where = new ElementGroup();
        where.addElement(condition);
        where.addElement(new ElementNamedGraph(graph, content));
        return modify(List.of(Quad.create(graph, any)), List.of(), where);
    }

    private UpdateModify moveRevision(long base, Element condition) {
        List<Quad> deletes = base > 0 ? List.of(new Quad(iris.metaGraph(), iris.metaGraph(), AuditTrail.REVISION,
                AuditTrail.revisionLiteral(base))) : List.of();
        return modify(deletes, List.of(new Quad(iris.metaGraph(), iris.metaGraph(), AuditTrail.REVISION,
                AuditTrail.revisionLiteral(base + 1))), condition);
    }

    private static UpdateModify modify(List<Quad> deletes, List<Quad> inserts, Element where) {
        UpdateModify modify = new UpdateModify();
        deletes.forEach(modify.getDeleteAcc()::addQuad);
        inserts.forEach(modify.getInsertAcc()::addQuad);
        modify.setHasDeleteClause(!deletes.isEmpty());
        modify.setHasInsertClause(!inserts.isEmpty());
        modify.setElement(where);
        return modify;
    }

    /**
     * Sends one update request. It may take longer than a query (it carries a whole write), but not for ever: a store
     * that hangs is a lost answer, which {@link #resolveLostAnswer} settles.
     */
    private void send(UpdateRequest request) {
        link.newUpdate().update(request).timeout(3 * queryTimeoutMillis, TimeUnit.MILLISECONDS).build().execute();
    }

    private void replaceUnconditionally(Node graphName, Graph content) {
        UpdateRequest request = new UpdateRequest();
        request.add(new UpdateDrop(graphName, true));
        QuadDataAcc data = new QuadDataAcc();
        content.find().forEachRemaining(t -> data.addQuad(Quad.create(graphName, t)));
        request.add(new UpdateDataInsert(data));
        try {
            send(request);
        } catch (RuntimeException e) {
            throw unavailable(e);
        }
    }

    private Graph vocabulary() {
        Graph cached = vocabulary;
        if (cached == null) {
            cached = new Reader().graph(iris.vocabularyGraph());
            vocabulary = cached;
        }
        return cached;
    }

    private StoreUnavailableException unavailable(RuntimeException e) {
        return new StoreUnavailableException(
                "De opslag op " + location + " is niet bereikbaar of gaf een fout. Er is niets opgeslagen; probeer het later opnieuw.",
                "The store at " + location + " cannot be reached or answered with an error. Nothing was saved; please try again later.",
                e);
    }

    private static List<Node> sorted(Set<Node> graphs) {
        return graphs.stream().sorted(java.util.Comparator.comparing(Node::getURI)).toList();
    }

    private static void pause(int attempt) {
        try {
            TimeUnit.MILLISECONDS.sleep(Math.min(2_000, 20L * attempt * attempt) + ThreadLocalRandom.current().nextInt(20));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new StoreUnavailableException("Het opslaan is onderbroken; er is niets opgeslagen.",
                    "Saving was interrupted; nothing was saved.", e);
        }
    }

    private class Reader implements StoreReader {

        @Override
        public List<Binding> select(PreparedQuery query) {
            try (QueryExec exec = exec(query)) {
                RowSet rows = exec.select();
                List<Binding> result = new ArrayList<>();
                rows.forEachRemaining(result::add);
                return result;
            } catch (RuntimeException e) {
                throw unavailable(e);
            }
        }

        @Override
        public boolean ask(PreparedQuery query) {
            try (QueryExec exec = exec(query)) {
                return exec.ask();
            } catch (RuntimeException e) {
                throw unavailable(e);
            }
        }

        private QueryExec exec(PreparedQuery query) {
            return link.newQuery().query(query.query()).substitution(query.substitution())
                    .timeout(queryTimeoutMillis, TimeUnit.MILLISECONDS).build();
        }

        @Override
        public Graph graph(Node graphName) {
            try (QueryExec exec = exec(Sparql.query(Q + "graph.rq").bind("graph", graphName))) {
                Graph copy = GraphFactory.createDefaultGraph();
                exec.construct().find().forEachRemaining(copy::add);
                return copy;
            } catch (RuntimeException e) {
                throw unavailable(e);
            }
        }

        @Override
        public boolean containsGraph(Node graphName) {
            return ask(Sparql.query(Q + "contains-graph.rq").bind("graph", graphName));
        }

        @Override
        public void forEachTriple(Node graphName, Node subject, Consumer<Triple> action) {
            if (subject.isBlank()) {
                // A blank node's label means nothing to the server: take it from the graph as a whole.
                graph(graphName).find(subject, Node.ANY, Node.ANY).forEachRemaining(action);
                return;
            }
            for (Binding row : select(Sparql.query(Q + "subject-triples.rq").bind("graph", graphName)
                    .bind("subject", subject))) {
                action.accept(Triple.create(subject, row.get(Var.alloc("p")), row.get(Var.alloc("o"))));
            }
        }
    }

    /** Works on local copies of the graphs it touches; {@link #commit} sends their final content. */
    private final class Writer extends Reader implements StoreWriter {
        private final Map<Node, Graph> original = new LinkedHashMap<>();
        private final Map<Node, Graph> working = new LinkedHashMap<>();
        private final Set<Node> touched = new HashSet<>();

        @Override
        public Graph graph(Node graphName) {
            Graph held = working.get(graphName);
            if (held == null) {
                return super.graph(graphName);
            }
            Graph copy = GraphFactory.createDefaultGraph();
            held.find().forEachRemaining(copy::add);
            return copy;
        }

        @Override
        public boolean containsGraph(Node graphName) {
            Graph held = working.get(graphName);
            return held == null ? super.containsGraph(graphName) : !held.isEmpty();
        }

        @Override
        public void forEachTriple(Node graphName, Node subject, Consumer<Triple> action) {
            Graph held = working.get(graphName);
            if (held == null) {
                super.forEachTriple(graphName, subject, action);
            } else {
                held.find(subject, Node.ANY, Node.ANY).toList().forEach(action);
            }
        }

        @Override
        public void replaceGraph(Node graphName, Graph content) {
            Graph held = hold(graphName);
            held.find().forEachRemaining(t -> touched.add(t.getSubject()));
            held.clear();
            content.find().forEachRemaining(t -> {
                held.add(t);
                touched.add(t.getSubject());
            });
        }

        @Override
        public void removeGraph(Node graphName) {
            Graph held = hold(graphName);
            held.find().forEachRemaining(t -> touched.add(t.getSubject()));
            held.clear();
        }

        @Override
        public void changeGraph(Node graphName, Consumer<Graph> change) {
            ChangeRecorder recorder = new ChangeRecorder(hold(graphName));
            change.accept(recorder);
            touched.addAll(recorder.changedSubjects());
        }

        private Graph hold(Node graphName) {
            if (iris.isBookkeeping(graphName)) {
                throw new IllegalArgumentException("Only the store itself writes " + graphName.getURI());
            }
            Graph held = working.get(graphName);
            if (held == null) {
                Graph current = super.graph(graphName);
                if (iris.isAppendOnly(graphName) && !current.isEmpty()) {
                    throw WriteRefusedException.historyIsFixed(graphName.getURI());
                }
                original.put(graphName, current);
                held = GraphFactory.createDefaultGraph();
                current.find().forEachRemaining(held::add);
                working.put(graphName, held);
            }
            return held;
        }

        /** The graphs whose content really differs from what the store held, with their new content. */
        Map<Node, Graph> changedGraphs() {
            Map<Node, Graph> changed = new LinkedHashMap<>();
            working.forEach((name, content) -> {
                if (!content.isIsomorphicWith(original.get(name))) {
                    changed.put(name, content);
                }
            });
            return changed;
        }

        /**
         * Validates the touched subjects, and the subjects that link to them, exactly as the embedded store does, over
         * the graphs held here plus the rest of the store (see {@link RemoteUnionView}).
         */
        List<WriteRefusedException.Violation> validate() {
            Map<Node, Graph> local = new LinkedHashMap<>(working);
            local.put(iris.vocabularyGraph(), vocabulary());
            List<Node> targets = touched.stream().filter(Node::isURI).toList();
            if (!targets.isEmpty()) {
                local.putAll(linkingGraphs(targets, local.keySet()));
            }
            List<Node> excluded = new ArrayList<>(local.keySet());
            excluded.add(iris.metaGraph());
            excluded.add(iris.auditGraph());
            // Two parts, not one per graph: a union asks every part for every lookup.
            Graph held = GraphFactory.createDefaultGraph();
            local.forEach((name, graph) -> {
                if (!name.equals(iris.vocabularyGraph())) {
                    graph.find().forEachRemaining(held::add);
                }
            });
            MultiUnion localUnion = new MultiUnion(new Graph[] {held, local.get(iris.vocabularyGraph())});
            boolean anythingElsewhere = ask(Sparql.query(Q + "anything-elsewhere.rq").values("graph", excluded));
            RemoteUnionView union = anythingElsewhere
                    ? new RemoteUnionView(localUnion, pattern -> findElsewhere(pattern, excluded),
                            subjects -> subjectsElsewhere(subjects, excluded))
                    : RemoteUnionView.localOnly(localUnion);
            union.objectsAreLocal(targets);
            Set<Node> focus = new LinkedHashSet<>(touched);
            for (Node node : targets) {
                union.find(Node.ANY, Node.ANY, node).mapWith(Triple::getSubject).forEachRemaining(focus::add);
            }
            // What the shapes will ask about: the focus nodes, and the records they refer to.
            union.prefetchSubjects(focus);
            union.prefetchSubjects(union.referencedBy(focus));
            return validator.validate(union, focus);
        }

        private Map<Node, Graph> linkingGraphs(List<Node> targets, Set<Node> held) {
            List<Node> names = new ArrayList<>();
            List<Node> notThese = new ArrayList<>(held);
            notThese.add(iris.metaGraph());
            notThese.add(iris.auditGraph());
            for (Binding row : select(Sparql.query(Q + "linking-graphs.rq").values("target", targets)
                    .values("graph", notThese))) {
                names.add(row.get(Var.alloc("graph")));
            }
            Map<Node, Graph> graphs = new LinkedHashMap<>();
            if (names.isEmpty()) {
                return graphs;
            }
            for (Binding row : select(Sparql.query(Q + "graphs.rq").values("graph", names))) {
                graphs.computeIfAbsent(row.get(Var.alloc("graph")), g -> GraphFactory.createDefaultGraph())
                        .add(Triple.create(row.get(Var.alloc("s")), row.get(Var.alloc("p")), row.get(Var.alloc("o"))));
            }
            return graphs;
        }

        private List<Triple> subjectsElsewhere(java.util.Collection<Node> subjects, List<Node> excluded) {
            List<Triple> found = new ArrayList<>();
            for (Binding row : select(Sparql.query(Q + "subjects-elsewhere.rq").values("s", subjects)
                    .values("graph", excluded))) {
                found.add(Triple.create(row.get(Var.alloc("s")), row.get(Var.alloc("p")), row.get(Var.alloc("o"))));
            }
            return found;
        }

        private List<Triple> findElsewhere(Triple pattern, List<Node> excluded) {
            PreparedQuery query = Sparql.query(Q + "find-elsewhere.rq").values("graph", excluded);
            if (pattern.getSubject().isConcrete()) {
                query.bind("s", pattern.getSubject());
            }
            if (pattern.getPredicate().isConcrete()) {
                query.bind("p", pattern.getPredicate());
            }
            if (pattern.getObject().isConcrete()) {
                query.bind("o", pattern.getObject());
            }
            List<Triple> found = new ArrayList<>();
            for (Binding row : select(query)) {
                found.add(Triple.create(value(row, "s", pattern.getSubject()), value(row, "p", pattern.getPredicate()),
                        value(row, "o", pattern.getObject())));
            }
            return found;
        }

        private Node value(Binding row, String name, Node fixed) {
            Node bound = row.get(Var.alloc(name));
            return bound != null ? bound : fixed;
        }
    }
}
