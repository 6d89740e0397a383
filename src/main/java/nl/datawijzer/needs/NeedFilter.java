package nl.datawijzer.needs;

import org.jspecify.annotations.Nullable;

/** Filters of the analysts' board; a null part does not filter. */
public record NeedFilter(@Nullable NeedStep step, @Nullable NeedType type, @Nullable SteeringLevel steeringLevel,
        @Nullable String assignee) {

    public static final NeedFilter ALL = new NeedFilter(null, null, null, null);

    boolean matches(Need need) {
        return (step == null || need.step() == step) && (type == null || need.type() == type)
                && (steeringLevel == null || need.draft().steeringLevel() == steeringLevel)
                && (assignee == null || assignee.isBlank() || assignee.equalsIgnoreCase(need.assignee()));
    }
}
