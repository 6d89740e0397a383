package nl.datawijzer.opendata;

import java.util.List;

/** A publication step that is not allowed now (illegal transition, or the gate blocks); nothing was written. */
public class PublicationRefusedException extends RuntimeException {

    private final List<GateResult> failures;

    public PublicationRefusedException(String message) {
        this(message, List.of());
    }

    public PublicationRefusedException(String message, List<GateResult> failures) {
        super(message);
        this.failures = List.copyOf(failures);
    }

    /** The gate rules that block, when the gate was the reason; empty otherwise. */
    public List<GateResult> failures() {
        return failures;
    }
}
