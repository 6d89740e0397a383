package nl.datawijzer.rdf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.graph.GraphFactory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What every {@link RdfStore} must do, run against the embedded TDB2 store ({@code TdbRdfStoreTest}) and against a
 * real Fuseki server ({@code RemoteRdfStoreIT}).
 */
abstract class RdfStoreContract {

    static final String EX = "https://example.org/def#";
    static final Iris IRIS = new Iris("https://example.org/id/");
    private static final Node THING = uri(EX + "Thing");
    private static final Node CONTAINER = uri(EX + "Container");
    private static final Node NAME = uri(EX + "name");
    private static final Node PART_OF = uri(EX + "partOf");
    private static final Node TYPE = uri("http://www.w3.org/1999/02/22-rdf-syntax-ns#type");

    RdfStore store;
    final java.util.concurrent.atomic.AtomicReference<String> signedIn = new java.util.concurrent.atomic.AtomicReference<>("tester");

    /** An empty store whose writes are made by {@link #signedIn}. */
    abstract RdfStore openStore(ShapeValidator validator, WriteAuthor author);

    /** A second node on the same store (the same store where there can be only one). */
    abstract RdfStore openSecondNode(ShapeValidator validator, WriteAuthor author);

    abstract void closeStores();

    @BeforeEach
    void open() {
        store = openStore(validator(), signedIn::get);
    }

    @AfterEach
    void close() {
        closeStores();
    }

    static ShapeValidator validator() {
        Graph shapes = GraphFactory.createDefaultGraph();
        RDFParser.source(RdfStoreContract.class.getResourceAsStream("/rdf/test-shapes.ttl"))
                .lang(org.apache.jena.riot.Lang.TURTLE).parse(shapes);
        return new ShapeValidator(shapes);
    }

    @Test
    void conformingWriteIsCommittedAndVisibleToReaders() {
        Node box = IRIS.record(RecordKind.SYSTEM, "box");
        store.write(w -> {
            w.replaceGraph(IRIS.graph(RecordKind.SYSTEM, "box"), graph(t(box, TYPE, CONTAINER)));
            w.replaceGraph(IRIS.graph(RecordKind.DATASET, "a"), graph(thing("a", box, "Eerste")));
            return null;
        });
        assertThat(store.<Integer>read(r -> r.graph(IRIS.graph(RecordKind.DATASET, "a")).size())).isEqualTo(3);
        assertThat(store.isEmptyCatalog()).isFalse();
    }

    @Test
    void aChangeInPlaceKeepsTheRestOfTheGraphAndIsValidatedLikeAReplacement() {
        Node box = IRIS.record(RecordKind.SYSTEM, "box");
        Node shared = IRIS.graph(RecordKind.DATASET, "shared");
        store.write(w -> {
            w.replaceGraph(IRIS.graph(RecordKind.SYSTEM, "box"), graph(t(box, TYPE, CONTAINER)));
            w.replaceGraph(shared, graph(java.util.stream.Stream.concat(java.util.Arrays.stream(thing("a", box, "Eerste")),
                    java.util.Arrays.stream(thing("b", box, "Tweede"))).toArray(Triple[]::new)));
            return null;
        });
        Node a = IRIS.record(RecordKind.DATASET, "a");
        Node b = IRIS.record(RecordKind.DATASET, "b");

        store.write(w -> {
            w.changeGraph(shared, g -> {
                g.remove(a, NAME, Node.ANY);
                g.add(t(a, NAME, NodeFactory.createLiteralString("Eerste, herzien")));
            });
            return null;
        });
        assertThat(store.<Boolean>read(r -> r.graph(shared).contains(a, NAME, NodeFactory.createLiteralString("Eerste, herzien"))))
                .isTrue();
        assertThat(store.<Integer>read(r -> r.graph(shared).size())).isEqualTo(6);

        assertThatThrownBy(() -> store.write(w -> {
            w.changeGraph(shared, g -> g.remove(b, NAME, Node.ANY));
            return null;
        })).isInstanceOfSatisfying(WriteRefusedException.class, e -> assertThat(e.violations()).singleElement()
                .satisfies(v -> assertThat(v.focusNode()).isEqualTo(b.getURI())));
        assertThat(store.<Boolean>read(r -> r.graph(shared).contains(b, NAME, Node.ANY))).as("refused: nothing changed")
                .isTrue();
    }

