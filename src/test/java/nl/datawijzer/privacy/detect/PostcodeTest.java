package nl.datawijzer.privacy.detect;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PostcodeTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            1234 AB     | 1234 AB
            1234AB      | 1234 AB
            1234ab      | 1234 AB
            1234 aB     | 1234 AB
            ' 1271 XZ ' | 1271 XZ
            9999 ZZ     | 9999 ZZ
            1000 AA     | 1000 AA
            1234 SB     | 1234 SB
            """)
    void aValidPostcodeIsNormalisedToFourDigitsSpaceTwoCapitals(String value, String normalForm) {
        assertThat(Postcode.isValid(value)).isTrue();
        assertThat(Postcode.normalised(value)).contains(normalForm);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            0123 AB
            1234 SA
            1234 SD
            1234 SS
            1234sa
            1234  AB
            12345 AB
            123 AB
            1234 A
            1234 ABC
            1234-AB
            AB 1234
            ''
            """)
    void anInvalidPostcodeIsRejected(String value) {
        assertThat(Postcode.isValid(value)).isFalse();
        assertThat(Postcode.normalised(value)).isEmpty();
    }
}
