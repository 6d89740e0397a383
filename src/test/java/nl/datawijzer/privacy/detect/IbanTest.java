package nl.datawijzer.privacy.detect;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class IbanTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            NL91ABNA0417164300         | NL91 ABNA 0417 1643 00
            NL91 ABNA 0417 1643 00     | NL91 ABNA 0417 1643 00
            nl91abna0417164300         | NL91 ABNA 0417 1643 00
            ' NL91ABNA0417164300 '     | NL91 ABNA 0417 1643 00
            BE68539007547034           | BE68 5390 0754 7034
            DE89370400440532013000     | DE89 3704 0044 0532 0130 00
            GB82 WEST 1234 5698 7654 32 | GB82 WEST 1234 5698 7654 32
            """)
    void aValidIbanPassesTheMod97CheckAndIsPrintedInGroupsOfFour(String value, String normalForm) {
        assertThat(Iban.isValid(value)).isTrue();
        assertThat(Iban.normalised(value)).contains(normalForm);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            NL92ABNA0417164300
            NL91ABNA0417164301
            NL91ABNA041716430
            NL91ABNA04171643000
            NL911BNA0417164300
            NL91ABNA04171643A0
            BE6853900754703
            DE8937040044053201300
            XX
            NL91
            NL91-ABNA-0417-1643-00
            ''
            """)
    void anIbanWithWrongCheckDigitsLengthOrFormIsRejected(String value) {
        assertThat(Iban.isValid(value)).isFalse();
    }
}
