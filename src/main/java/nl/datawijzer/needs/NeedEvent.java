package nl.datawijzer.needs;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * One entry of a need's append-only history: who did what when. {@code from}/{@code to} are set for a submission or a
 * move; {@code text} holds the comment, feedback text, the new assignee or type, or the linked record.
 */
public record NeedEvent(String id, NeedId need, Instant at, String by, EventKind kind, @Nullable NeedStep from,
        @Nullable NeedStep to, String text) {
}
