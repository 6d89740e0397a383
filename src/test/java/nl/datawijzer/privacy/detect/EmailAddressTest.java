package nl.datawijzer.privacy.detect;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class EmailAddressTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            j.jansen@huizen.nl               | true
            info@wmo-loket.huizen.nl         | true
            Jan.De.Vries+post@example.co.uk  | true
            ' a@b.nl '                       | true
            jan@localhost                    | false
            jan.huizen.nl                    | false
            jan@@huizen.nl                   | false
            .jan@huizen.nl                   | false
            jan.@huizen.nl                   | false
            jan..jansen@huizen.nl            | false
            jan jansen@huizen.nl             | false
            jan@-huizen.nl                   | false
            jan@huizen-.nl                   | false
            jan@huizen.n                     | false
            jan@huizen.123                   | false
            "jan"@huizen.nl                  | false
            ''                               | false
            """)
    void aPragmaticAddressCheckAcceptsWhatPeopleTypeAndRejectsTheRest(String value, boolean valid) {
        assertThat(EmailAddress.isValid(value)).isEqualTo(valid);
    }

    @Test
    void anApostropheInTheLocalPartIsAccepted() {
        assertThat(EmailAddress.isValid("o'brien@example.ie")).isTrue();
    }
}
