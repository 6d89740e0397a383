package nl.datawijzer.rdf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import nl.datawijzer.testsupport.FusekiTestServer;
import org.apache.jena.graph.Node;
import org.apache.jena.rdflink.RDFLink;
import org.apache.jena.rdflink.RDFLinkHTTP;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The store contract, and what only a store across the network can do wrong, on a real Fuseki server. */
class RemoteRdfStoreIT extends RdfStoreContract {

    @TempDir
    static Path folder;
    static FusekiTestServer fuseki;

    /** What the next update request suffers on its way, for the lost-answer tests. */
    private final AtomicReference<Mishap> nextUpdate = new AtomicReference<>(Mishap.NONE);
    private final List<RemoteRdfStore> opened = new ArrayList<>();

    enum Mishap { NONE, LOST_BEFORE_ARRIVAL, ANSWER_LOST_AFTER_COMMIT }

    @BeforeAll
    static void startFuseki() {
        fuseki = FusekiTestServer.start(folder.resolve("fuseki"));
    }

    @AfterAll
    static void stopFuseki() {
        fuseki.close();
    }

    @Override
    RdfStore openStore(ShapeValidator validator, WriteAuthor author) {
        fuseki.startAgain();
        fuseki.clear();
        return node(validator, author);
    }

    @Override
    RdfStore openSecondNode(ShapeValidator validator, WriteAuthor author) {
        return node(validator, author);
    }

    @Override
    void closeStores() {
        opened.forEach(RemoteRdfStore::close);
        opened.clear();
    }

    private RemoteRdfStore node(ShapeValidator validator, WriteAuthor author) {
        RDFLink link = RDFLinkHTTP.newBuilder().destination(fuseki.datasetUrl()).queryEndpoint("query")
                .updateEndpoint("update").build();
        RemoteRdfStore store = new RemoteRdfStore(mishaps(link), fuseki.datasetUrl(), validator, IRIS, 5000, author,
                100, Duration.ofSeconds(3));
        opened.add(store);
        return store;
    }

    /** The link, with the next update request optionally lost on the way there or its answer lost on the way back. */
    private RDFLink mishaps(RDFLink link) {
        return proxy(RDFLink.class, link, (method, args) -> method.getName().equals("newUpdate")
                ? updates(link.newUpdate()) : forward(method, link, args));
    }

    /** An update builder whose built request suffers {@link #nextUpdate} when executed. */
    private org.apache.jena.sparql.exec.UpdateExecBuilder updates(org.apache.jena.sparql.exec.UpdateExecBuilder real) {
        org.apache.jena.sparql.exec.UpdateExecBuilder[] self = new org.apache.jena.sparql.exec.UpdateExecBuilder[1];
        self[0] = proxy(org.apache.jena.sparql.exec.UpdateExecBuilder.class, real, (method, args) -> {
            if (method.getName().equals("build")) {
                org.apache.jena.sparql.exec.UpdateExec exec = real.build();
                return proxy(org.apache.jena.sparql.exec.UpdateExec.class, exec, (m, a) -> {
                    if (!m.getName().equals("execute")) {
                        return forward(m, exec, a);
                    }
                    Mishap mishap = nextUpdate.getAndSet(Mishap.NONE);
                    if (mishap == Mishap.LOST_BEFORE_ARRIVAL) {
                        throw new org.apache.jena.atlas.web.HttpException("connection reset (test)");
                    }
                    exec.execute();
                    if (mishap == Mishap.ANSWER_LOST_AFTER_COMMIT) {
                        throw new org.apache.jena.atlas.web.HttpException("read timed out (test)");
                    }
                    return null;
                });
            }
            Object result = forward(method, real, args);
            return result == real ? self[0] : result; // the builder's chained calls go on through this proxy
        });
        return self[0];
    }

    private interface Handler {
        Object handle(java.lang.reflect.Method method, Object[] args) throws Throwable;
    }

