package nl.datawijzer.lineage;

import org.jspecify.annotations.Nullable;

/**
 * One node reached by an impact closure.
 *
 * @param distance the fewest edges from the focus
 * @param via the node it is reached from on one shortest path (null for where the walk starts); {@link Closure#path}
 *     follows these back to the focus
 * @param norm a KPI's norm in words (null for other nodes, or a KPI without one)
 * @param dashboard a dataset that is a dashboard (page): some KPI is shown in it
 */
public record ImpactEntry(LineageNode node, int distance, @Nullable String via, @Nullable String norm,
        boolean dashboard) {
}
