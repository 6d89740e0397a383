package nl.datawijzer.rdf;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * A write that did not conform to the shapes, or broke an integrity rule. The store is unchanged.
 * Carries plain strings only, so views and REST handlers can show it without touching RDF types.
 */
public class WriteRefusedException extends RuntimeException {

    private final transient List<Violation> violations;

    public WriteRefusedException(List<Violation> violations) {
        super(violations.stream().map(v -> v.message(Locale.of("nl"))).collect(Collectors.joining("; ")));
        this.violations = List.copyOf(violations);
    }

    public static WriteRefusedException of(String propertyIri, String messageNl, String messageEn) {
        return new WriteRefusedException(List.of(new Violation("", propertyIri, messageNl, messageEn, "", "")));
    }

    /** History (append-only records) is written once; no store lets it be rewritten. */
    static WriteRefusedException historyIsFixed(String graphIri) {
        return of(graphIri, "Dit is geschiedenis: een vastgelegd besluit kan niet worden gewijzigd of verwijderd.",
                "This is history: a recorded decision cannot be changed or removed.");
    }

    public List<Violation> violations() {
        return violations;
    }

    /**
     * One reason for refusal. {@code path} is the property IRI the problem is about (empty when it is
     * about the whole record) so a form can show the message at the right input; {@code sourceShape}
     * names the rule (useful for rules that combine several properties and so have no path).
     */
    public record Violation(String focusNode, String path, String messageNl, String messageEn, String value,
            String sourceShape) {
        public String message(Locale locale) {
            return "en".equals(locale.getLanguage()) && !messageEn.isBlank() ? messageEn : messageNl;
        }
    }
}
