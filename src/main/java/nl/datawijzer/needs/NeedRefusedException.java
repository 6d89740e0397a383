package nl.datawijzer.needs;

import java.util.List;

/**
 * A change to an information need that is not allowed (bad input, an illegal transition, a SMART rule failing at
 * submission, a link to a record that does not exist); nothing was written. The message is Dutch and says what to do.
 * An IllegalArgumentException, so the REST layer answers 400.
 */
public class NeedRefusedException extends IllegalArgumentException {

    private final List<SmartResult> failures;

    public NeedRefusedException(String message) {
        this(message, List.of());
    }

    public NeedRefusedException(String message, List<SmartResult> failures) {
        super(message);
        this.failures = List.copyOf(failures);
    }

    /** The SMART rules that failed, when they were the reason; empty otherwise. */
    public List<SmartResult> failures() {
        return failures;
    }
}
