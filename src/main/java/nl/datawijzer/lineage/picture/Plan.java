package nl.datawijzer.lineage.picture;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.datawijzer.lineage.EdgeKind;
import nl.datawijzer.lineage.LineageEdge;
import nl.datawijzer.lineage.LineageNode;
import nl.datawijzer.lineage.LineageView;
import nl.datawijzer.lineage.NodeKind;
import org.jspecify.annotations.Nullable;

/**
 * What the picture shows before layout: the boxes (a node, or a closed system standing for its members), the open
 * systems with their boxes, and the flows between boxes. Edges of a closed system's members become edges of the
 * system's box; edges that then run between the same two boxes merge into one flow with a count, and a flow inside
 * one closed system disappears.
 */
record Plan(String focus, List<Box> boxes, List<Group> groups, List<Flow> flows, boolean truncated) {

    /** Prefix of a closed system's box id; no node id starts with it (node ids start with their kind's path). */
    static final String SYSTEM_PREFIX = "system:";

    /**
     * One box. {@code kind} is null for a closed system; {@code members} counts the nodes a closed system stands for
     * (1 for a node). {@code group} is the open system that holds the box, or null for a top-level box.
     */
    record Box(String id, @Nullable NodeKind kind, String label, @Nullable String system, @Nullable String group,
            boolean personalData, @Nullable String path, boolean focus, int members) {

        boolean isSystem() {
            return kind == null;
        }
    }

    /** An open system: its name and the ids of its boxes. */
    record Group(String system, String label, List<String> boxes) {
    }

    /** One or more edges between the same two boxes. */
    record Flow(String from, String to, Set<EdgeKind> kinds, boolean personalData, int count) {

        String id() {
            return from + "->" + to;
        }
    }

    static Plan of(LineageView view, Groups groups) {
        Map<String, List<LineageNode>> bySystem = new LinkedHashMap<>();
        Map<String, String> systemLabels = new HashMap<>();
        @Nullable String focusSystem = null;
        for (LineageNode node : view.nodes()) {
            if (node.system() != null) {
                bySystem.computeIfAbsent(node.system(), s -> new ArrayList<>()).add(node);
                systemLabels.putIfAbsent(node.system(), node.systemLabel() == null ? node.system() : node.systemLabel());
                if (node.id().equals(view.focus())) {
                    focusSystem = node.system();
                }
            }
        }
        int size = view.nodes().size();
        Map<String, Boolean> open = new HashMap<>();
        for (Map.Entry<String, List<LineageNode>> entry : bySystem.entrySet()) {
            open.put(entry.getKey(), groups.isOpen(entry.getKey(), size, entry.getValue().size(), focusSystem));
        }

        List<Box> boxes = new ArrayList<>();
        Map<String, String> boxOf = new HashMap<>();
        Map<String, Group> openGroups = new LinkedHashMap<>();
        Map<String, Integer> closedIndex = new HashMap<>();
        for (LineageNode node : view.nodes()) {
            String system = node.system();
            boolean isFocus = node.id().equals(view.focus());
            if (system != null && !open.get(system)) {
                String id = SYSTEM_PREFIX + system;
                boxOf.put(node.id(), id);
                Integer index = closedIndex.get(system);
                if (index == null) {
                    closedIndex.put(system, boxes.size());
                    boxes.add(new Box(id, null, systemLabels.get(system), system, null, node.personalData(), null,
                            isFocus, 1));
                } else {
                    Box old = boxes.get(index);
                    boxes.set(index, new Box(id, null, old.label(), system, null,
                            old.personalData() || node.personalData(), null, old.focus() || isFocus, old.members() + 1));
                }
                continue;
            }
            boxOf.put(node.id(), node.id());
            if (system != null) {
                openGroups.computeIfAbsent(system, s -> new Group(s, systemLabels.get(s), new ArrayList<>()))
                        .boxes().add(node.id());
            }
            boxes.add(new Box(node.id(), node.kind(), node.label(), system, system, node.personalData(), node.path(),
                    isFocus, 1));
        }

        Map<String, Flow> flows = new LinkedHashMap<>();
        for (LineageEdge edge : view.edges()) {
            String from = boxOf.get(edge.from());
            String to = boxOf.get(edge.to());
            if (from == null || to == null || from.equals(to)) {
                // an edge inside one closed system, or (against LineageView's promise) to a node not shown
                continue;
            }
            flows.merge(from + "->" + to, new Flow(from, to, EnumSet.of(edge.kind()), edge.personalData(), 1),
                    (a, b) -> {
                        Set<EdgeKind> kinds = EnumSet.copyOf(a.kinds());
                        kinds.addAll(b.kinds());
                        return new Flow(a.from(), a.to(), kinds, a.personalData() || b.personalData(),
                                a.count() + b.count());
                    });
        }
        return new Plan(view.focus(), List.copyOf(boxes), List.copyOf(openGroups.values()),
                List.copyOf(flows.values()), view.truncated());
    }

    /** Every system in the view, open or closed, in order of appearance. */
    List<String> systems() {
        List<String> systems = new ArrayList<>();
        for (Box box : boxes) {
            if (box.system() != null && !systems.contains(box.system())) {
                systems.add(box.system());
            }
        }
        return systems;
    }
}
