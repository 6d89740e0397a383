package nl.datawijzer.rdf;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.graph.impl.GraphBase;
import org.apache.jena.util.iterator.ExtendedIterator;
import org.apache.jena.util.iterator.WrappedIterator;

/**
 * The union graph a remote write is validated against: the graphs held locally (the write's own result, the graphs
 * that link to what it touched, the reference data) and, for everything else, the remote store without those graphs.
 * A lookup for an IRI goes to the store once per validation; a lookup for a blank node is answered locally only,
 * because a remote store's blank-node labels mean nothing in a later request (the graphs whose blank nodes matter are
 * the local ones).
 */
final class RemoteUnionView extends GraphBase {

    private final Graph local;
    private final Function<Triple, List<Triple>> remoteFind;
    private final Map<Triple, List<Triple>> asked = new HashMap<>();

    /**
     * @param local      the union of the locally held graphs
     * @param remoteFind finds a pattern in the remote store's named graphs other than the local ones
     */
    RemoteUnionView(Graph local, Function<Triple, List<Triple>> remoteFind) {
        this.local = local;
        this.remoteFind = remoteFind;
    }

    @Override
    protected ExtendedIterator<Triple> graphBaseFind(Triple pattern) {
        Set<Triple> found = new LinkedHashSet<>(local.find(pattern).toList());
        if (!pattern.getSubject().isBlank() && !pattern.getObject().isBlank()) {
            found.addAll(asked.computeIfAbsent(pattern, remoteFind));
        }
        return WrappedIterator.create(new ArrayList<>(found).iterator());
    }
}
