package nl.datawijzer.lineage;

import java.util.List;

/**
 * The benchmark's way in to the package-private lineage graph: a generated graph of a given size, and the closure the
 * impact analysis computes on it (field level, no depth limit), so the benchmark times exactly what the service runs.
 */
public final class LineageBenchSupport {

    private final GeneratedLineage lineage;
    private final LineageGraph graph;

    public LineageBenchSupport(long seed, int datasets, int fieldsPerDataset) {
        lineage = GeneratedLineage.of(seed, datasets, fieldsPerDataset, true);
        graph = lineage.graph();
    }

    public List<LineageNode> nodes() {
        return lineage.nodes();
    }

    public List<LineageEdge> edges() {
        return lineage.edges();
    }

    /** The ids of the nodes reached, as the impact analysis finds them (distance and path included in the work). */
    public List<String> closure(String node, boolean downstream) {
        Closure closure = LineageService.closure(graph, node,
                downstream ? Direction.DOWNSTREAM : Direction.UPSTREAM, LineageService.UNLIMITED, true);
        return closure.entries().stream().map(e -> e.node().id()).toList();
    }

    /** The number of nodes reached, without building the list of ids: what the timing loop uses. */
    public int closureSize(String node, boolean downstream) {
        return closureSize(node, downstream, true);
    }

    /** The same at dataset level ({@code fields} false), where field links count for their datasets. */
    public int closureSize(String node, boolean downstream, boolean fields) {
        return LineageService.closure(graph, node, downstream ? Direction.DOWNSTREAM : Direction.UPSTREAM,
                LineageService.UNLIMITED, fields).entries().size();
    }
}
