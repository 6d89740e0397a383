package nl.datawijzer.opendata.internal;

import java.util.ArrayDeque;
import java.util.Collection;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import nl.datawijzer.rdf.Iris;
import nl.datawijzer.rdf.PublicRdfStore;
import nl.datawijzer.rdf.RdfStore;
import nl.datawijzer.rdf.RecordKind;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.graph.GraphFactory;
import org.springframework.stereotype.Component;

/**
 * The derived open-data view in the public store (graph {@code graph/opendata}): entries are derived from the internal
 * store by {@link ViewDerivation} and written here, one dataset's triples replaced while the others stay. Only the
 * publication workflow calls this, and only for datasets that passed the gate.
 */
@Component
public class OpenDataView {

    private final RdfStore internal;
    private final PublicRdfStore published;
    private final Iris iris;
    private final ViewDerivation derivation;
    private final PublicationRepository publications;

    OpenDataView(RdfStore internal, PublicRdfStore published, Iris iris, ViewDerivation derivation,
            PublicationRepository publications) {
        this.internal = internal;
        this.published = published;
        this.iris = iris;
        this.derivation = derivation;
        this.publications = publications;
    }

    /** Derives the dataset's entry now and puts it in the view (replacing an older one); false when it is gone. */
    public boolean put(String slug) {
        Optional<Graph> entry = derive(slug);
        if (entry.isEmpty()) {
            remove(slug);
            return false;
        }
        // Changed in place: the view of thousands of datasets is neither copied nor validated again for one entry.
        published.write(writer -> {
            writer.changeGraph(viewGraph(), view -> {
                removeEntry(view, iris.record(RecordKind.DATASET, slug));
                entry.get().find().forEachRemaining(t -> {
                    // The publisher's name comes fresh from the catalog: drop the old one first.
                    if (t.getPredicate().equals(ViewDerivation.NAME)) {
                        view.remove(t.getSubject(), ViewDerivation.NAME, Node.ANY);
                    }
                });
                entry.get().find().forEachRemaining(view::add);
            });
            return null;
        });
        return true;
    }

    /** Takes the dataset out of the view; false when it was not there. */
    public boolean remove(String slug) {
        Node dataset = iris.record(RecordKind.DATASET, slug);
        return published.write(writer -> {
            boolean[] present = {false};
            writer.changeGraph(viewGraph(), view -> {
                present[0] = view.contains(dataset, Node.ANY, Node.ANY);
                if (present[0]) {
                    removeEntry(view, dataset);
                }
            });
            return present[0];
        });
    }

    /**
     * Makes the view exactly the entries of these datasets, derived now (after a changed public URL, a lost public
     * store or a crash between the two stores). Writes only when the result differs, so a restart changes nothing.
     *
     * @return true when the view changed
     */
    public boolean replaceAll(Collection<String> slugs) {
        Graph rebuilt = GraphFactory.createDefaultGraph();
        for (String slug : new TreeSet<>(slugs)) {
            derive(slug).ifPresent(entry -> entry.find().forEachRemaining(rebuilt::add));
        }
        return published.write(writer -> {
            if (writer.graph(viewGraph()).isIsomorphicWith(rebuilt)) {
                return false;
            }
            writer.replaceGraph(viewGraph(), rebuilt);
            return true;
        });
    }

    /** The datasets the view holds now. */
    public Set<String> slugs() {
        return published.read(reader -> {
            Set<String> slugs = new TreeSet<>();
            reader.graph(viewGraph()).find(Node.ANY, ViewDerivation.TYPE, ViewDerivation.DATASET)
                    .mapWith(Triple::getSubject).filterKeep(Node::isURI)
                    .forEachRemaining(node -> iris.slugOf(RecordKind.DATASET, node.getURI()).ifPresent(slugs::add));
            return slugs;
        });
    }

    private Optional<Graph> derive(String slug) {
        return internal.read(reader -> derivation.derive(reader, slug,
                publications.issued(reader, slug).orElse(null)));
    }

    /**
     * Removes the dataset's triples and those of what hangs under it (its distributions, contact points, checksums),
     * then every publisher no dataset names any more.
     */
    static void removeEntry(Graph view, Node dataset) {
        String prefix = dataset.getURI() + "/";
        Set<Node> seen = new HashSet<>();
        Deque<Node> todo = new ArrayDeque<>(List.of(dataset));
        while (!todo.isEmpty()) {
            Node subject = todo.pop();
            if (!seen.add(subject)) {
                continue;
            }
            for (Triple t : view.find(subject, Node.ANY, Node.ANY).toList()) {
                Node object = t.getObject();
                if (object.isBlank() || object.isURI() && object.getURI().startsWith(prefix)) {
                    todo.push(object);
                }
                view.delete(t);
            }
        }
        for (Node agent : view.find(Node.ANY, ViewDerivation.TYPE, ViewDerivation.AGENT).mapWith(Triple::getSubject)
                .toList()) {
            if (!view.contains(Node.ANY, ViewDerivation.PUBLISHER, agent)) {
                view.remove(agent, Node.ANY, Node.ANY);
            }
        }
    }

    private Node viewGraph() {
        return NodeFactory.createURI(iris.recordGraphPrefix() + "opendata");
    }
}
