package nl.datawijzer.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.system.StreamRDFBase;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.graph.GraphFactory;

/**
 * Groups a quad stream (one record graph after another, as the TriG writer emits them) into batches of whole record
 * graphs, so a batch can be written with {@code StoreWriter.replaceGraph} in one transaction. Holds one batch only.
 */
final class RecordBatcher extends StreamRDFBase {

    private final int recordsPerBatch;
    private final Consumer<List<Map.Entry<Node, Graph>>> sink;
    private List<Map.Entry<Node, Graph>> batch = new ArrayList<>();
    private Node graphName;
    private Graph current;
    private long quads;
    private long records;

    RecordBatcher(int recordsPerBatch, Consumer<List<Map.Entry<Node, Graph>>> sink) {
        this.recordsPerBatch = recordsPerBatch;
        this.sink = sink;
    }

    @Override
    public void quad(Quad quad) {
        if (quad.isDefaultGraph()) {
            throw new IllegalStateException("Triple outside a record graph: " + quad);
        }
        if (!quad.getGraph().equals(graphName)) {
            endRecord();
            graphName = quad.getGraph();
            current = GraphFactory.createDefaultGraph();
        }
        current.add(quad.asTriple());
        quads++;
    }

    @Override
    public void triple(Triple triple) {
        throw new IllegalStateException("Triple outside a record graph: " + triple);
    }

    @Override
    public void finish() {
        endRecord();
        emitBatch();
    }

    long quads() {
        return quads;
    }

    long records() {
        return records;
    }

    private void endRecord() {
        if (graphName == null) {
            return;
        }
        batch.add(Map.entry(graphName, current));
        records++;
        graphName = null;
        current = null;
        if (batch.size() >= recordsPerBatch) {
            emitBatch();
        }
    }

    private void emitBatch() {
        if (!batch.isEmpty()) {
            List<Map.Entry<Node, Graph>> full = batch;
            batch = new ArrayList<>();
            sink.accept(full);
        }
    }
}
