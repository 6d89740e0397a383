package nl.datawijzer.lineage;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Closures of the compact graph against a plain breadth-first search over the edge list, written from the rules alone:
 * same nodes, same distances, the same answer to "is there more", and every path a real shortest path.
 */
class ClosureReferenceTest {

    /** The rules, written plainly: which edges a walk follows, as (node -> neighbours) for the direction. */
    private static Map<String, List<String>> adjacency(GeneratedLineage lineage, boolean down, boolean fields) {
        Map<String, String> datasetOf = new HashMap<>();
        lineage.edges().stream().filter(e -> e.kind() == EdgeKind.CONTAINS).forEach(e -> datasetOf.put(e.to(), e.from()));
        Map<String, List<String>> adjacency = new HashMap<>();
        for (LineageEdge e : lineage.edges()) {
            if (e.kind() == EdgeKind.CONTAINS) {
                continue;
            }
            String from = fields ? e.from() : datasetOf.getOrDefault(e.from(), e.from());
            String to = fields ? e.to() : datasetOf.getOrDefault(e.to(), e.to());
            if (from.equals(to)) {
                continue;
            }
            List<String> list = adjacency.computeIfAbsent(down ? from : to, k -> new ArrayList<>());
            if (!list.contains(down ? to : from)) {
                list.add(down ? to : from);
            }
        }
        return adjacency;
    }

    private record Reference(Map<String, Integer> distance, boolean truncated) {
    }

