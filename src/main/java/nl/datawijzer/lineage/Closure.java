package nl.datawijzer.lineage;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Everything upstream or downstream of {@code focus}, nearest first. At dataset level a field's closure is that of its
 * dataset, which is then the first entry (distance 0).
 *
 * @param entries the nodes reached, the focus left out, by distance
 * @param truncated more lies beyond the depth asked for
 */
public record Closure(LineageNode focus, Direction direction, boolean fields, List<ImpactEntry> entries,
        boolean truncated) {

    public Closure {
        entries = List.copyOf(entries);
    }

    /** The node ids from where the walk started to {@code id}, both included; empty when {@code id} was not reached. */
    public List<String> path(String id) {
        Map<String, ImpactEntry> byId = new HashMap<>(entries.size() * 2);
        entries.forEach(e -> byId.put(e.node().id(), e));
        List<String> path = new ArrayList<>();
        ImpactEntry at = byId.get(id);
        if (at == null) {
            return List.of();
        }
        String step = id;
        while (step != null) {
            path.add(step);
            ImpactEntry entry = byId.get(step);
            step = entry == null ? null : entry.via();
        }
        Collections.reverse(path);
        return List.copyOf(path);
    }

    /** The entries of one kind, nearest first. */
    public List<ImpactEntry> of(NodeKind kind) {
        return entries.stream().filter(e -> e.node().kind() == kind).toList();
    }
}