    @Test
    void nonConformingWriteIsRefusedWithDutchReportAndLeavesStoreUnchanged() {
        Node box = IRIS.record(RecordKind.SYSTEM, "box");
        store.write(w -> {
            w.replaceGraph(IRIS.graph(RecordKind.SYSTEM, "box"), graph(t(box, TYPE, CONTAINER)));
            w.replaceGraph(IRIS.graph(RecordKind.DATASET, "a"), graph(thing("a", box, "Eerste")));
            return null;
        });
        Graph before = store.read(r -> r.graph(IRIS.graph(RecordKind.DATASET, "a")));

        Node a = IRIS.record(RecordKind.DATASET, "a");
        assertThatThrownBy(() -> store.write(w -> {
            // Two changes in one transaction: a valid new record and an invalid edit. Neither may stay.
            w.replaceGraph(IRIS.graph(RecordKind.DATASET, "b"), graph(thing("b", box, "Tweede")));
            w.replaceGraph(IRIS.graph(RecordKind.DATASET, "a"), graph(t(a, TYPE, THING), t(a, PART_OF, box)));
            return null;
        })).isInstanceOfSatisfying(WriteRefusedException.class, e -> {
            assertThat(e.violations()).singleElement().satisfies(v -> {
                assertThat(v.messageNl()).isEqualTo("Een ding moet een naam hebben.");
                assertThat(v.messageEn()).isEqualTo("A thing needs a name.");
                assertThat(v.path()).isEqualTo(EX + "name");
                assertThat(v.focusNode()).isEqualTo(a.getURI());
            });
        });

        assertThat(store.<Boolean>read(r -> r.graph(IRIS.graph(RecordKind.DATASET, "a")).isIsomorphicWith(before))).isTrue();
        assertThat(store.<Boolean>read(r -> r.containsGraph(IRIS.graph(RecordKind.DATASET, "b")))).isFalse();
    }

    @Test
    void removingARecordThatOthersStillReferenceIsRefused() {
        Node box = IRIS.record(RecordKind.SYSTEM, "box");
        store.write(w -> {
            w.replaceGraph(IRIS.graph(RecordKind.SYSTEM, "box"), graph(t(box, TYPE, CONTAINER)));
            w.replaceGraph(IRIS.graph(RecordKind.DATASET, "a"), graph(thing("a", box, "Eerste")));
            return null;
        });

        assertThatThrownBy(() -> store.write(w -> {
            w.removeGraph(IRIS.graph(RecordKind.SYSTEM, "box"));
            return null;
        })).isInstanceOfSatisfying(WriteRefusedException.class,
                e -> assertThat(e.violations()).extracting(WriteRefusedException.Violation::path)
                        .containsExactly(EX + "partOf"));
        assertThat(store.<Boolean>read(r -> r.containsGraph(IRIS.graph(RecordKind.SYSTEM, "box")))).isTrue();
    }

    @Test
    void revisionGrowsWithEveryCommittedRecordChangeOnly() {
        long start = store.revision();
        Node box = IRIS.record(RecordKind.SYSTEM, "box");
        store.write(w -> {
            w.replaceGraph(IRIS.graph(RecordKind.SYSTEM, "box"), graph(t(box, TYPE, CONTAINER)));
            return null;
        });
        assertThat(store.revision()).isEqualTo(start + 1);
        store.write(w -> w.graph(IRIS.graph(RecordKind.SYSTEM, "box")).size());
        assertThat(store.revision()).as("a write that changed nothing").isEqualTo(start + 1);
        try {
            store.write(w -> {
                w.replaceGraph(IRIS.graph(RecordKind.DATASET, "a"), graph(t(IRIS.record(RecordKind.DATASET, "a"), TYPE, THING)));
                return null;
            });
        } catch (WriteRefusedException expected) {
            // refused: no name
        }
        assertThat(store.revision()).as("a refused write").isEqualTo(start + 1);
        assertThat(store.isEmptyCatalog()).isFalse();
    }

    @Test
    void exceptionInsideWriteAbortsEverything() {
        assertThatThrownBy(() -> store.write(w -> {
            w.replaceGraph(IRIS.graph(RecordKind.SYSTEM, "box"),
                    graph(t(IRIS.record(RecordKind.SYSTEM, "box"), TYPE, CONTAINER)));
            throw new IllegalStateException("stopped halfway");
        })).hasMessage("stopped halfway");
        assertThat(store.isEmptyCatalog()).isTrue();
    }

