package nl.datawijzer.opendata.dcatimport;

/**
 * A document that is not read at all (too large, not RDF, hostile, outside the allow list, ...): nothing was written.
 * The message is Dutch and says what to do.
 */
public class DcatImportRefusedException extends RuntimeException {

    public DcatImportRefusedException(String message) {
        super(message);
    }

    public DcatImportRefusedException(String message, Throwable cause) {
        super(message, cause);
    }
}
