package nl.datawijzer.lineage.api;

import java.util.List;
import nl.datawijzer.lineage.Closure;
import nl.datawijzer.lineage.Impact;
import nl.datawijzer.lineage.ImpactEntry;
import nl.datawijzer.lineage.LineageNode;
import org.jspecify.annotations.Nullable;

/** Impact analysis as JSON: the focus, and per side the nodes reached with distance, path (node ids) and norm. */
record ImpactJson(Node focus, boolean fields, @Nullable Integer depth, Side downstream, Side upstream) {

    record Node(String id, String kind, String label, @Nullable String system, @Nullable String systemLabel,
            boolean personalData, @Nullable String path) {

        static Node of(LineageNode node) {
            return new Node(node.id(), node.kind().name(), node.label(), node.system(), node.systemLabel(),
                    node.personalData(), node.path());
        }
    }

    record Entry(Node node, int distance, List<String> path, @Nullable String norm, boolean dashboard) {
    }

    record Side(List<Entry> nodes, boolean truncated) {

        static Side of(Closure closure) {
            return new Side(closure.entries().stream().map(e -> entry(closure, e)).toList(), closure.truncated());
        }

        private static Entry entry(Closure closure, ImpactEntry e) {
            return new Entry(Node.of(e.node()), e.distance(), closure.path(e.node().id()), e.norm(), e.dashboard());
        }
    }

    static ImpactJson of(Impact impact, @Nullable Integer depth) {
        return new ImpactJson(Node.of(impact.focus()), impact.fields(), depth, Side.of(impact.downstream()),
                Side.of(impact.upstream()));
    }
}
