package nl.datawijzer.needs;

/**
 * Published after every committed change to an information need (the write has returned, so listeners see it), for
 * notifications: which need, what happened, and who did it.
 */
public record NeedChangedEvent(NeedId need, EventKind kind, String by) {
}