    @Test
    void queriesBindUserInputAsValuesNotAsSparql() {
        Node box = IRIS.record(RecordKind.SYSTEM, "box");
        store.write(w -> {
            w.replaceGraph(IRIS.graph(RecordKind.SYSTEM, "box"), graph(t(box, TYPE, CONTAINER)));
            w.replaceGraph(IRIS.graph(RecordKind.DATASET, "a"), graph(thing("a", box, "Eerste")));
            return null;
        });
        String hostile = "\") } ; DROP ALL ; SELECT * { (\"";
        int matches = store.read(r -> r.select(Sparql.query("rdf/things-by-name.rq")
                .bind("name", NodeFactory.createLiteralString(hostile))).size());
        int real = store.read(r -> r.select(Sparql.query("rdf/things-by-name.rq")
                .bind("name", NodeFactory.createLiteralString("Eerste"))).size());
        assertThat(matches).isZero();
        assertThat(real).isEqualTo(1);
    }

    @Test
    void everyRecordChangeLeavesAnAuditEntryWithWhoWhenAndWhichGraphs() {
        Node box = IRIS.record(RecordKind.SYSTEM, "box");
        signedIn.set("fg.jansen");
        java.time.Instant before = java.time.Instant.now().minusSeconds(1);
        store.write(w -> {
            w.replaceGraph(IRIS.graph(RecordKind.SYSTEM, "box"), graph(t(box, TYPE, CONTAINER)));
            w.replaceGraph(IRIS.graph(RecordKind.DATASET, "a"), graph(thing("a", box, "Eerste")));
            return null;
        });
        long revision = store.revision();
        Graph trail = store.read(r -> r.graph(IRIS.auditGraph()));
        Node entry = IRIS.auditEntry(revision);
        assertThat(trail.find(entry, AuditTrail.ACTOR, Node.ANY).mapWith(x -> x.getObject().getLiteralLexicalForm())
                .toList()).containsExactly("fg.jansen");
        assertThat(trail.find(entry, AuditTrail.CHANGED_GRAPH, Node.ANY).mapWith(Triple::getObject).toSet())
                .containsExactlyInAnyOrder(IRIS.graph(RecordKind.SYSTEM, "box"), IRIS.graph(RecordKind.DATASET, "a"));
        java.time.Instant at = java.time.Instant.parse(trail.find(entry, AuditTrail.AT, Node.ANY).next().getObject()
                .getLiteralLexicalForm());
        assertThat(at).isBetween(before, java.time.Instant.now().plusSeconds(1));

        store.write(w -> w.graph(IRIS.graph(RecordKind.SYSTEM, "box")).size());
        assertThat(store.read(r -> r.graph(IRIS.auditGraph())).find(Node.ANY, TYPE, AuditTrail.ENTRY).toList())
                .as("a write that changed nothing leaves no entry").hasSize(1);
    }

    @Test
    void servicesCannotWriteTheStoresOwnBookkeeping() {
        for (Node bookkeeping : java.util.List.of(IRIS.auditGraph(), IRIS.metaGraph())) {
            assertThatThrownBy(() -> store.write(w -> {
                w.replaceGraph(bookkeeping, graph(t(IRIS.record(RecordKind.SYSTEM, "box"), TYPE, CONTAINER)));
                return null;
            })).isInstanceOf(IllegalArgumentException.class);
        }
        assertThat(store.revision()).isZero();
    }

    @Test
    void recordedHistoryCannotBeReplacedOrRemoved() {
        Node decisionGraph = IRIS.graph(RecordKind.DECISION, "d1");
        Node decision = uri(IRIS.base() + "decision/d1");
        store.write(w -> {
            w.replaceGraph(decisionGraph, graph(t(decision, TYPE, CONTAINER)));
            return null;
        });
        assertThatThrownBy(() -> store.write(w -> {
            w.replaceGraph(decisionGraph, graph(t(decision, TYPE, CONTAINER), t(decision, NAME,
                    NodeFactory.createLiteralString("herschreven"))));
            return null;
        })).isInstanceOf(WriteRefusedException.class).hasMessageContaining("geschiedenis");
        assertThatThrownBy(() -> store.write(w -> {
            w.removeGraph(decisionGraph);
            return null;
        })).isInstanceOf(WriteRefusedException.class);
        assertThat(store.<Integer>read(r -> r.graph(decisionGraph).size())).isEqualTo(1);
    }

