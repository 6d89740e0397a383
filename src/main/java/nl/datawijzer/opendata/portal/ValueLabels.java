package nl.datawijzer.opendata.portal;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import nl.datawijzer.opendata.portal.internal.ValueLists;
import org.springframework.stereotype.Service;

/**
 * Labels of the value lists a public page shows (themes, update frequencies, licences), in the reader's language.
 * Read once from the lists that ship with the code, never from a store: the public side has no other source, and the
 * lists hold no closed data.
 */
@Service
public class ValueLabels {

    private final ValueLists lists;

    ValueLabels(ValueLists lists) {
        this.lists = lists;
    }

    /** The label of a value in the language (Dutch when there is none in it), or the last part of its IRI. */
    public String label(String iri, Locale locale) {
        return lists.label(iri, language(locale)).orElseGet(() -> lastSegment(iri));
    }

    /** The EU data themes (IRIs), in the order of their Dutch labels. */
    public List<String> euThemes() {
        return lists.euThemes();
    }

    /** The theme whose Dutch label is {@code dutchLabel} (the public index names themes by it). */
    public Optional<String> themeByDutchLabel(String dutchLabel) {
        return lists.themeByDutchLabel(dutchLabel);
    }

    public boolean isEuTheme(String iri) {
        return lists.euThemes().contains(iri);
    }

    private static String language(Locale locale) {
        return "en".equals(locale.getLanguage()) ? "en" : "nl";
    }

    private static String lastSegment(String iri) {
        String tail = iri.substring(Math.max(iri.lastIndexOf('/'), iri.lastIndexOf('#')) + 1);
        return tail.isEmpty() ? iri : tail;
    }
}
