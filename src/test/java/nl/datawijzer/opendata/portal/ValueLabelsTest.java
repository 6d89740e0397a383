package nl.datawijzer.opendata.portal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import nl.datawijzer.opendata.portal.internal.ValueLists;
import org.junit.jupiter.api.Test;

/** Labels come from the value lists that ship with the code, in the reader's language, Dutch otherwise. */
class ValueLabelsTest {

    private static final String EU_THEME = "http://publications.europa.eu/resource/authority/data-theme/";
    private final ValueLabels labels = new ValueLabels(new ValueLists());

    @Test
    void labelsFrequenciesLicencesAndThemesInDutchAndEnglish() {
        assertThat(labels.label("http://publications.europa.eu/resource/authority/frequency/ANNUAL", Locale.of("nl")))
                .isEqualTo("jaarlijks");
        assertThat(labels.label("http://publications.europa.eu/resource/authority/frequency/ANNUAL", Locale.ENGLISH))
                .isEqualTo("annual");
        assertThat(labels.label("http://publications.europa.eu/resource/authority/licence/CC0", Locale.of("nl")))
                .isEqualTo("Creative Commons CC0 1.0 Universeel");
        assertThat(labels.label(EU_THEME + "ENVI", Locale.ENGLISH)).isEqualTo("Environment");
    }

    @Test
    void anUnknownValueShowsTheLastPartOfItsIri() {
        assertThat(labels.label("http://example.org/codes/ONBEKEND", Locale.of("nl"))).isEqualTo("ONBEKEND");
    }

    @Test
    void knowsTheThirteenEuThemesAndFindsThemByTheirDutchLabel() {
        assertThat(labels.euThemes()).hasSize(13).allSatisfy(iri -> assertThat(iri).startsWith(EU_THEME));
        assertThat(labels.themeByDutchLabel("Milieu")).contains(EU_THEME + "ENVI");
        assertThat(labels.isEuTheme(EU_THEME + "ENVI")).isTrue();
        String dutchTheme = labels.themeByDutchLabel("Zorg en gezondheid").orElseThrow();
        assertThat(labels.isEuTheme(dutchTheme)).isFalse();
    }
}
