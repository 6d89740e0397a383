package nl.datawijzer.opendata.sparql;

/** A query the public endpoint will not run; the messages say why, in Dutch and in English. Nothing has run. */
public class SparqlRefusedException extends RuntimeException {

    /** Why a query was refused. */
    public enum Reason { EMPTY, TOO_LONG, SYNTAX, UPDATE, SERVICE, NOT_ALLOWED, FAILED }

    private final Reason reason;
    private final String english;

    public SparqlRefusedException(Reason reason, String dutch, String english) {
        super(dutch);
        this.reason = reason;
        this.english = english;
    }

    /** Any kind of SPARQL Update, however it was sent. */
    public static SparqlRefusedException update() {
        return new SparqlRefusedException(Reason.UPDATE,
                "Dit openbare eindpunt voert alleen leesquery's uit (SELECT, ASK, CONSTRUCT, DESCRIBE); "
                        + "wijzigen (SPARQL Update) is niet toegestaan.",
                "This public endpoint only runs read queries (SELECT, ASK, CONSTRUCT, DESCRIBE); "
                        + "updates (SPARQL Update) are not allowed.");
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