    private static <T> T proxy(Class<T> type, T target, Handler handler) {
        return type.cast(Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] {type},
                (p, method, args) -> handler.handle(method, args)));
    }

    private static Object forward(java.lang.reflect.Method method, Object target, Object[] args) throws Throwable {
        try {
            return method.invoke(target, args);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }

    @Test
    void aWriteWhoseAnswerWasLostAfterCommitIsReportedSavedAndAppliedOnce() {
        Node box = IRIS.record(RecordKind.SYSTEM, "box");
        int[] runs = {0};
        nextUpdate.set(Mishap.ANSWER_LOST_AFTER_COMMIT);
        store.write(w -> {
            runs[0]++;
            w.replaceGraph(IRIS.graph(RecordKind.SYSTEM, "box"), graph(t(box, uri(TYPE_IRI), uri(EX + "Container"))));
            return null;
        });
        assertThat(runs[0]).as("not run again: it was committed").isEqualTo(1);
        assertThat(store.revision()).isEqualTo(1);
        assertThat(store.read(r -> r.graph(IRIS.auditGraph())).find(Node.ANY, AuditTrail.WRITE_ID, Node.ANY).toList())
                .hasSize(1);
    }

    @Test
    void aWriteLostOnTheWayIsFencedOffAndRunAgainOnce() {
        Node box = IRIS.record(RecordKind.SYSTEM, "box");
        int[] runs = {0};
        nextUpdate.set(Mishap.LOST_BEFORE_ARRIVAL);
        store.write(w -> {
            runs[0]++;
            w.replaceGraph(IRIS.graph(RecordKind.SYSTEM, "box"), graph(t(box, uri(TYPE_IRI), uri(EX + "Container"))));
            return null;
        });
        assertThat(runs[0]).isEqualTo(2);
        assertThat(store.<Integer>read(r -> r.graph(IRIS.graph(RecordKind.SYSTEM, "box")).size())).isEqualTo(1);
        // Revision 1 is the fence that made sure the lost request can never apply late; revision 2 is the write.
        assertThat(store.revision()).isEqualTo(2);
    }

    @Test
    void aStoreThatIsDownGivesAClearErrorWritesNothingAndWorksAgainWhenItReturns() {
        Node box = IRIS.record(RecordKind.SYSTEM, "box");
        store.write(w -> {
            w.replaceGraph(IRIS.graph(RecordKind.SYSTEM, "box"), graph(t(box, uri(TYPE_IRI), uri(EX + "Container"))));
            return null;
        });
        StoreHealthIndicator readiness = new StoreHealthIndicator(store, IRIS);
        store.write(w -> {
            w.replaceGraph(IRIS.vocabularyGraph(), graph(t(uri(EX + "Thing"), uri(TYPE_IRI), uri(EX + "Class"))));
            return null;
        });
        assertThat(readiness.health().getStatus().getCode()).isEqualTo("UP");
        fuseki.stop();
        try {
            assertThat(readiness.health().getStatus().getCode()).as("readiness while the store is down").isEqualTo("DOWN");
            assertThatThrownBy(() -> store.read(r -> r.containsGraph(IRIS.graph(RecordKind.SYSTEM, "box"))))
                    .isInstanceOfSatisfying(StoreUnavailableException.class, e -> {
                        assertThat(e.message(java.util.Locale.of("nl"))).contains("niet bereikbaar")
                                .contains(fuseki.datasetUrl());
                        assertThat(e.message(java.util.Locale.ENGLISH)).contains("cannot be reached");
                    });
            assertThatThrownBy(() -> store.write(w -> {
                w.replaceGraph(IRIS.graph(RecordKind.DATASET, "a"), graph(thing("a", box, "Eerste")));
                return null;
            })).isInstanceOf(StoreUnavailableException.class).hasMessageContaining("niets opgeslagen");
        } finally {
            fuseki.startAgain();
        }
        assertThat(store.<Boolean>read(r -> r.containsGraph(IRIS.graph(RecordKind.DATASET, "a")))).isFalse();
        assertThat(store.revision()).isEqualTo(1);
        assertThat(readiness.health().getStatus().getCode()).as("ready again").isEqualTo("UP");
        store.write(w -> {
            w.replaceGraph(IRIS.graph(RecordKind.DATASET, "a"), graph(thing("a", box, "Eerste")));
            return null;
        });
        assertThat(store.revision()).isEqualTo(2);
    }

    @Test
    void readsSeeTheUnionOfNamedGraphsAsTheEmbeddedStoreDoes() {
        Node box = IRIS.record(RecordKind.SYSTEM, "box");
        store.write(w -> {
            w.replaceGraph(IRIS.graph(RecordKind.SYSTEM, "box"), graph(t(box, uri(TYPE_IRI), uri(EX + "Container"))));
            w.replaceGraph(IRIS.graph(RecordKind.DATASET, "a"), graph(thing("a", box, "Eerste")));
            return null;
        });
        int rows = store.read(r -> r.select(Sparql.query("rdf/things-by-name.rq")
                .bind("name", org.apache.jena.graph.NodeFactory.createLiteralString("Eerste"))).size());
        assertThat(rows).isEqualTo(1);
    }

    private static final String TYPE_IRI = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type";
}
