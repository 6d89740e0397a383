package nl.datawijzer.rdf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Dataset;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.TDB2Factory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A backup holds the whole store and restores it exactly; a file that is not one complete backup replaces nothing. */
class BackupRestoreTest {

    private static final String BASE = "https://data.huizen.nl/id/";
    private static final Iris IRIS = new Iris(BASE);
    private static final Node PREDICATE = NodeFactory.createURI("https://example.org/def#part");
    private static final Node LABEL = NodeFactory.createURI("http://www.w3.org/2000/01/rdf-schema#label");

    @TempDir
    Path folder;

    private TdbRdfStore original;
    private final List<TdbRdfStore> opened = new ArrayList<>();

    @BeforeEach
    void fillStore() {
        original = seededStore();
    }

    @AfterEach
    void close() {
        opened.forEach(TdbRdfStore::close);
    }

    @Test
    void aRestoredStoreIsIsomorphicToTheOriginalGraphByGraph() throws IOException {
        Path file = folder.resolve("backup.trig.gz");
        BackupSummary written;
        try (OutputStream out = Files.newOutputStream(file)) {
            written = original.backup(out);
        }
        Map<Node, Graph> before = graphs(original);
        assertThat(written.graphs()).isEqualTo(before.size() - 1); // the default graph is counted in triples only
        assertThat(written.revision()).isEqualTo(original.revision()).isPositive();

        TdbRdfStore fresh = store(TDB2Factory.connectDataset(folder.resolve("fresh").toString()));
        BackupSummary restored = fresh.restore(file);

        assertThat(restored).isEqualTo(written);
        Map<Node, Graph> after = graphs(fresh);
        assertThat(after.keySet()).containsExactlyInAnyOrderElementsOf(before.keySet());
        before.forEach((name, graph) -> {
            if (!IRIS.isBookkeeping(name)) {
                assertThat(after.get(name).isIsomorphicWith(graph)).as("graph %s restored isomorphic", name).isTrue();
            }
        });
        // The bookkeeping moves on: the revision goes one past the backup's, and the trail gains the restore's entry.
        assertThat(fresh.revision()).as("one past the backup's revision").isEqualTo(original.revision() + 1);
        Graph trail = after.get(IRIS.auditGraph());
        before.get(IRIS.auditGraph()).find().forEachRemaining(t -> assertThat(trail.contains(t)).isTrue());
        assertThat(trail.contains(IRIS.auditEntry(fresh.revision()), AuditTrail.RESTORED_FROM, Node.ANY)).isTrue();
        assertThat(after.get(Node.ANY).size()).as("the default graph").isEqualTo(1);
        assertThat(fresh.isEmptyCatalog()).isFalse();
        assertThat(BackupFile.peek(file)).contains(written);
    }

    @Test
    void aBlankNodeSharedBetweenTwoGraphsStaysOneNode() throws IOException {
        Path file = backup(original);
        TdbRdfStore fresh = store(TDB2Factory.createDataset());
        fresh.restore(file);

        long sharedNodes = fresh.readDatasetGraph(dsg -> {
            Node inFirst = dsg.getGraph(graph("blank-a"))
                    .find(NodeFactory.createURI(BASE + "blank/a"), PREDICATE, Node.ANY).next().getObject();
            return dsg.getGraph(graph("blank-b")).find(inFirst, Node.ANY, Node.ANY).toList().size();
        });
        assertThat(sharedNodes).isEqualTo(1);
    }

    @Test
    void restoringAnOlderBackupOverANewerStoreRaisesTheRevisionAboveBoth() throws IOException {
        Path file = backup(original);
        long backedUp = original.revision();
        for (int i = 0; i < 3; i++) {
            int n = i;
            original.write(w -> {
                w.replaceGraph(graph("later-" + n), triples(NodeFactory.createURI(BASE + "later/" + n)));
                return null;
            });
        }
        long newer = original.revision();

        original.restore(file);

        assertThat(original.revision()).isGreaterThan(newer).isGreaterThan(backedUp);
        assertThat(original.<Boolean>read(r -> r.containsGraph(graph("later-0")))).isFalse();
    }

