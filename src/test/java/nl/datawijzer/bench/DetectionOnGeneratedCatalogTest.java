package nl.datawijzer.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import nl.datawijzer.privacy.DetectionSummary;
import nl.datawijzer.privacy.internal.PrivacyBenchSupport;
import nl.datawijzer.rdf.TdbRdfStore;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.apache.jena.query.Dataset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * On a generated catalog (scale S, with confirmed and suggested classifications of every kind), a detection run
 * adds hints and changes not one classification triple or status.
 */
class DetectionOnGeneratedCatalogTest {

    private static final List<Node> CLASSIFICATION = List.of("containsPersonalData", "personalDataCategory",
            "confidentiality", "legalGround", "classificationStatus").stream()
            .map(p -> NodeFactory.createURI(SyntheticCatalog.DW + p)).toList();

    @TempDir Path work;

    @Test
    void detectionNeverChangesAClassificationOfAGeneratedCatalog() {
        BenchContext ctx = new BenchContext(Scale.S, 7, work, 500, false);
        GeneratedCatalogStore generated = GeneratedCatalogStore.load(ctx, 7);
        Dataset dataset = generated.dataset();
        TdbRdfStore store = generated.store();
        Set<Quad> before = classification(dataset);
        assertThat(before).as("the generated catalog has classifications").hasSizeGreaterThan(1000);
        Set<Quad> catalogueBefore = datasetGraphs(dataset, ctx.iris().base());

        DetectionSummary summary = new PrivacyBenchSupport(store, ctx.iris(), work.resolve("review")).detectAll(percent -> { });

        assertThat(summary.fieldsFlagged()).isPositive();
        assertThat(classification(dataset)).isEqualTo(before);
        assertThat(datasetGraphs(dataset, ctx.iris().base())).as("hints live apart: no dataset graph is rewritten")
                .isEqualTo(catalogueBefore);
        Node result = NodeFactory.createURI(SyntheticCatalog.DW + "DetectionResult");
        long results = Txn.calculateRead(dataset, () -> dataset.asDatasetGraph()
                .stream(Node.ANY, Node.ANY, NodeFactory.createURI("http://www.w3.org/1999/02/22-rdf-syntax-ns#type"), result)
                .count());
        assertThat(results).as("one detection result per flagged field").isEqualTo(summary.fieldsFlagged());
        store.close();
    }

    private static Set<Quad> datasetGraphs(Dataset dataset, String base) {
        Set<Quad> quads = new HashSet<>();
        Txn.executeRead(dataset, () -> dataset.asDatasetGraph().find().forEachRemaining(q -> {
            if (q.getGraph().getURI().startsWith(base + "graph/dataset/")) {
                quads.add(q);
            }
        }));
        return quads;
    }

    private static Set<Quad> classification(Dataset dataset) {
        Set<Quad> quads = new HashSet<>();
        Txn.executeRead(dataset, () -> CLASSIFICATION.forEach(p ->
                dataset.asDatasetGraph().find(Node.ANY, Node.ANY, p, Node.ANY).forEachRemaining(quads::add)));
        return quads;
    }
}
