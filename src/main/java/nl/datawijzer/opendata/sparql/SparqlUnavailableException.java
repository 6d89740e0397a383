package nl.datawijzer.opendata.sparql;

/** The endpoint could not answer now: too busy, or the query ran past its time and was stopped. */
public class SparqlUnavailableException extends RuntimeException {

    /** Why no answer came. */
    public enum Reason { BUSY, TIMEOUT }

    private final Reason reason;
    private final String english;

    public SparqlUnavailableException(Reason reason, String dutch, String english) {
        super(dutch);
        this.reason = reason;
        this.english = english;
    }

    public Reason reason() {
        return reason;
    }

    public String dutch() {
        return getMessage();
    }

    public String english() {
        return english;
    }
}
