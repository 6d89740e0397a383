package nl.datawijzer.privacy;

/**
 * Published after a change to the processing register has committed (one per activity), so derived views such as a
 * public transparency page can follow.
 */
public record ProcessingRegisterChangedEvent(ProcessingActivityId id, Change change) {
    public enum Change { CREATED, UPDATED, DELETED }
}
