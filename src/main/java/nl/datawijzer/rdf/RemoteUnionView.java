package nl.datawijzer.rdf;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.graph.impl.GraphBase;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.util.iterator.ExtendedIterator;
import org.apache.jena.util.iterator.WrappedIterator;

/**
 * The union graph a remote write is validated against: the graphs held locally (the write's own result, the graphs
 * that link to what it touched, the reference data) and, for everything else, the remote store without those graphs.
 *
 * <p>Validation asks many small questions, and a round trip per question would make a large write crawl. So what the
 * validator will ask is fetched up front in a few requests ({@link #prefetchSubjects}): every triple elsewhere about the
 * focus nodes and about what they refer to. Questions about nodes fetched that way, or about nodes whose every link is
 * known to be local, are answered here; only the rest go to the store, each once. A lookup for a blank node is
 * answered locally only, because a remote store's blank-node labels mean nothing in a later request.
 */
final class RemoteUnionView extends GraphBase {

    private final Graph local;
    private final Function<Triple, List<Triple>> remoteFind;
    private final Function<Collection<Node>, List<Triple>> remoteSubjects;
    private final Graph fetched = GraphFactory.createDefaultGraph();
    private final Set<Node> subjectsKnown = new HashSet<>();
    private final Set<Node> objectsKnown = new HashSet<>();
    private final Map<Triple, List<Triple>> asked = new HashMap<>();

    /**
     * @param local          the union of the locally held graphs
     * @param remoteFind     finds a pattern in the remote store's named graphs other than the local ones; null when
     *                       there are none
     * @param remoteSubjects every triple of these subjects in those other graphs
     */
    RemoteUnionView(Graph local, Function<Triple, List<Triple>> remoteFind,
            Function<Collection<Node>, List<Triple>> remoteSubjects) {
        this.local = local;
        this.remoteFind = remoteFind;
        this.remoteSubjects = remoteSubjects;
    }

    /** A view over local graphs only: the store holds nothing else. */
    static RemoteUnionView localOnly(Graph local) {
        return new RemoteUnionView(local, null, null);
    }

    /** Fetches everything the store holds elsewhere about these subjects (IRIs only), in one request. */
    void prefetchSubjects(Collection<Node> subjects) {
        if (remoteFind == null) {
            return;
        }
        List<Node> wanted = subjects.stream().filter(Node::isURI).filter(s -> !subjectsKnown.contains(s)).distinct()
                .toList();
        if (wanted.isEmpty()) {
            return;
        }
        remoteSubjects.apply(wanted).forEach(fetched::add);
        subjectsKnown.addAll(wanted);
    }

    /** The IRIs the prefetched subjects refer to (to fetch next: sh:class asks for their types). */
    Set<Node> referencedBy(Collection<Node> subjects) {
        Set<Node> referenced = new LinkedHashSet<>();
        for (Node subject : subjects) {
            find(subject, Node.ANY, Node.ANY).forEachRemaining(t -> {
                if (t.getObject().isURI()) {
                    referenced.add(t.getObject());
                }
            });
        }
        return referenced;
    }

    /** Every triple pointing at these nodes is in a local graph (the linking graphs were fetched whole). */
    void objectsAreLocal(Collection<Node> objects) {
        objectsKnown.addAll(objects);
    }

    @Override
    protected ExtendedIterator<Triple> graphBaseFind(Triple pattern) {
        Set<Triple> found = new LinkedHashSet<>(local.find(pattern).toList());
        Node s = pattern.getSubject();
        Node o = pattern.getObject();
        if (remoteFind == null || s.isBlank() || o.isBlank()) {
            return WrappedIterator.create(new ArrayList<>(found).iterator());
        }
        if (s.isConcrete() && subjectsKnown.contains(s) || o.isConcrete() && objectsKnown.contains(o)) {
            found.addAll(fetched.find(pattern).toList());
        } else {
            found.addAll(asked.computeIfAbsent(pattern, remoteFind));
        }
        return WrappedIterator.create(new ArrayList<>(found).iterator());
    }
}
