package nl.datawijzer.catalog;

import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * One concept of a value list. {@code rank} orders the confidentiality scale (1 openbaar .. 8 zeer geheim);
 * {@code gdprArticle} is set on the special personal-data categories (art. 9 and art. 10 GDPR).
 */
public record ValueConcept(
        String iri,
        String schemeIri,
        String labelNl,
        @Nullable String labelEn,
        @Nullable String notation,
        int rank,
        boolean open,
        boolean specialCategory,
        @Nullable GdprArticle gdprArticle) {

    public String label(Locale locale) {
        return "en".equals(locale.getLanguage()) && labelEn != null ? labelEn : labelNl;
    }
}
