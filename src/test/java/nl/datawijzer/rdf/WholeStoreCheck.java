package nl.datawijzer.rdf;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;

/** Test support: validates every subject of the whole store, not only what one write touched. */
public final class WholeStoreCheck {

    private WholeStoreCheck() {
    }

    /** Violations of the shapes anywhere in the union of the store's named graphs; empty when all of it conforms. */
    public static List<WriteRefusedException.Violation> violations(TdbRdfStore store, ShapeValidator validator) {
        return store.readDatasetGraph(dsg -> {
            Graph union = dsg.getUnionGraph();
            Set<Node> subjects = new HashSet<>();
            union.find().forEachRemaining(t -> subjects.add(t.getSubject()));
            return validator.validate(union, subjects);
        });
    }
}
