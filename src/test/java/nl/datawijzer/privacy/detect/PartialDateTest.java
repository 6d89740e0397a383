package nl.datawijzer.privacy.detect;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PartialDateTest {

    private static final LocalDate TODAY = LocalDate.of(2025, 6, 15);

    @ParameterizedTest(name = "{0} -> {1}-{2}-{3}")
    @CsvSource(delimiter = '|', textBlock = """
            1970-05-12 | 1970 | 5  | 12
            12-05-1970 | 1970 | 5  | 12
            19700512   | 1970 | 5  | 12
            2000-02-29 | 2000 | 2  | 29
            1970-05-00 | 1970 | 5  | 0
            00-05-1970 | 1970 | 5  | 0
            19700500   | 1970 | 5  | 0
            1970-00-00 | 1970 | 0  | 0
            00-00-1970 | 1970 | 0  | 0
            19700000   | 1970 | 0  | 0
            0000-00-00 | 0    | 0  | 0
            00000000   | 0    | 0  | 0
            """)
    void completeAndPartialDatesAreReadInEachForm(String value, int year, int month, int day) {
        assertThat(PartialDate.isValid(value)).isTrue();
        assertThat(PartialDate.parse(value)).contains(new PartialDate(year, month, day));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            1970-00-12
            12-00-1970
            19700012
            0000-05-12
            1970-02-30
            1900-02-29
            1970-13-01
            1970-04-31
            1970/05/12
            12-5-1970
            1970-5-12
            197005
            12 mei 1970
            1970-05-12T10:00
            ''
            """)
    void aDateWithAKnownDayButUnknownMonthOrThatDoesNotExistIsInvalid(String value) {
        assertThat(PartialDate.isValid(value)).isFalse();
    }

    @Test
    void aPartialBirthDateIsValid() {
        assertThat(PartialDate.isValid("1970-00-00")).isTrue();
        assertThat(PartialDate.isPlausibleBirthDate("1970-00-00", TODAY)).isTrue();
        assertThat(PartialDate.parse("1970-05-00").orElseThrow().isPartial()).isTrue();
        assertThat(PartialDate.parse("1970-05-12").orElseThrow().isPartial()).isFalse();
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            1900-01-01 | true
            1899-12-31 | false
            1899-00-00 | false
            2025-06-15 | true
            2025-06-16 | false
            2025-06-00 | true
            2025-07-00 | false
            2025-00-00 | true
            2026-00-00 | false
            0000-00-00 | false
            19851224   | true
            24-12-1985 | true
            """)
    void aPlausibleBirthDateLiesBetween1900AndToday(String value, boolean plausible) {
        assertThat(PartialDate.isPlausibleBirthDate(value, TODAY)).isEqualTo(plausible);
    }

    @Test
    void aPartialDateCannotBeBuiltWithAKnownDayAndUnknownMonth() {
        assertThatThrownBy(() -> new PartialDate(1970, 0, 12)).isInstanceOf(IllegalArgumentException.class);
        assertThat(new PartialDate(0, 0, 0).isUnknown()).isTrue();
    }
}
