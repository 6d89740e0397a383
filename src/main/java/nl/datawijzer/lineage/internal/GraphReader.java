package nl.datawijzer.lineage.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.datawijzer.lineage.EdgeKind;
import nl.datawijzer.lineage.LineageEdge;
import nl.datawijzer.lineage.LineageNode;
import nl.datawijzer.lineage.NodeKind;
import nl.datawijzer.rdf.Iris;
import nl.datawijzer.rdf.RdfStore;
import nl.datawijzer.rdf.Row;
import nl.datawijzer.rdf.Sparql;
import nl.datawijzer.rdf.StoreReader;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Repository;

/**
 * Reads the whole lineage graph in four queries inside one read transaction. Node ids are the record paths under the
 * base IRI ({@code dataset/x}, {@code dataset/x/field/y}, {@code job/..}, {@code kpi/..}, {@code need/..}).
 */
@Repository
public class GraphReader {

    private static final String DIR = "nl/datawijzer/lineage/internal/";

    private final RdfStore store;
    private final Iris iris;

    public GraphReader(RdfStore store, Iris iris) {
        this.store = store;
        this.iris = iris;
    }

    public GraphData read() {
        long revision = store.revision();
        return store.read(reader -> read(reader, revision));
    }

    private GraphData read(StoreReader reader, long revision) {
        Map<String, LineageNode> nodes = new LinkedHashMap<>();
        Map<String, String> kpiNorms = new HashMap<>();
        List<LineageEdge> edges = new ArrayList<>();
        for (Row row : Row.of(reader.select(Sparql.query(DIR + "graph-datasets.rq")))) {
            String id = id(row.iri("dataset"));
            if (id == null || nodes.containsKey(id)) {
                continue;
            }
            String slug = id.substring("dataset/".length());
            String system = row.node("system") == null ? null : systemSlug(row.iri("system"));
            nodes.put(id, new LineageNode(id, NodeKind.DATASET, orElse(row.optionalText("title"), slug), system,
                    system == null ? null : orElse(row.optionalText("systemTitle"), system), row.bool("personal"),
                    "datasets/" + slug));
        }
        List<String[]> fieldRows = new ArrayList<>();
        for (Row row : Row.of(reader.select(Sparql.query(DIR + "graph-fields.rq")))) {
            String id = id(row.iri("field"));
            String dataset = id(row.iri("dataset"));
            LineageNode owner = dataset == null ? null : nodes.get(dataset);
            if (id == null || owner == null || nodes.containsKey(id) || !id.startsWith(dataset + "/field/")) {
                continue;
            }
            String slug = id.substring(id.lastIndexOf('/') + 1);
            // A field has no page of its own: it is shown on its dataset's page.
            nodes.put(id, new LineageNode(id, NodeKind.FIELD, orElse(row.optionalText("title"), slug), owner.system(),
                    owner.systemLabel(), row.bool("personal"), owner.path()));
            fieldRows.add(new String[] {dataset, id});
        }
        for (Row row : Row.of(reader.select(Sparql.query(DIR + "graph-activities.rq")))) {
            String id = id(row.iri("node"));
            if (id == null || nodes.containsKey(id)) {
                continue;
            }
            String slug = id.substring(id.indexOf('/') + 1);
            switch (row.text("type")) {
                case "job" -> {
                    String system = row.node("system") == null ? null : systemSlug(row.iri("system"));
                    nodes.put(id, new LineageNode(id, NodeKind.JOB, orElse(row.optionalText("title"), slug), system,
                            system == null ? null : orElse(row.optionalText("systemTitle"), system), false, null));
                }
                case "kpi" -> {
                    nodes.put(id, new LineageNode(id, NodeKind.KPI, orElse(row.optionalText("title"), slug), null, null,
                            false, null));
                    String norm = row.optionalText("norm");
                    if (norm != null) {
                        kpiNorms.put(id, norm);
                    }
                }
                case "need" -> nodes.put(id, new LineageNode(id, NodeKind.NEED, orElse(row.optionalText("title"), slug),
                        null, null, false, "behoeften/" + slug));
                default -> {
                    // the query names only the three kinds above
                }
            }
        }
        for (String[] pair : fieldRows) {
            edges.add(new LineageEdge(pair[0], pair[1], EdgeKind.CONTAINS, nodes.get(pair[0]).personalData()));
        }
        Set<String> seen = new HashSet<>();
        for (Row row : Row.of(reader.select(Sparql.query(DIR + "graph-edges.rq")))) {
            LineageNode from = nodeOf(nodes, row.iri("from"));
            LineageNode to = nodeOf(nodes, row.iri("to"));
            if (from == null || to == null || from.id().equals(to.id())) {
                continue;
            }
            EdgeKind kind = EdgeKind.valueOf(row.text("kind"));
            if (!fits(kind, from.kind(), to.kind()) || !seen.add(from.id() + '\n' + to.id() + '\n' + kind)) {
                continue;
            }
            edges.add(new LineageEdge(from.id(), to.id(), kind, from.personalData()));
        }
        carryPersonalDataThroughJobs(nodes, edges);
        return new GraphData(revision, List.copyOf(nodes.values()), edges, kpiNorms);
    }

    /**
     * A job that reads personal data passes it on: it is marked as holding personal data, and so are the flows out of it,
     * so the picture does not show a plain flow between two personal datasets only because a job stands between them.
     */
    static void carryPersonalDataThroughJobs(Map<String, LineageNode> nodes, List<LineageEdge> edges) {
        Set<String> personalJobs = new HashSet<>();
        for (LineageEdge edge : edges) {
            if (edge.kind() == EdgeKind.USED && edge.personalData()) {
                personalJobs.add(edge.to());
            }
        }
        for (String job : personalJobs) {
            LineageNode n = nodes.get(job);
            nodes.put(job, new LineageNode(n.id(), n.kind(), n.label(), n.system(), n.systemLabel(), true, n.path()));
        }
        edges.replaceAll(e -> personalJobs.contains(e.from()) && !e.personalData()
                ? new LineageEdge(e.from(), e.to(), e.kind(), true) : e);
    }

    /** Only the shapes the model allows; anything else (a field derived from a dataset) is not lineage we can draw. */
    static boolean fits(EdgeKind kind, NodeKind from, NodeKind to) {
        return switch (kind) {
            case DERIVED -> from == to && (from == NodeKind.DATASET || from == NodeKind.FIELD);
            case USED -> from == NodeKind.DATASET && to == NodeKind.JOB;
            case GENERATED -> from == NodeKind.JOB && to == NodeKind.DATASET;
            case MEASURED -> (from == NodeKind.DATASET || from == NodeKind.FIELD) && to == NodeKind.KPI;
            case SHOWN_IN -> from == NodeKind.KPI && to == NodeKind.DATASET;
            case ANSWERS -> (from == NodeKind.DATASET || from == NodeKind.KPI) && to == NodeKind.NEED;
            case CONTAINS -> from == NodeKind.DATASET && to == NodeKind.FIELD;
        };
    }

    private @Nullable LineageNode nodeOf(Map<String, LineageNode> nodes, String iri) {
        String id = id(iri);
        return id == null ? null : nodes.get(id);
    }

    private @Nullable String id(String iri) {
        return iri.startsWith(iris.base()) ? iri.substring(iris.base().length()) : null;
    }

    private @Nullable String systemSlug(String iri) {
        String id = id(iri);
        return id != null && id.startsWith("system/") ? id.substring("system/".length()) : null;
    }

    private static String orElse(@Nullable String text, String fallback) {
        return text == null || text.isBlank() ? fallback : text;
    }
}