    @Test
    void anEmptyFileIsRefusedAndNothingIsReplaced() throws IOException {
        assertRefusedAndUnchanged(new byte[0], "het bestand is leeg");
    }

    @Test
    void garbageIsRefusedAndNothingIsReplaced() throws IOException {
        byte[] garbage = new byte[5000];
        new java.util.Random(7).nextBytes(garbage);
        assertRefusedAndUnchanged(garbage, "geen gzip-bestand");
    }

    @Test
    void aTruncatedGzipFileIsRefusedAndNothingIsReplaced() throws IOException {
        byte[] whole = Files.readAllBytes(backup(original));
        assertRefusedAndUnchanged(java.util.Arrays.copyOf(whole, whole.length / 2), "afgebroken of beschadigd");
    }

    @Test
    void aFileWithoutItsClosingMemberIsRefusedAsCutOff() throws IOException {
        String text = text(backup(original));
        String withoutEnd = text.substring(0, text.lastIndexOf(BackupFile.TRAILER));
        assertRefusedAndUnchanged(gzip(withoutEnd), "slotregel");
    }

    @Test
    void validGzipWithTriGBrokenHalfwayIsRefusedAndNothingIsReplaced() throws IOException {
        String text = text(backup(original));
        String end = text.substring(text.lastIndexOf(BackupFile.TRAILER));
        String broken = text.substring(0, text.length() / 2) + "\n<urn:x> { <urn:a> <urn:b> \"open\n" + end;
        assertRefusedAndUnchanged(gzip(broken), "TriG-inhoud is ongeldig");
    }

    @Test
    void countsThatDoNotMatchTheManifestAreRefusedAndNothingIsReplaced() throws IOException {
        String text = text(backup(original));
        int cut = text.lastIndexOf(BackupFile.TRAILER);
        String end = text.substring(cut);
        // A whole graph block taken out still parses; only the counts give it away.
        String body = text.substring(0, cut);
        int graphStart = body.indexOf("\n<" + BASE + "graph/blank-b>");
        int graphEnd = body.indexOf("}\n", graphStart) + 2;
        assertThat(graphStart).isPositive();
        String tampered = body.substring(0, graphStart + 1) + body.substring(graphEnd) + end;
        assertRefusedAndUnchanged(gzip(tampered), "volgens de slotregel");
    }

    @Test
    void aPlainTriGDumpWithoutTheHeaderIsRefused() throws IOException {
        String text = text(backup(original));
        assertRefusedAndUnchanged(gzip(text.substring(text.indexOf('\n') + 1)), "kopregel");
    }

    @Test
    void peekReadsTheManifestWithoutReadingTheWholeFileAndIsEmptyForACutOffFile() throws IOException {
        Path file = backup(original);
        BackupSummary checked = BackupFile.check(file);
        assertThat(BackupFile.peek(file)).contains(checked);

        byte[] whole = Files.readAllBytes(file);
        Path cut = folder.resolve("cut.trig.gz");
        Files.write(cut, java.util.Arrays.copyOf(whole, whole.length - 10));
        assertThat(BackupFile.peek(cut)).isEmpty();
    }

    @Test
    void thePublicStoreIsDerivedAndRefusesBackups() {
        PublicRdfStore open = PublicStores.inMemory(IRIS);
        assertThatThrownBy(() -> open.backup(new ByteArrayOutputStream())).isInstanceOf(UnsupportedOperationException.class);
    }

    private void assertRefusedAndUnchanged(byte[] content, String reason) throws IOException {
        Map<Node, Graph> before = graphs(original);
        long revision = original.revision();
        Path file = folder.resolve("bad-" + System.nanoTime() + ".trig.gz");
        Files.write(file, content);

        assertThatThrownBy(() -> original.restore(file)).isInstanceOf(BackupRefusedException.class)
                .hasMessageStartingWith("Dit bestand is geen volledige Datawijzer-back-up: ")
                .hasMessageContaining(reason)
                .hasMessageEndingWith("Er is niets vervangen.");

        Map<Node, Graph> after = graphs(original);
        assertThat(after.keySet()).containsExactlyInAnyOrderElementsOf(before.keySet());
        before.forEach((name, graph) -> assertThat(after.get(name).isIsomorphicWith(graph)).isTrue());
        assertThat(original.revision()).isEqualTo(revision);
    }

