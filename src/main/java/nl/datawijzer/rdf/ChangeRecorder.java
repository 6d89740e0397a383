package nl.datawijzer.rdf;

import java.util.HashSet;
import java.util.Set;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;

/** A live graph that remembers the net change of every triple added or deleted through it. */
final class ChangeRecorder extends org.apache.jena.graph.impl.WrappedGraph {
    private final Set<Triple> added = new HashSet<>();
    private final Set<Triple> deleted = new HashSet<>();

    ChangeRecorder(Graph base) {
        super(base);
    }

    @Override
    public void add(Triple t) {
        if (!base.contains(t)) {
            if (!deleted.remove(t)) {
                added.add(t);
            }
            base.add(t);
        }
    }

    @Override
    public void delete(Triple t) {
        if (base.contains(t)) {
            if (!added.remove(t)) {
                deleted.add(t);
            }
            base.delete(t);
        }
    }

    @Override
    public void remove(Node s, Node p, Node o) {
        base.find(s, p, o).toList().forEach(this::delete);
    }

    @Override
    public void clear() {
        base.find().toList().forEach(this::delete);
    }

    Set<Node> changedSubjects() {
        Set<Node> subjects = new HashSet<>();
        added.forEach(t -> subjects.add(t.getSubject()));
        deleted.forEach(t -> subjects.add(t.getSubject()));
        return subjects;
    }
}
