package nl.datawijzer.rdf;

import java.util.List;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.engine.binding.Binding;

/** Read access inside a transaction: SPARQL over the union of all record graphs, and whole graphs. */
public interface StoreReader {

    /** Runs a prepared query; its parameters are bound as values, never spliced into the text. */
    List<Binding> select(PreparedQuery query);

    boolean ask(PreparedQuery query);

    /** A detached copy of one named graph (empty when it does not exist). */
    Graph graph(Node graphName);

    boolean containsGraph(Node graphName);

    /**
     * The triples of one subject in one named graph, straight from the store's indexes (no query engine, no copy of
     * the graph): for exports that stream a large graph subject by subject.
     */
    void forEachTriple(Node graphName, Node subject, java.util.function.Consumer<org.apache.jena.graph.Triple> action);
}