    @Test
    void blankNodesKeepTheirStructureThroughReplaceAndChangeInPlace() {
        Node box = IRIS.record(RecordKind.SYSTEM, "box");
        Node contact = uri(EX + "contact");
        Node phone = uri(EX + "phone");
        Node first = NodeFactory.createBlankNode();
        Node second = NodeFactory.createBlankNode();
        Node graphName = IRIS.graph(RecordKind.SYSTEM, "box");
        store.write(w -> {
            w.replaceGraph(graphName, graph(t(box, TYPE, CONTAINER), t(box, contact, first),
                    t(first, phone, NodeFactory.createLiteralString("035-1")), t(box, contact, second),
                    t(second, phone, NodeFactory.createLiteralString("035-2"))));
            return null;
        });
        store.write(w -> {
            w.changeGraph(graphName, g -> g.add(t(box, NAME, NodeFactory.createLiteralString("Doos"))));
            return null;
        });
        Graph stored = store.read(r -> r.graph(graphName));
        Graph expected = graph(t(box, TYPE, CONTAINER), t(box, contact, NodeFactory.createBlankNode()),
                t(box, NAME, NodeFactory.createLiteralString("Doos")));
        Node a = NodeFactory.createBlankNode();
        Node b = NodeFactory.createBlankNode();
        expected = graph(t(box, TYPE, CONTAINER), t(box, contact, a), t(a, phone, NodeFactory.createLiteralString("035-1")),
                t(box, contact, b), t(b, phone, NodeFactory.createLiteralString("035-2")),
                t(box, NAME, NodeFactory.createLiteralString("Doos")));
        assertThat(stored.isIsomorphicWith(expected)).as("stored: %s", stored).isTrue();
    }

    @Test
    void concurrentWritesFromTwoNodesAreNeitherLostNorDoubled() throws Exception {
        RdfStore second = openSecondNode(validator(), () -> "tweede");
        Node counterGraph = IRIS.graph(RecordKind.SYSTEM, "counter");
        Node counter = IRIS.record(RecordKind.SYSTEM, "counter");
        Node count = uri(EX + "count");
        store.write(w -> {
            w.replaceGraph(counterGraph, graph(t(counter, TYPE, CONTAINER), t(counter, count,
                    NodeFactory.createLiteralDT("0", org.apache.jena.datatypes.xsd.XSDDatatype.XSDinteger))));
            return null;
        });
        long start = store.revision();
        int threadsPerNode = 3;
        int writesPerThread = 6;
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(2 * threadsPerNode);
        java.util.List<java.util.concurrent.Future<?>> done = new java.util.ArrayList<>();
        java.util.Set<String> acknowledged = java.util.concurrent.ConcurrentHashMap.newKeySet();
        for (int node = 0; node < 2; node++) {
            RdfStore target = node == 0 ? store : second;
            for (int thread = 0; thread < threadsPerNode; thread++) {
                String prefix = "n" + node + "t" + thread + "w";
                done.add(pool.submit(() -> {
                    for (int i = 0; i < writesPerThread; i++) {
                        String slug = prefix + i;
                        target.write(w -> {
                            long now = Long.parseLong(w.graph(counterGraph).find(counter, count, Node.ANY).next()
                                    .getObject().getLiteralLexicalForm());
                            w.replaceGraph(counterGraph, graph(t(counter, TYPE, CONTAINER), t(counter, count,
                                    NodeFactory.createLiteralDT(Long.toString(now + 1),
                                            org.apache.jena.datatypes.xsd.XSDDatatype.XSDinteger))));
                            w.replaceGraph(IRIS.graph(RecordKind.DATASET, slug), graph(thing(slug, counter, slug)));
                            return null;
                        });
                        acknowledged.add(slug);
                    }
                    return null;
                }));
            }
        }
        for (var future : done) {
            future.get(5, java.util.concurrent.TimeUnit.MINUTES);
        }
        pool.shutdown();
        int total = 2 * threadsPerNode * writesPerThread;
        assertThat(acknowledged).hasSize(total);
        long counted = store.read(r -> Long.parseLong(r.graph(counterGraph).find(counter, count, Node.ANY).next()
                .getObject().getLiteralLexicalForm()));
        assertThat(counted).as("no increment lost or applied twice").isEqualTo(total);
        for (String slug : acknowledged) {
            assertThat(store.<Boolean>read(r -> r.containsGraph(IRIS.graph(RecordKind.DATASET, slug)))).isTrue();
        }
        assertThat(store.revision()).isEqualTo(start + total);
        Graph trail = store.read(r -> r.graph(IRIS.auditGraph()));
        for (long revision = start + 1; revision <= start + total; revision++) {
            assertThat(trail.find(IRIS.auditEntry(revision), AuditTrail.WRITE_ID, Node.ANY).toList())
                    .as("one entry for revision %d", revision).hasSize(1);
        }
    }

