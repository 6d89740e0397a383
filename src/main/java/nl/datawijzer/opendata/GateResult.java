package nl.datawijzer.opendata;

import java.util.Locale;
import java.util.Objects;

/**
 * What one rule says about one candidate, with an explanation that names the failing fields, distributions, columns
 * or cells (never a value of a hosted file).
 */
public record GateResult(GateRule rule, GateOutcome outcome, String explanationNl, String explanationEn) {

    public GateResult {
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(outcome, "outcome");
        if (explanationNl.isBlank() || explanationEn.isBlank()) {
            throw new IllegalArgumentException("A gate result explains itself in Dutch and English");
        }
    }

    static GateResult pass(GateRule rule, String nl, String en) {
        return new GateResult(rule, GateOutcome.PASS, nl, en);
    }

    /** A failure, or only a warning when the rule does not block publication. */
    static GateResult fail(GateRule rule, String nl, String en) {
        return new GateResult(rule, rule.blocking() ? GateOutcome.FAIL : GateOutcome.WARNING, nl, en);
    }

    public boolean passed() {
        return outcome == GateOutcome.PASS;
    }

    public boolean blocks() {
        return outcome == GateOutcome.FAIL;
    }

    public String explanation(Locale locale) {
        return "en".equals(locale.getLanguage()) ? explanationEn : explanationNl;
    }
}
