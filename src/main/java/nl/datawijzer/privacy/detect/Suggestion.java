package nl.datawijzer.privacy.detect;

import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * Advice that a field holds personal data of one category, for the privacy officer to confirm or reject.
 * From {@link FieldDetectors} there is one per category, combining every rule that pointed to it.
 *
 * @param detectorIds the rules that fired, strongest first (e.g. {@code naam.bsn}, {@code waarde.elfproef})
 * @param categoryIri a concept of {@code dwv:persoonsgegevens}
 * @param specialCategory the art. 9 GDPR kind, or null for ordinary personal data
 * @param criminal whether this is criminal-offence data (art. 10 GDPR)
 * @param confidentialityIri the suggested level, a concept of {@code dwv:vertrouwelijkheid}
 * @param confidence 0 to 1; from {@value #CONFIDENT} on the suggestion counts as {@link #confident()}
 * @param sampleCounts what a value rule counted, or null when no value rule fired
 */
public record Suggestion(
        List<String> detectorIds,
        String categoryIri,
        @Nullable SpecialCategory specialCategory,
        boolean criminal,
        String confidentialityIri,
        double confidence,
        String explanationNl,
        String explanationEn,
        @Nullable SampleCounts sampleCounts) {

    /** Below this a suggestion is shown as a hint, not proposed as the field's classification. */
    public static final double CONFIDENT = 0.5;

    public Suggestion {
        detectorIds = List.copyOf(detectorIds);
        if (detectorIds.isEmpty() || !(confidence >= 0 && confidence <= 1)) {
            throw new IllegalArgumentException("A suggestion needs a rule and a confidence from 0 to 1");
        }
    }

    public boolean isSpecialCategory() {
        return specialCategory != null;
    }

    public boolean confident() {
        return confidence >= CONFIDENT;
    }

    /** The explanation in English when the locale asks for it, otherwise in Dutch. */
    public String explanation(Locale locale) {
        return "en".equals(locale.getLanguage()) ? explanationEn : explanationNl;
    }
}
