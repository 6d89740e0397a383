package nl.datawijzer.lineage.picture;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import nl.datawijzer.lineage.EdgeKind;
import nl.datawijzer.lineage.LineageEdge;
import nl.datawijzer.lineage.LineageNode;
import nl.datawijzer.lineage.LineageView;
import nl.datawijzer.lineage.NodeKind;

/**
 * Deterministic random lineage graphs: datasets spread over systems, jobs in systems, KPIs and needs without a system,
 * edges only from an earlier node to a later one (a DAG, as lineage is), at most one edge per pair, about a quarter of
 * datasets personal. Also used by the benchmark.
 */
public final class GeneratedLineage {

    private GeneratedLineage() {
    }

    public static LineageView of(int nodes, int systems, long seed) {
        Random random = new Random(seed);
        List<LineageNode> list = new ArrayList<>();
        for (int i = 0; i < nodes; i++) {
            double roll = random.nextDouble();
            NodeKind kind = i == 0 || roll < 0.7 ? NodeKind.DATASET : roll < 0.82 ? NodeKind.JOB
                    : roll < 0.92 ? NodeKind.KPI : NodeKind.NEED;
            boolean inSystem = kind == NodeKind.DATASET || kind == NodeKind.JOB;
            String system = inSystem ? "sys-" + random.nextInt(systems) : null;
            String id = switch (kind) {
                case DATASET -> "dataset/ds-" + i;
                case JOB -> "job/job-" + i;
                case KPI -> "kpi/kpi-" + i;
                case NEED -> "need/n" + i;
                case FIELD -> "dataset/ds-" + i + "/field/f";
            };
            String path = switch (kind) {
                case DATASET -> "datasets/ds-" + i;
                case NEED -> "needs/n" + i;
                default -> null;
            };
            list.add(new LineageNode(id, kind, "Tabel " + i + (i % 7 == 0 ? " met een wat langere naam" : ""),
                    system, system == null ? null : "Systeem " + system.substring(4),
                    kind == NodeKind.DATASET && random.nextInt(4) == 0, path));
        }
        List<LineageEdge> edges = new ArrayList<>();
        Set<String> pairs = new HashSet<>();
        for (int to = 1; to < nodes; to++) {
            int incoming = 1 + random.nextInt(2);
            for (int k = 0; k < incoming; k++) {
                int from = Math.max(0, to - 1 - random.nextInt(Math.min(to, 12)));
                if (pairs.add(from + ">" + to)) {
                    LineageNode source = list.get(from);
                    edges.add(new LineageEdge(source.id(), list.get(to).id(), EdgeKind.DERIVED, source.personalData()));
                }
            }
        }
        return new LineageView(list.get(nodes / 2).id(), list, edges, false);
    }
}
