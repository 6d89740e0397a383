package nl.datawijzer.rdf;

/**
 * A backup file that is not a complete Datawijzer backup (empty, not gzip, cut off, broken TriG, counts that do not
 * match its manifest). Thrown before the store is touched, or from inside the restore transaction, which then aborts:
 * either way nothing was replaced.
 */
public class BackupRefusedException extends RuntimeException {

    private final String reason;

    public BackupRefusedException(String reason) {
        super("Dit bestand is geen volledige Datawijzer-back-up: " + reason + ". Er is niets vervangen.");
        this.reason = reason;
    }

    public BackupRefusedException(String reason, Throwable cause) {
        super("Dit bestand is geen volledige Datawijzer-back-up: " + reason + ". Er is niets vervangen.", cause);
        this.reason = reason;
    }

    /** Why, in Dutch, without the surrounding sentence. */
    public String reason() {
        return reason;
    }
}