    // ------------------------------------------------------------------ fixtures

    /** The Huizen seed through the validating store, plus graphs with blank nodes and a default-graph triple. */
    private TdbRdfStore seededStore() {
        TdbRdfStore store = store(TDB2Factory.createDataset());
        StoreConfiguration.loadReferenceData(store, IRIS);
        DatasetGraph seed = org.apache.jena.sparql.core.DatasetGraphFactory.createGeneral();
        ClasspathRdf.parseInto("classpath*:catalog-seed/**/*.trig", BASE, seed);
        store.write(w -> {
            seed.listGraphNodes().forEachRemaining(g -> w.replaceGraph(g, seed.getGraph(g)));
            return null;
        });
        Node shared = NodeFactory.createBlankNode();
        Node nested = NodeFactory.createBlankNode();
        store.write(w -> {
            Graph a = GraphFactory.createDefaultGraph();
            a.add(NodeFactory.createURI(BASE + "blank/a"), PREDICATE, shared);
            a.add(shared, PREDICATE, nested);
            a.add(nested, LABEL, NodeFactory.createLiteralLang("genest \"met\" aanhalingstekens\nen regel", "nl"));
            w.replaceGraph(graph("blank-a"), a);
            Graph b = GraphFactory.createDefaultGraph();
            b.add(shared, LABEL, NodeFactory.createLiteralString("gedeeld"));
            w.replaceGraph(graph("blank-b"), b);
            return null;
        });
        Dataset dataset = datasetOf(store);
        Txn.executeWrite(dataset, () -> dataset.asDatasetGraph().getDefaultGraph()
                .add(NodeFactory.createURI(BASE + "default"), LABEL, NodeFactory.createLiteralString("standaardgraaf")));
        return store;
    }

    private final Map<TdbRdfStore, Dataset> datasets = new HashMap<>();

    private TdbRdfStore store(Dataset dataset) {
        TdbRdfStore store = new TdbRdfStore(dataset,
                new ShapeValidator(ClasspathRdf.graph(StoreConfiguration.SHAPES, BASE)), IRIS, 60_000);
        opened.add(store);
        datasets.put(store, dataset);
        return store;
    }

    private Dataset datasetOf(TdbRdfStore store) {
        return datasets.get(store);
    }

    private static Node graph(String name) {
        return NodeFactory.createURI(BASE + "graph/" + name);
    }

    private static Graph triples(Node subject) {
        Graph g = GraphFactory.createDefaultGraph();
        g.add(subject, LABEL, NodeFactory.createLiteralString("later"));
        return g;
    }

    /** Every named graph copied out, and the default graph under {@link Node#ANY}. */
    private static Map<Node, Graph> graphs(TdbRdfStore store) {
        return store.readDatasetGraph(dsg -> {
            Map<Node, Graph> copies = new HashMap<>();
            dsg.listGraphNodes().forEachRemaining(name -> {
                Graph copy = GraphFactory.createDefaultGraph();
                dsg.getGraph(name).find().forEachRemaining(copy::add);
                copies.put(name, copy);
            });
            Graph defaults = GraphFactory.createDefaultGraph();
            dsg.getDefaultGraph().find().forEachRemaining(defaults::add);
            copies.put(Node.ANY, defaults);
            return copies;
        });
    }

    private Path backup(TdbRdfStore store) throws IOException {
        Path file = folder.resolve("backup-" + System.nanoTime() + ".trig.gz");
        try (OutputStream out = Files.newOutputStream(file)) {
            store.backup(out);
        }
        return file;
    }

    private static String text(Path file) throws IOException {
        try (var in = new GZIPInputStream(Files.newInputStream(file))) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static byte[] gzip(String text) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (var out = new GZIPOutputStream(bytes)) {
            out.write(text.getBytes(StandardCharsets.UTF_8));
        }
        return bytes.toByteArray();
    }
}
