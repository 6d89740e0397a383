package nl.datawijzer.rdf;

/** Who is writing now, as the audit trail names them: the signed-in account, or the system for background work. */
@FunctionalInterface
public interface WriteAuthor {

    /** The name written for work nobody signed in for (start-up, schedules, the seed). */
    String SYSTEM = "systeem";

    String name();

    static WriteAuthor system() {
        return () -> SYSTEM;
    }
}
