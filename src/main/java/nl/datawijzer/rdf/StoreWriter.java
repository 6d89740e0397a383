package nl.datawijzer.rdf;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;

/** Write access inside a write transaction. Writing a record is replacing its graph. */
public interface StoreWriter extends StoreReader {

    void replaceGraph(Node graphName, Graph content);

    void removeGraph(Node graphName);

    /**
     * Changes part of a large graph in place (such as one dataset's entry in the open-data view) instead of replacing
     * it whole: the action adds and deletes triples on the live graph. Only the subjects whose triples really changed
     * (net, after the whole action) are validated, with what links to them, as for a replaced graph.
     */
    void changeGraph(Node graphName, java.util.function.Consumer<Graph> change);
}
