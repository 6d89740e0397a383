package nl.datawijzer.privacy.detect;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PhoneNumberTest {

    @ParameterizedTest(name = "{0} -> valid {1}, mobile {2}")
    @CsvSource(delimiter = '|', textBlock = """
            0355281911         | true  | false
            035-5281911        | true  | false
            035 528 19 11      | true  | false
            +31355281911       | true  | false
            +31 (0)35 5281911  | true  | false
            0031355281911      | true  | false
            0612345678         | true  | true
            06-12345678        | true  | true
            06 1234 5678       | true  | true
            +31612345678       | true  | true
            +31 6 12345678     | true  | true
            0031612345678      | true  | true
            061234567          | false | false
            06123456789        | false | false
            0012345678         | false | false
            +3101234567        | false | false
            +32612345678       | false | false
            0800-1234          | false | false
            (035) 5281911      | false | false
            06.12345678        | false | false
            ''                 | false | false
            """)
    void aDutchNumberIsZeroAndNineDigitsOrTheCountryCodeAndNineDigits(String value, boolean valid, boolean mobile) {
        assertThat(PhoneNumber.isValid(value)).isEqualTo(valid);
        assertThat(PhoneNumber.isMobile(value)).isEqualTo(mobile);
    }
}
