package nl.datawijzer.opendata.portal.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.Test;

class PortalTextTest {

    private static final Locale DUTCH = Locale.of("nl");

    @Test
    void fileSizesAreReadableInTheReadersLanguage() {
        assertThat(PortalText.fileSize(1, DUTCH)).isEqualTo("1 byte");
        assertThat(PortalText.fileSize(999, DUTCH)).isEqualTo("999 bytes");
        assertThat(PortalText.fileSize(1_536_000, DUTCH)).isEqualTo("1,5 MB");
        assertThat(PortalText.fileSize(1_536_000, Locale.ENGLISH)).isEqualTo("1.5 MB");
        assertThat(PortalText.fileSize(12_000, DUTCH)).isEqualTo("12 kB");
        assertThat(PortalText.fileSize(3_200_000_000L, DUTCH)).isEqualTo("3,2 GB");
    }

    @Test
    void datesAndDateTimesShowAsLongLocalDates() {
        assertThat(PortalText.date("2026-03-02T10:00:00+01:00", DUTCH)).isEqualTo("2 maart 2026");
        assertThat(PortalText.date("2024-05-01", Locale.ENGLISH)).isEqualTo("May 1, 2024");
        assertThat(PortalText.date("ooit", DUTCH)).isEqualTo("ooit");
    }

    @Test
    void formatsAndMediaTypesAreNamedAsPeopleWriteThem() {
        assertThat(PortalText.formatName("http://publications.europa.eu/resource/authority/file-type/CSV")).isEqualTo("CSV");
        assertThat(PortalText.mediaType("https://www.iana.org/assignments/media-types/text/csv")).isEqualTo("text/csv");
    }

    @Test
    void longDescriptionsAreCutAtAWord() {
        assertThat(PortalText.excerpt("kort", 10)).isEqualTo("kort");
        assertThat(PortalText.excerpt("een twee drie vier vijf", 12)).isEqualTo("een twee…");
    }
}
