package nl.datawijzer.privacy.ui;

import java.util.Locale;
import java.util.stream.Collectors;
import nl.datawijzer.rdf.WriteRefusedException;

/** A refused decision as one readable sentence per broken rule, in the user's language. */
final class Refusals {

    private Refusals() {
    }

    static String text(WriteRefusedException refusal, Locale locale) {
        if (refusal.violations().isEmpty()) {
            return String.valueOf(refusal.getMessage());
        }
        return refusal.violations().stream().map(v -> v.message(locale)).distinct().collect(Collectors.joining(" "));
    }
}
