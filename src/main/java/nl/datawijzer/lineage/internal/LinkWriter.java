package nl.datawijzer.lineage.internal;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import nl.datawijzer.catalog.RecordNotFoundException;
import nl.datawijzer.rdf.Iris;
import nl.datawijzer.rdf.RdfStore;
import nl.datawijzer.rdf.RecordKind;
import nl.datawijzer.rdf.Row;
import nl.datawijzer.rdf.Sparql;
import nl.datawijzer.rdf.StoreWriter;
import nl.datawijzer.rdf.WriteRefusedException;
import nl.datawijzer.rdf.vocab.Literals;
import nl.datawijzer.rdf.vocab.Terms;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.springframework.stereotype.Repository;

/**
 * Adds and removes {@code prov:wasDerivedFrom} between two datasets or two fields, each in one write transaction that
 * checks everything first (both records exist, the link is new, it closes no cycle) and that the shapes validate; a
 * refusal leaves the store as it was. The derived record's {@code dct:modified} moves with the change.
 */
@Repository
public class LinkWriter {

    private static final String DIR = "nl/datawijzer/lineage/internal/";
    private static final Node PROV_WAS_DERIVED_FROM = Terms.uri(Terms.PROV + "wasDerivedFrom");
    private static final String PATH = PROV_WAS_DERIVED_FROM.getURI();
    /** Frontier nodes per query of the cycle check. */
    private static final int BATCH = 400;

    /**
     * One end of a link: a dataset ({@code field} null) or a field, by slugs already checked by the caller.
     */
    public record End(String dataset, @org.jspecify.annotations.Nullable String field) {

        boolean isField() {
            return field != null;
        }

        String id() {
            return field == null ? "dataset/" + dataset : "dataset/" + dataset + "/field/" + field;
        }
    }

    private final RdfStore store;
    private final Iris iris;

    public LinkWriter(RdfStore store, Iris iris) {
        this.store = store;
        this.iris = iris;
    }

    /** @return false when the link existed already (nothing written) */
    public boolean add(End derived, End source) {
        return store.write(writer -> {
            Node derivedNode = node(derived);
            Node sourceNode = node(source);
            Graph graph = requireExists(writer, derived);
            requireExists(writer, source);
            if (graph.contains(derivedNode, PROV_WAS_DERIVED_FROM, sourceNode)) {
                return false;
            }
            List<Node> cycle = pathDownstream(writer, derivedNode, sourceNode, derived.isField());
            if (!cycle.isEmpty()) {
                List<Node> ring = new ArrayList<>(cycle);
                ring.add(derivedNode);
                String names = String.join(" → ", titles(writer, ring));
                throw WriteRefusedException.of(PATH, "Dit maakt een kring: " + names + ". Een gegeven kan niet "
                        + "(via andere) van zichzelf zijn afgeleid.", "This makes a cycle: " + names
                        + ". Data cannot be derived (through others) from itself.");
            }
            writer.changeGraph(graph(derived), g -> {
                g.add(derivedNode, PROV_WAS_DERIVED_FROM, sourceNode);
                touch(g, derivedNode);
            });
            return true;
        });
    }

    /** @return false when there was no such link (nothing written) */
    public boolean remove(End derived, End source) {
        return store.write(writer -> {
            Node derivedNode = node(derived);
            Node sourceNode = node(source);
            Graph graph = requireExists(writer, derived);
            requireExists(writer, source);
            if (!graph.contains(derivedNode, PROV_WAS_DERIVED_FROM, sourceNode)) {
                return false;
            }
            writer.changeGraph(graph(derived), g -> {
                g.remove(derivedNode, PROV_WAS_DERIVED_FROM, sourceNode);
                touch(g, derivedNode);
            });
            return true;
        });
    }

    private static void touch(Graph graph, Node subject) {
        graph.remove(subject, Terms.DCT_MODIFIED, Node.ANY);
        graph.add(subject, Terms.DCT_MODIFIED, Literals.now());
    }

    private Graph requireExists(StoreWriter writer, End end) {
        Graph graph = writer.graph(graph(end));
        Node type = end.isField() ? Terms.DW_FIELD : Terms.DCAT_DATASET;
        if (!graph.contains(node(end), Terms.RDF_TYPE, type)) {
            throw new RecordNotFoundException(end.isField() ? "Veld" : "Dataset", end.id());
        }
        return graph;
    }

    /**
     * A chain {@code from, .., to} of records each derived from the one before (same kind), found breadth first so
     * the shortest is named; empty when {@code to} is not derived from {@code from}.
     */
    private List<Node> pathDownstream(StoreWriter writer, Node from, Node to, boolean fields) {
        Node kind = fields ? Terms.DW_FIELD : Terms.DCAT_DATASET;
        Map<Node, Node> parent = new HashMap<>();
        parent.put(from, from);
        List<Node> frontier = List.of(from);
        while (!frontier.isEmpty()) {
            Set<Node> next = new LinkedHashSet<>();
            for (int i = 0; i < frontier.size(); i += BATCH) {
                for (Row row : Row.of(writer.select(Sparql.query(DIR + "derived-from-any.rq")
                        .values("source", frontier.subList(i, Math.min(frontier.size(), i + BATCH)))
                        .bind("kind", kind)))) {
                    Node source = Objects.requireNonNull(row.node("source"));
                    Node derived = Objects.requireNonNull(row.node("derived"));
                    if (!parent.containsKey(derived)) {
                        parent.put(derived, source);
                        next.add(derived);
                    }
                    if (derived.equals(to)) {
                        List<Node> path = new ArrayList<>();
                        for (Node at = to; !at.equals(from); at = parent.get(at)) {
                            path.add(at);
                        }
                        path.add(from);
                        Collections.reverse(path);
                        return path;
                    }
                }
            }
            frontier = List.copyOf(next);
        }
        return List.of();
    }

    private List<String> titles(StoreWriter writer, List<Node> nodes) {
        Map<Node, String> titles = new HashMap<>();
        for (Row row : Row.of(writer.select(Sparql.query(DIR + "record-titles.rq").values("node",
                List.copyOf(new LinkedHashSet<>(nodes)))))) {
            String title = row.optionalText("title");
            String dataset = row.optionalText("datasetTitle");
            if (title != null) {
                titles.putIfAbsent(Objects.requireNonNull(row.node("node")),
                        dataset == null ? title : dataset + " › " + title);
            }
        }
        return nodes.stream().map(n -> titles.getOrDefault(n, n.getURI().substring(iris.base().length()))).toList();
    }

    private Node node(End end) {
        return end.isField() ? iris.field(end.dataset(), Objects.requireNonNull(end.field()))
                : iris.record(RecordKind.DATASET, end.dataset());
    }

    private Node graph(End end) {
        return iris.graph(RecordKind.DATASET, end.dataset());
    }
}
