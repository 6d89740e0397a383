package nl.datawijzer.rdf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.tdb2.TDB2Factory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class TdbRdfStoreTest {

    private static final String EX = "https://example.org/def#";
    private static final Iris IRIS = new Iris("https://example.org/id/");
    private static final Node THING = uri(EX + "Thing");
    private static final Node CONTAINER = uri(EX + "Container");
    private static final Node NAME = uri(EX + "name");
    private static final Node PART_OF = uri(EX + "partOf");
    private static final Node TYPE = uri("http://www.w3.org/1999/02/22-rdf-syntax-ns#type");

    private TdbRdfStore store;

    @BeforeEach
    void openStore() {
        Graph shapes = GraphFactory.createDefaultGraph();
        RDFParser.source(getClass().getResourceAsStream("/rdf/test-shapes.ttl")).lang(org.apache.jena.riot.Lang.TURTLE)
                .parse(shapes);
        store = new TdbRdfStore(TDB2Factory.createDataset(), new ShapeValidator(shapes), IRIS, 5000);
    }

    @AfterEach
    void closeStore() {
        store.close();
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

    private static Triple[] thing(String slug, Node container, String name) {
        Node node = IRIS.record(RecordKind.DATASET, slug);
        return new Triple[] {t(node, TYPE, THING), t(node, NAME, NodeFactory.createLiteralString(name)),
                t(node, PART_OF, container)};
    }

    private static Graph graph(Triple... triples) {
        Graph graph = GraphFactory.createDefaultGraph();
        for (Triple triple : triples) {
            graph.add(triple);
        }
        return graph;
    }

    private static Triple t(Node s, Node p, Node o) {
        return Triple.create(s, p, o);
    }

    private static Node uri(String iri) {
        return NodeFactory.createURI(iri);
    }
}
