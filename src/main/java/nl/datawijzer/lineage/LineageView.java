package nl.datawijzer.lineage;

import java.util.List;

/**
 * A part of the lineage graph around {@code focus}: its nodes (focus included) and the edges between them. Every edge's
 * ends are among the nodes.
 *
 * @param truncated more nodes lie beyond the depth asked for
 */
public record LineageView(String focus, List<LineageNode> nodes, List<LineageEdge> edges, boolean truncated) {

    public LineageView {
        nodes = List.copyOf(nodes);
        edges = List.copyOf(edges);
    }
}
