package nl.datawijzer.opendata.export.internal;

import java.util.HashSet;
import java.util.Set;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.graph.impl.GraphBase;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.util.iterator.ExtendedIterator;
import org.apache.jena.util.iterator.NullIterator;
import org.apache.jena.util.iterator.SingletonIterator;

/**
 * A write-only graph that passes every added triple on to a stream, so the profile writes a large export without
 * building a graph per batch. What a graph would have deduplicated and what repeats across datasets (the class of a
 * code-list value, an agent's type and name, a theme's label) is passed on once; everything else is unique to its
 * dataset anyway. The only question the profile asks back (does this agent have a name yet?) is answered from the
 * names passed on.
 */
final class StreamingGraph extends GraphBase {

    private static final Node NAME = DcatApNlProfile.NAME;
    private static final Node TYPE = DcatApNlProfile.TYPE;
    private static final Node PREF_LABEL = DcatApNlProfile.PREF_LABEL;

    private final StreamRDF out;
    private final Set<Triple> shared = new HashSet<>();
    private final Set<Node> named = new HashSet<>();

    StreamingGraph(StreamRDF out) {
        this.out = out;
    }

    @Override
    public void performAdd(Triple t) {
        Node p = t.getPredicate();
        boolean repeats = p.equals(NAME) || p.equals(PREF_LABEL)
                || (p.equals(TYPE) && !t.getObject().equals(DcatApNlProfile.DATASET)
                        && !t.getObject().equals(DcatApNlProfile.DISTRIBUTION) && !t.getSubject().isBlank());
        if (repeats && !shared.add(t)) {
            return;
        }
        if (p.equals(NAME)) {
            named.add(t.getSubject());
        }
        out.triple(t);
    }

    @Override
    protected ExtendedIterator<Triple> graphBaseFind(Triple pattern) {
        Node s = pattern.getSubject();
        if (pattern.getPredicate().equals(NAME) && s.isConcrete() && named.contains(s)) {
            return new SingletonIterator<>(Triple.create(s, NAME, shared.stream()
                    .filter(t -> t.getSubject().equals(s) && t.getPredicate().equals(NAME)).findFirst()
                    .map(Triple::getObject).orElseThrow()));
        }
        return NullIterator.instance();
    }
}
