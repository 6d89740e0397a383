package nl.datawijzer.opendata;

/** The outcome of one gate rule on one candidate. */
public enum GateOutcome {
    PASS,
    /** Blocks publication. */
    FAIL,
    /** Worth fixing, but does not block publication (a rule that is not {@link GateRule#blocking()}). */
    WARNING
}
