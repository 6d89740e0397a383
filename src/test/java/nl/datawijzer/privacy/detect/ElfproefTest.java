package nl.datawijzer.privacy.detect;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ElfproefTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            111222333     | true
            123456782     | true
            ' 111222333 ' | true
            10000008      | true
            123456789     | false
            111222334     | false
            000000000     | false
            00000000      | false
            11122233      | false
            1112223330    | false
            1112223       | false
            11122233X     | false
            111.222.333   | false
            ''            | false
            -11222333     | false
            """)
    void theElfproefAcceptsExactlyTheNumbersWhoseWeightedSumIsAMultipleOfEleven(String value, boolean valid) {
        assertThat(Elfproef.isValid(value)).isEqualTo(valid);
    }

    @ParameterizedTest
    @CsvSource({"10000008", "010000008"})
    void anEightDigitNumberIsReadWithALeadingZero(String value) {
        assertThat(Elfproef.isValid(value)).isTrue();
    }
}
