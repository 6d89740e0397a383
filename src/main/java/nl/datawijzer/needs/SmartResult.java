package nl.datawijzer.needs;

/** The outcome of one SMART rule on a draft: passed or not, and when not, concrete Dutch guidance. */
public record SmartResult(SmartRule rule, boolean passed, String guidance) {

    static SmartResult pass(SmartRule rule) {
        return new SmartResult(rule, true, "");
    }

    static SmartResult fail(SmartRule rule, String guidance) {
        return new SmartResult(rule, false, guidance);
    }
}