    private static Reference bfs(GeneratedLineage lineage, String start, boolean down, int depth, boolean fields) {
        Map<String, String> datasetOf = new HashMap<>();
        Map<String, List<String>> fieldsOf = new HashMap<>();
        lineage.edges().stream().filter(e -> e.kind() == EdgeKind.CONTAINS).forEach(e -> {
            datasetOf.put(e.to(), e.from());
            fieldsOf.computeIfAbsent(e.from(), k -> new ArrayList<>()).add(e.to());
        });
        Map<String, List<String>> adjacency = adjacency(lineage, down, fields);
        String first = !fields && datasetOf.containsKey(start) ? datasetOf.get(start) : start;
        Map<String, Integer> distance = new HashMap<>();
        ArrayDeque<String> queue = new ArrayDeque<>();
        distance.put(first, 0);
        queue.add(first);
        boolean truncated = false;
        if (fields) {
            for (String field : fieldsOf.getOrDefault(first, List.of())) {
                if (depth < 1) {
                    truncated = true;
                } else {
                    distance.putIfAbsent(field, 1);
                    queue.add(field);
                }
            }
        }
        while (!queue.isEmpty()) {
            String node = queue.poll();
            for (String next : adjacency.getOrDefault(node, List.of())) {
                if (distance.containsKey(next)) {
                    continue;
                }
                if (distance.get(node) + 1 > depth) {
                    truncated = true;
                    continue;
                }
                distance.put(next, distance.get(node) + 1);
                queue.add(next);
            }
        }
        return new Reference(distance, truncated);
    }

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 42, 2026})
    void closuresMatchAPlainBreadthFirstSearchAtEveryLevelDepthAndDirection(long seed) {
        GeneratedLineage lineage = GeneratedLineage.of(seed, 300, 4);
        LineageGraph graph = lineage.graph();
        Random random = new Random(seed);
        List<String> starts = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            starts.add(lineage.nodes().get(random.nextInt(lineage.nodes().size())).id());
        }
        int compared = 0;
        for (String start : starts) {
            for (boolean down : new boolean[] {true, false}) {
                for (boolean fields : new boolean[] {true, false}) {
                    for (int depth : new int[] {0, 1, 2, 3, 6, LineageGraph.UNLIMITED}) {
                        Direction direction = down ? Direction.DOWNSTREAM : Direction.UPSTREAM;
                        Closure closure = LineageService.closure(graph, start, direction, depth, fields);
                        Reference expected = bfs(lineage, start, down, depth, fields);
                        Map<String, Integer> actual = new HashMap<>();
                        closure.entries().forEach(e -> actual.put(e.node().id(), e.distance()));
                        Map<String, Integer> wanted = new HashMap<>(expected.distance());
                        wanted.remove(start);
                        assertThat(actual).as("%s %s fields=%s depth=%d", start, direction, fields, depth)
                                .isEqualTo(wanted);
                        assertThat(closure.truncated()).as("truncated: %s %s fields=%s depth=%d", start, direction,
                                fields, depth).isEqualTo(expected.truncated());
                        assertPathsAreShortest(lineage, closure, down, fields, expected.distance());
                        compared += actual.size();
                    }
                }
            }
        }
        assertThat(compared).as("the walks reached something").isGreaterThan(1000);
    }

    private static void assertPathsAreShortest(GeneratedLineage lineage, Closure closure, boolean down, boolean fields,
            Map<String, Integer> distance) {
        Map<String, List<String>> adjacency = adjacency(lineage, down, fields);
        for (ImpactEntry entry : closure.entries()) {
            List<String> path = closure.path(entry.node().id());
            assertThat(path).hasSize(entry.distance() + 1);
            for (int i = 1; i < path.size(); i++) {
                String from = path.get(i - 1);
                String to = path.get(i);
                boolean contains = fields && i == 1 && to.startsWith(from + "/field/");
                assertThat(contains || adjacency.getOrDefault(from, List.of()).contains(to))
                        .as("step %s -> %s of the path to %s", from, to, entry.node().id()).isTrue();
                assertThat(distance.get(to)).isEqualTo(distance.get(path.get(0)) + i);
            }
        }
    }

    @ParameterizedTest
    @ValueSource(longs = {7, 8})
    void cyclesEndTheWalkAndEveryNodeIsListedOnce(long seed) {
        GeneratedLineage lineage = GeneratedLineage.of(seed, 200, 2);
        // Close a ring explicitly on top of what the generator made.
        List<LineageEdge> edges = new ArrayList<>(lineage.edges());
        edges.add(new LineageEdge("dataset/d199", "dataset/d0", EdgeKind.DERIVED, false));
        edges.add(new LineageEdge("dataset/d0", "dataset/d199", EdgeKind.DERIVED, false));
        GeneratedLineage ring = new GeneratedLineage(lineage.nodes(), edges);
        Closure closure = LineageService.closure(ring.graph(), "dataset/d0", Direction.DOWNSTREAM,
                LineageGraph.UNLIMITED, true);
        Set<String> seen = new HashSet<>();
        closure.entries().forEach(e -> assertThat(seen.add(e.node().id())).as(e.node().id()).isTrue());
        assertThat(seen).contains("dataset/d199").doesNotContain("dataset/d0");
        assertThat(closure.truncated()).isFalse();
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 2})
    void aDiamondIsReachedOnceAtItsShortestDistance(int extra) {
        List<LineageNode> nodes = List.of(node("a"), node("b"), node("c"), node("d"), node("e"));
        List<LineageEdge> edges = new ArrayList<>(List.of(edge("a", "b"), edge("a", "c"), edge("b", "d"),
                edge("c", "d"), edge("d", "e")));
        if (extra == 2) {
            edges.add(edge("a", "e"));
        }
        Closure closure = LineageService.closure(new LineageGraph(0, nodes, edges, Map.of()), "dataset/a",
                Direction.DOWNSTREAM, LineageGraph.UNLIMITED, false);
        assertThat(closure.entries()).extracting(e -> e.node().id()).containsExactlyInAnyOrder("dataset/b",
                "dataset/c", "dataset/d", "dataset/e");
        assertThat(closure.entries()).filteredOn(e -> e.node().id().equals("dataset/e")).singleElement()
                .extracting(ImpactEntry::distance).isEqualTo(extra == 2 ? 1 : 3);
        assertThat(closure.path("dataset/d")).containsExactly("dataset/a", "dataset/b", "dataset/d");
    }

    private static LineageNode node(String slug) {
        return LineageServiceAroundTest.dataset(slug);
    }

    private static LineageEdge edge(String from, String to) {
        return new LineageEdge("dataset/" + from, "dataset/" + to, EdgeKind.DERIVED, false);
    }
}
