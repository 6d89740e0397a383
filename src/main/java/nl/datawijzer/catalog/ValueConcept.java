package nl.datawijzer.catalog;

import java.util.Locale;
import org.jspecify.annotations.Nullable;

/** One concept of a value list. {@code rank} orders the confidentiality scale (1 openbaar .. 8 zeer geheim). */
public record ValueConcept(
        String iri,
        String schemeIri,
        String labelNl,
        @Nullable String labelEn,
        @Nullable String notation,
        int rank,
        boolean open,
        boolean specialCategory) {

    public String label(Locale locale) {
        return "en".equals(locale.getLanguage()) && labelEn != null ? labelEn : labelNl;
    }
}
