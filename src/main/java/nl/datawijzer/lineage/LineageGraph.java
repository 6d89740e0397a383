package nl.datawijzer.lineage;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * An immutable snapshot of the whole lineage graph, indexed both ways by node number in compact arrays, so a closure over
 * 100,000 nodes is a breadth-first walk over int arrays without touching the store.
 *
 * <p>Two levels share the nodes. The field level has the edges as recorded. The dataset level leaves fields out and
 * lifts what they carry to their datasets: a field of A derived from a field of B makes A derived from B, a KPI measured
 * on a field is measured on its dataset. Fields hang off their dataset ({@link EdgeKind#CONTAINS}); a walk takes that
 * step only from the dataset it starts at, because a dataset reached along the way changes through its own links, not
 * through every one of its fields.
 */
final class LineageGraph {

    /** Depth meaning "no limit". */
    static final int UNLIMITED = Integer.MAX_VALUE;

    private final long revision;
    private final LineageNode[] nodes;
    private final Map<String, Integer> index;
    private final Map<String, String> kpiNorms;
    /** The dataset of each field; -1 for other nodes. */
    private final int[] datasetOf;

    private final int[] edgeFrom;
    private final int[] edgeTo;
    private final EdgeKind[] edgeKind;
    /** The edge is implied at dataset level by field edges, not recorded. */
    private final boolean[] lifted;

    /** Compressed rows: the edge numbers of node i are {@code list[start[i]] .. list[start[i+1]-1]}. */
    private record Rows(int[] start, int[] list) {

        static Rows of(int nodes, int[] owner, boolean[] take) {
            int[] start = new int[nodes + 1];
            for (int e = 0; e < owner.length; e++) {
                if (take[e]) {
                    start[owner[e] + 1]++;
                }
            }
            for (int i = 0; i < nodes; i++) {
                start[i + 1] += start[i];
            }
            int[] fill = Arrays.copyOf(start, nodes);
            int[] list = new int[start[nodes]];
            for (int e = 0; e < owner.length; e++) {
                if (take[e]) {
                    list[fill[owner[e]]++] = e;
                }
            }
            return new Rows(start, list);
        }
    }

    private final Rows fieldOut;
    private final Rows fieldIn;
    private final Rows datasetOut;
    private final Rows datasetIn;
    private final Rows contains;

    LineageGraph(long revision, List<LineageNode> nodeList, List<LineageEdge> edgeList, Map<String, String> kpiNorms) {
        this.revision = revision;
        this.kpiNorms = Map.copyOf(kpiNorms);
        int n = nodeList.size();
        nodes = nodeList.toArray(LineageNode[]::new);
        index = HashMap.newHashMap(n);
        for (int i = 0; i < n; i++) {
            if (index.putIfAbsent(nodes[i].id(), i) != null) {
                throw new IllegalArgumentException("Dubbel knooppunt in de herkomst: " + nodes[i].id());
            }
        }
        datasetOf = new int[n];
        Arrays.fill(datasetOf, -1);
        List<int[]> recorded = new ArrayList<>(edgeList.size());
        List<EdgeKind> kinds = new ArrayList<>(edgeList.size());
        Set<Long> explicitDatasetLevel = new HashSet<>();
        for (LineageEdge edge : edgeList) {
            Integer from = index.get(edge.from());
            Integer to = index.get(edge.to());
            if (from == null || to == null) {
                throw new IllegalArgumentException("Verbinding naar een onbekend knooppunt: " + edge);
            }
            if (edge.kind() == EdgeKind.CONTAINS) {
                datasetOf[to] = from;
            }
            recorded.add(new int[] {from, to});
            kinds.add(edge.kind());
        }
        for (int e = 0; e < recorded.size(); e++) {
            int from = recorded.get(e)[0];
            int to = recorded.get(e)[1];
            if (kinds.get(e) != EdgeKind.CONTAINS && datasetOf[from] < 0 && datasetOf[to] < 0) {
                explicitDatasetLevel.add(key(from, to, kinds.get(e)));
            }
        }
        // Lift field edges to their datasets, once per dataset pair and kind, unless recorded at dataset level already.
        List<int[]> liftedEdges = new ArrayList<>();
        List<EdgeKind> liftedKinds = new ArrayList<>();
        Set<Long> liftedSeen = new HashSet<>();
        for (int e = 0; e < recorded.size(); e++) {
            EdgeKind kind = kinds.get(e);
            int from = recorded.get(e)[0];
            int to = recorded.get(e)[1];
            if (kind == EdgeKind.CONTAINS || (datasetOf[from] < 0 && datasetOf[to] < 0)) {
                continue;
            }
            int liftedFrom = datasetOf[from] < 0 ? from : datasetOf[from];
            int liftedTo = datasetOf[to] < 0 ? to : datasetOf[to];
            long k = key(liftedFrom, liftedTo, kind);
            if (liftedFrom != liftedTo && !explicitDatasetLevel.contains(k) && liftedSeen.add(k)) {
                liftedEdges.add(new int[] {liftedFrom, liftedTo});
                liftedKinds.add(kind);
            }
        }
        int m = recorded.size() + liftedEdges.size();
        edgeFrom = new int[m];
        edgeTo = new int[m];
        edgeKind = new EdgeKind[m];
        lifted = new boolean[m];
        for (int e = 0; e < m; e++) {
            boolean isLifted = e >= recorded.size();
            int[] ends = isLifted ? liftedEdges.get(e - recorded.size()) : recorded.get(e);
            edgeFrom[e] = ends[0];
            edgeTo[e] = ends[1];
            edgeKind[e] = isLifted ? liftedKinds.get(e - recorded.size()) : kinds.get(e);
            lifted[e] = isLifted;
        }
        boolean[] fieldLevel = new boolean[m];
        boolean[] datasetLevel = new boolean[m];
        boolean[] containment = new boolean[m];
        for (int e = 0; e < m; e++) {
            containment[e] = edgeKind[e] == EdgeKind.CONTAINS;
            fieldLevel[e] = !lifted[e] && !containment[e];
            datasetLevel[e] = !containment[e] && datasetOf[edgeFrom[e]] < 0 && datasetOf[edgeTo[e]] < 0;
        }
        fieldOut = Rows.of(n, edgeFrom, fieldLevel);
        fieldIn = Rows.of(n, edgeTo, fieldLevel);
        datasetOut = Rows.of(n, edgeFrom, datasetLevel);
        datasetIn = Rows.of(n, edgeTo, datasetLevel);
        contains = Rows.of(n, edgeFrom, containment);
    }

    private static long key(int from, int to, EdgeKind kind) {
        return ((long) from << 32 | to) * 8 + kind.ordinal();
    }

    long revision() {
        return revision;
    }

    int size() {
        return nodes.length;
    }

    @Nullable
    LineageNode node(String id) {
        Integer i = index.get(id);
        return i == null ? null : nodes[i];
    }

    @Nullable
    String norm(String kpiId) {
        return kpiNorms.get(kpiId);
    }

    /** The result of one breadth-first walk: the nodes reached in order, with distance and the node they were reached from. */
    final class Walk {
        private final int[] order;
        private final int count;
        private final int[] distance;
        private final int[] parent;
        private final boolean truncated;

        private Walk(int[] order, int count, int[] distance, int[] parent, boolean truncated) {
            this.order = order;
            this.count = count;
            this.distance = distance;
            this.parent = parent;
            this.truncated = truncated;
        }

        /** Nodes reached, the start first, by distance. */
        int count() {
            return count;
        }

        LineageNode node(int i) {
            return nodes[order[i]];
        }

        int distance(int i) {
            return distance[order[i]];
        }

        /** The id of the node the i-th was first reached from, or null for the start. */
        @Nullable
        String via(int i) {
            int p = parent[order[i]];
            return p < 0 ? null : nodes[p].id();
        }

        boolean truncated() {
            return truncated;
        }

        boolean reached(int node) {
            return distance[node] >= 0;
        }
    }

    /**
     * Everything reachable from {@code start} in one direction within {@code depth} steps, at field or dataset level.
     * Distances are the fewest edges; the parent of each node lies on one shortest path.
     */
    Walk walk(String start, Direction direction, int depth, boolean fields) {
        if (direction == Direction.BOTH) {
            throw new IllegalArgumentException("Een sluiting gaat één kant op: stroomopwaarts of stroomafwaarts.");
        }
        if (depth < 0) {
            throw new IllegalArgumentException("De diepte kan niet negatief zijn.");
        }
        int s = require(start);
        boolean down = direction == Direction.DOWNSTREAM;
        boolean fieldLevel = fields || datasetOf[s] >= 0;
        Rows rows = fieldLevel ? (down ? fieldOut : fieldIn) : (down ? datasetOut : datasetIn);
        int[] far = down ? edgeTo : edgeFrom;
        int n = nodes.length;
        int[] distance = new int[n];
        Arrays.fill(distance, -1);
        int[] parent = new int[n];
        int[] queue = new int[n];
        int head = 0;
        int tail = 0;
        boolean truncated = false;
        distance[s] = 0;
        parent[s] = -1;
        queue[tail++] = s;
        if (fieldLevel && datasetOf[s] < 0) {
            for (int r = contains.start[s]; r < contains.start[s + 1]; r++) {
                int field = edgeTo[contains.list[r]];
                if (depth < 1) {
                    truncated = true;
                    break;
                }
                if (distance[field] < 0) {
                    distance[field] = 1;
                    parent[field] = s;
                    queue[tail++] = field;
                }
            }
        }
        while (head < tail) {
            int node = queue[head++];
            int next = distance[node] + 1;
            for (int r = rows.start[node]; r < rows.start[node + 1]; r++) {
                int other = far[rows.list[r]];
                if (distance[other] >= 0) {
                    continue;
                }
                if (next > depth) {
                    truncated = true;
                    break;
                }
                distance[other] = next;
                parent[other] = node;
                queue[tail++] = other;
            }
        }
        return new Walk(queue, tail, distance, parent, truncated);
    }

    /**
     * The neighbourhood for a picture: the nodes within {@code depth} steps in the direction(s) asked, and the edges
     * among them. At field level every shown dataset brings its fields and every shown field its dataset.
     */
    LineageView around(String focus, Direction direction, int depth, boolean fields) {
        int f = require(focus);
        boolean fieldLevel = fields || datasetOf[f] >= 0;
        boolean[] shown = new boolean[nodes.length];
        List<Integer> order = new ArrayList<>();
        boolean truncated = false;
        List<Direction> ways = direction == Direction.BOTH ? List.of(Direction.UPSTREAM, Direction.DOWNSTREAM)
                : List.of(direction);
        for (Direction way : ways) {
            Walk walk = walk(focus, way, depth, fieldLevel);
            truncated |= walk.truncated;
            for (int i = 0; i < walk.count; i++) {
                int node = walk.order[i];
                if (!shown[node]) {
                    shown[node] = true;
                    order.add(node);
                }
            }
        }
        if (fieldLevel) {
            for (int i = 0, size = order.size(); i < size; i++) {
                int node = order.get(i);
                if (datasetOf[node] >= 0 && !shown[datasetOf[node]]) {
                    shown[datasetOf[node]] = true;
                    order.add(datasetOf[node]);
                }
            }
            for (int i = 0, size = order.size(); i < size; i++) {
                int node = order.get(i);
                for (int r = contains.start[node]; r < contains.start[node + 1]; r++) {
                    int field = edgeTo[contains.list[r]];
                    if (!shown[field]) {
                        shown[field] = true;
                        order.add(field);
                    }
                }
            }
        }
        List<LineageNode> viewNodes = new ArrayList<>(order.size());
        List<LineageEdge> viewEdges = new ArrayList<>();
        for (int node : order) {
            viewNodes.add(nodes[node]);
            if (fieldLevel) {
                addEdges(fieldOut, node, shown, viewEdges);
                addEdges(contains, node, shown, viewEdges);
            } else {
                addEdges(datasetOut, node, shown, viewEdges);
            }
        }
        return new LineageView(focus, viewNodes, viewEdges, truncated);
    }

    private void addEdges(Rows rows, int node, boolean[] shown, List<LineageEdge> out) {
        for (int r = rows.start[node]; r < rows.start[node + 1]; r++) {
            int e = rows.list[r];
            if (shown[edgeTo[e]]) {
                out.add(new LineageEdge(nodes[edgeFrom[e]].id(), nodes[edgeTo[e]].id(), edgeKind[e],
                        nodes[edgeFrom[e]].personalData()));
            }
        }
    }

    private int require(String id) {
        Integer i = index.get(id);
        if (i == null) {
            throw new UnknownLineageNodeException(id);
        }
        return i;
    }
}
