package nl.datawijzer.rdf;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;

/** Write access inside a write transaction. Writing a record is replacing its graph. */
public interface StoreWriter extends StoreReader {

    void replaceGraph(Node graphName, Graph content);

    void removeGraph(Node graphName);
}
