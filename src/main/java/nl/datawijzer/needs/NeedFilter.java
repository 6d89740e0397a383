package nl.datawijzer.needs;

import org.jspecify.annotations.Nullable;

/**
 * Filters of the analysts' board; a null part does not filter.
 *
 * @param openOnly leave out needs that are finished (afgewezen or gesloten)
 */
public record NeedFilter(@Nullable NeedStep step, @Nullable NeedType type, @Nullable SteeringLevel steeringLevel,
        @Nullable String assignee, @Nullable NeedDomain domain, boolean openOnly) {

    public static final NeedFilter ALL = new NeedFilter(null, null, null, null, null, false);

    public NeedFilter(@Nullable NeedStep step, @Nullable NeedType type, @Nullable SteeringLevel steeringLevel,
            @Nullable String assignee) {
        this(step, type, steeringLevel, assignee, null, false);
    }

    boolean matches(Need need) {
        return (step == null || need.step() == step) && (type == null || need.type() == type)
                && (steeringLevel == null || need.draft().steeringLevel() == steeringLevel)
                && (assignee == null || assignee.isBlank() || assignee.equalsIgnoreCase(need.assignee()))
                && (domain == null || need.draft().domain() == domain)
                && (!openOnly || !need.step().isFinal());
    }
}
