package nl.datawijzer.privacy;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import nl.datawijzer.catalog.FieldId;
import nl.datawijzer.privacy.internal.LineageRepository.FieldNode;
import nl.datawijzer.privacy.internal.LineageRepository.Link;

/**
 * Breadth-first walk over field lineage that never crosses a step the privacy officer approved. Cycle-safe (each
 * field is reached once per start, by a shortest path) and bounded ({@link #MAX_DEPTH} steps). Several starts walk
 * in step, level by level, so a whole dataset costs one batched look-up per level, not one per field; fields once
 * looked up are remembered for the rest of the walk.
 */
final class LineageWalk {

    /** Deeper lineage than this is far beyond any real chain (source, ETL, warehouse, mart, dashboard). */
    static final int MAX_DEPTH = 20;

    /** A field reached from a start, with the path to it: the start's neighbour first, the field itself last. */
    record Reach(FieldNode node, List<FieldNode> path) {
    }

    private final Function<Set<FieldId>, Map<FieldId, FieldNode>> lookup;
    private final Map<FieldId, FieldNode> known = new HashMap<>();
    private final Set<FieldId> absent = new HashSet<>();

    LineageWalk(Function<Set<FieldId>, Map<FieldId, FieldNode>> lookup) {
        this.lookup = lookup;
    }

    /** Nodes already read (for example every field of a dataset), so the walk does not ask for them again. */
    LineageWalk know(Map<FieldId, FieldNode> nodes) {
        known.putAll(nodes);
        return this;
    }

    /** For each start, every field reached over links that are not approved, nearest first. */
    Map<FieldId, List<Reach>> from(Collection<FieldId> starts) {
        Map<FieldId, Map<FieldId, FieldId>> cameFrom = new LinkedHashMap<>();
        Map<FieldId, List<FieldId>> frontier = new LinkedHashMap<>();
        Map<FieldId, List<FieldId>> reached = new LinkedHashMap<>();
        for (FieldId start : new LinkedHashSet<>(starts)) {
            Map<FieldId, FieldId> seen = new HashMap<>();
            seen.put(start, start);
            cameFrom.put(start, seen);
            frontier.put(start, List.of(start));
            reached.put(start, new ArrayList<>());
        }
        for (int depth = 0; ; depth++) {
            Set<FieldId> wanted = new LinkedHashSet<>();
            frontier.values().forEach(wanted::addAll);
            load(wanted);
            if (depth == MAX_DEPTH || wanted.isEmpty()) {
                break;
            }
            for (FieldId start : frontier.keySet()) {
                Map<FieldId, FieldId> seen = cameFrom.get(start);
                List<FieldId> next = new ArrayList<>();
                for (FieldId field : frontier.get(start)) {
                    FieldNode node = known.get(field);
                    if (node == null) {
                        continue;
                    }
                    for (Link link : node.links()) {
                        if (!link.approved() && !seen.containsKey(link.other())) {
                            seen.put(link.other(), field);
                            next.add(link.other());
                        }
                    }
                }
                frontier.put(start, next);
                reached.get(start).addAll(next);
            }
        }
        Map<FieldId, List<Reach>> result = new LinkedHashMap<>();
        reached.forEach((start, fields) -> result.put(start, fields.stream().filter(known::containsKey)
                .map(field -> new Reach(known.get(field), path(start, field, cameFrom.get(start)))).toList()));
        return result;
    }

    private List<FieldNode> path(FieldId start, FieldId field, Map<FieldId, FieldId> cameFrom) {
        List<FieldNode> path = new ArrayList<>();
        for (FieldId at = field; !at.equals(start); at = cameFrom.get(at)) {
            path.addFirst(known.get(at));
        }
        return path;
    }

    private void load(Set<FieldId> fields) {
        Set<FieldId> missing = new LinkedHashSet<>(fields);
        missing.removeAll(known.keySet());
        missing.removeAll(absent);
        if (missing.isEmpty()) {
            return;
        }
        Map<FieldId, FieldNode> found = lookup.apply(missing);
        known.putAll(found);
        missing.stream().filter(f -> !found.containsKey(f)).forEach(absent::add);
    }
}
