package nl.datawijzer.lineage.internal;

import java.util.List;
import java.util.Map;
import nl.datawijzer.lineage.LineageEdge;
import nl.datawijzer.lineage.LineageNode;

/**
 * The whole lineage graph as read from the store in one transaction: every node, every explicit edge (fields hang off
 * their dataset by a {@code CONTAINS} edge), and the norms of the KPIs.
 *
 * @param revision the store revision read before the graph, so a write after it is noticed
 */
public record GraphData(long revision, List<LineageNode> nodes, List<LineageEdge> edges, Map<String, String> kpiNorms) {

    public GraphData {
        nodes = List.copyOf(nodes);
        edges = List.copyOf(edges);
        kpiNorms = Map.copyOf(kpiNorms);
    }
}