    @Test
    void aBackupRestoresEveryGraphAsItWasWithARevisionAboveBothAndATrailEntry(@org.junit.jupiter.api.io.TempDir
            java.nio.file.Path folder) throws Exception {
        Node box = IRIS.record(RecordKind.SYSTEM, "box");
        Node contact = uri(EX + "contact");
        Node boxGraph = IRIS.graph(RecordKind.SYSTEM, "box");
        Node aGraph = IRIS.graph(RecordKind.DATASET, "a");
        store.write(w -> {
            Node blank = NodeFactory.createBlankNode();
            w.replaceGraph(boxGraph, graph(t(box, TYPE, CONTAINER), t(box, contact, blank),
                    t(blank, NAME, NodeFactory.createLiteralString("Loket"))));
            w.replaceGraph(aGraph, graph(thing("a", box, "Eerste")));
            return null;
        });
        Graph boxBefore = store.read(r -> r.graph(boxGraph));
        Graph aBefore = store.read(r -> r.graph(aGraph));
        java.nio.file.Path file = folder.resolve("backup.trig.gz");
        try (var out = java.nio.file.Files.newOutputStream(file)) {
            BackupSummary summary = store.backup(out);
            assertThat(summary.revision()).isEqualTo(1);
        }
        store.write(w -> {
            w.removeGraph(aGraph);
            w.replaceGraph(IRIS.graph(RecordKind.DATASET, "b"), graph(thing("b", box, "Tweede")));
            return null;
        });
        long beforeRestore = store.revision();

        store.restore(file);

        assertThat(store.<Boolean>read(r -> r.graph(boxGraph).isIsomorphicWith(boxBefore))).isTrue();
        assertThat(store.<Boolean>read(r -> r.graph(aGraph).isIsomorphicWith(aBefore))).isTrue();
        assertThat(store.<Boolean>read(r -> r.containsGraph(IRIS.graph(RecordKind.DATASET, "b")))).isFalse();
        assertThat(store.revision()).isEqualTo(beforeRestore + 1);
        Graph trail = store.read(r -> r.graph(IRIS.auditGraph()));
        assertThat(trail.contains(IRIS.auditEntry(store.revision()), AuditTrail.RESTORED_FROM, Node.ANY)).isTrue();
        assertThat(store.read(r -> r.graph(IRIS.vocabularyGraph())).isEmpty()).isTrue();
    }

    @Test
    void aCorruptBackupIsRefusedBeforeAnythingIsReplaced(@org.junit.jupiter.api.io.TempDir java.nio.file.Path folder)
            throws Exception {
        Node box = IRIS.record(RecordKind.SYSTEM, "box");
        store.write(w -> {
            w.replaceGraph(IRIS.graph(RecordKind.SYSTEM, "box"), graph(t(box, TYPE, CONTAINER)));
            return null;
        });
        java.nio.file.Path good = folder.resolve("good.trig.gz");
        try (var out = java.nio.file.Files.newOutputStream(good)) {
            store.backup(out);
        }
        byte[] bytes = java.nio.file.Files.readAllBytes(good);
        java.nio.file.Path truncated = folder.resolve("truncated.trig.gz");
        java.nio.file.Files.write(truncated, java.util.Arrays.copyOf(bytes, bytes.length / 2));
        long revision = store.revision();

        assertThatThrownBy(() -> store.restore(truncated)).isInstanceOf(BackupRefusedException.class)
                .hasMessageContaining("Er is niets vervangen");
        assertThat(store.revision()).isEqualTo(revision);
        assertThat(store.<Boolean>read(r -> r.containsGraph(IRIS.graph(RecordKind.SYSTEM, "box")))).isTrue();
    }

    static Triple[] thing(String slug, Node container, String name) {
        Node node = IRIS.record(RecordKind.DATASET, slug);
        return new Triple[] {t(node, TYPE, THING), t(node, NAME, NodeFactory.createLiteralString(name)),
                t(node, PART_OF, container)};
    }

    static Graph graph(Triple... triples) {
        Graph graph = GraphFactory.createDefaultGraph();
        for (Triple triple : triples) {
            graph.add(triple);
        }
        return graph;
    }

    static Triple t(Node s, Node p, Node o) {
        return Triple.create(s, p, o);
    }

    static Node uri(String iri) {
        return NodeFactory.createURI(iri);
    }
}
