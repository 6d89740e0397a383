package nl.datawijzer.catalog.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.ResourceBundle;
import org.junit.jupiter.api.Test;

/** Readers see datatypes as words, in both languages. */
class DatatypeWordsTest {

    private static final String XSD = "http://www.w3.org/2001/XMLSchema#";

    @Test
    void everyAllowedDatatypeHasDutchAndEnglishWords() {
        ResourceBundle dutch = ResourceBundle.getBundle("i18n/catalog", Locale.ROOT,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        ResourceBundle english = ResourceBundle.getBundle("i18n/catalog", Locale.ENGLISH,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        for (String iri : DatatypeWords.IRIS) {
            assertThat(dutch.containsKey(DatatypeWords.key(iri))).as(iri).isTrue();
            assertThat(english.getString(DatatypeWords.key(iri))).as(iri).isNotEqualTo(dutch.getString(DatatypeWords.key(iri)));
        }
    }

    @Test
    void showsDutchWordsForCommonTypes() {
        ResourceBundle dutch = ResourceBundle.getBundle("i18n/catalog", Locale.ROOT,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        assertThat(DatatypeWords.words(XSD + "string", dutch::getString)).isEqualTo("tekst");
        assertThat(DatatypeWords.words(XSD + "gYearMonth", dutch::getString)).isEqualTo("jaar en maand");
        assertThat(DatatypeWords.words(XSD + "anyURI", dutch::getString)).isEqualTo("webadres");
    }

    @Test
    void showsAnUnknownDatatypeAsItsIri() {
        assertThat(DatatypeWords.words(XSD + "duration", key -> "!" + key)).isEqualTo(XSD + "duration");
    }
}
