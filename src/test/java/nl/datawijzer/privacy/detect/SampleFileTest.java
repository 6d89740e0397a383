package nl.datawijzer.privacy.detect;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SampleFileTest {

    @Test
    void aSemicolonFileWithAHeaderIsReadColumnByColumn() {
        SampleFile sample = parse("bsn;naam;postcode\n111222333;Jansen;1271 XZ\n123456782;De Vries;1251 AB\n");

        assertThat(sample.columnNames()).containsExactly("bsn", "naam", "postcode");
        assertThat(sample.rowCount()).isEqualTo(2);
        assertThat(sample.column("naam").orElseThrow().values()).containsExactly("Jansen", "De Vries");
    }

    @Test
    void theSeparatorIsTheOneTheHeaderUsesMost() {
        SampleFile commas = parse("a,b;c\n1,2;3\n");
        SampleFile semicolons = parse("a;b,c;d\n1;2,5;3\n");

        assertThat(commas.columnNames()).containsExactly("a", "b;c");
        assertThat(semicolons.columnNames()).containsExactly("a", "b,c", "d");
        assertThat(semicolons.column("b,c").orElseThrow().values()).containsExactly("2,5");
    }

    @Test
    void quotedValuesMayHoldSeparatorsLineBreaksAndDoubledQuotes() {
        SampleFile sample = parse("id;opmerking;plaats\r\n1;\"Eerste; tweede\r\nregel met \"\"quote\"\"\";Huizen\r\n"
                + "2;\"\";\"Blaricum\"\r\n");

        assertThat(sample.rowCount()).isEqualTo(2);
        assertThat(sample.column("opmerking").orElseThrow().values())
                .containsExactly("Eerste; tweede\r\nregel met \"quote\"");
        assertThat(sample.column("plaats").orElseThrow().values()).containsExactly("Huizen", "Blaricum");
    }

    @Test
    void aByteOrderMarkBlankLinesAndAMissingLastLineBreakAreFine() {
        SampleFile sample = parse("\uFEFFbsn;naam\n\n111222333;Jansen\n\n123456782;Pietersen");

        assertThat(sample.columnNames()).containsExactly("bsn", "naam");
        assertThat(sample.rowCount()).isEqualTo(2);
    }

    @Test
    void aQuoteInsideAnUnquotedValueIsReadAsIs() {
        SampleFile sample = parse("omschrijving;maat\nscherm;24\"\n");

        assertThat(sample.column("maat").orElseThrow().values()).containsExactly("24\"");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"GeboorteDatum", "geboorte_datum", "geboorte-datum", "Geboorte Datum", "GEBOORTEDATUM"})
    void aColumnMatchesAFieldIgnoringCaseUnderscoresDashesAndSpaces(String technicalName) {
        SampleFile sample = parse("Geboorte datum;x\n1970-05-12;1\n");

        assertThat(sample.column(technicalName)).isPresent();
    }

    @Test
    void onlyTheFirstHundredNonEmptyValuesAreKeptTheRestIsCounted() {
        StringBuilder csv = new StringBuilder("bsn;leeg\n");
        for (int i = 0; i < 250; i++) {
            csv.append(i % 2 == 0 ? "111222333" : "").append(";\n");
        }

        SampleFile sample = parse(csv.toString());

        SampleColumn bsn = sample.column("bsn").orElseThrow();
        assertThat(sample.rowCount()).isEqualTo(250);
        assertThat(bsn.values()).hasSize(100);
        assertThat(bsn.filled()).isEqualTo(125);
        assertThat(sample.column("leeg").orElseThrow().values()).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            unterminated quote       | 'a;b;c\\n1;2;3\\n4;5;"open\\n6;7;8\\n'          | 3 | 3 | wordt nergens gesloten
            text after closing quote | 'a;b\\n"x"y;2\\n'                              | 2 | 1 | na het sluitende aanhalingsteken
            too many columns         | 'a;b;c\\n1;2;3\\n1;2;3\\n1;2;3\\n1;2;3\\n1;2;3\\n1;2;3;4\\n' | 7 | 4 | meer kolommen (4) dan de kopregel (3)
            too few columns          | 'a;b;c\\n1;2;3\\n1;2\\n'                       | 3 | 3 | minder kolommen (2) dan de kopregel (3)
            line count after quoted line break | 'a;b\\n"x\\ny";2\\n1\\n'              | 4 | 2 | minder kolommen (1)
            header cell without a name | 'a;;c\\n1;2;3\\n'                            | 1 | 2 | geen naam
            header of values         | '111222333;1970-05-12\\n123456782;1980-01-01\\n' | 1 | 1 | lijkt een waarde
            duplicate column         | 'bsn;naam;BSN\\n1;2;3\\n'                      | 1 | 3 | gelijk aan die van kolom 1
            """)
    void malformedCsvNamesTheLineAndColumn(String problem, String csv, int line, int column, String message) {
        assertThatThrownBy(() -> parse(csv.replace("\\n", "\n")))
                .isInstanceOfSatisfying(SampleFileException.class, e -> {
                    assertThat(e.line()).isEqualTo(line);
                    assertThat(e.column()).isEqualTo(column);
                    assertThat(e.getMessage()).startsWith("Regel " + line + ", kolom " + column + ": ")
                            .contains(message);
                    assertThat(e.messageEn()).startsWith("Line " + line + ", column " + column + ": ");
                    assertThat(e.message(Locale.ENGLISH)).isEqualTo(e.messageEn());
                });
    }

    @Test
    void anEmptyFileIsRefused() {
        assertThatThrownBy(() -> parse("")).isInstanceOf(SampleFileException.class).hasMessage("Het bestand is leeg.");
        assertThatThrownBy(() -> parse("\uFEFF \n\n")).isInstanceOf(SampleFileException.class)
                .hasMessage("Het bestand is leeg.");
    }

    @Test
    void aFileThatIsNotUtf8IsRefusedAtTheLineAndColumnOfTheFirstBadByte() {
        byte[] windows1252 = "naam;woonplaats\nJansen;Huizen\nCli\u00ebnt;Laren\n".getBytes(StandardCharsets.ISO_8859_1);

        assertThatThrownBy(() -> SampleFile.parse(windows1252))
                .isInstanceOfSatisfying(SampleFileException.class, e -> {
                    assertThat(e.line()).isEqualTo(3);
                    assertThat(e.column()).isEqualTo(1);
                    assertThat(e.getMessage()).contains("geen UTF-8");
                    assertThat(e.messageEn()).contains("not UTF-8");
                });
    }

    @Test
    void aFileOverFiveMegabytesIsRefusedWhileReading() {
        byte[] large = new byte[SampleFile.MAX_BYTES + 10];
        Arrays.fill(large, (byte) 'a');

        assertThatThrownBy(() -> SampleFile.read(new ByteArrayInputStream(large)))
                .isInstanceOfSatisfying(SampleFileException.class, e -> {
                    assertThat(e.line()).isZero();
                    assertThat(e.getMessage()).contains("groter dan 5 MB");
                    assertThat(e.messageEn()).contains("larger than 5 MB");
                });
    }

    @Test
    void aFileOfMoreThanTheMaximumRowsIsRefusedAtTheFirstRowTooMany() {
        String csv = "a\n" + "1\n".repeat(SampleFile.MAX_ROWS + 1);

        assertThatThrownBy(() -> parse(csv)).isInstanceOfSatisfying(SampleFileException.class, e -> {
            assertThat(e.line()).isEqualTo(SampleFile.MAX_ROWS + 2);
            assertThat(e.getMessage()).contains("meer dan 100.000 gegevensregels");
            assertThat(e.messageEn()).contains("more than 100,000 data lines");
        });
    }

    @Test
    void readingAStreamGivesTheSameAsParsingItsBytes() throws IOException {
        byte[] bytes = "bsn\n111222333\n".getBytes(StandardCharsets.UTF_8);

        SampleFile sample = SampleFile.read(new ByteArrayInputStream(bytes));

        assertThat(sample.rowCount()).isEqualTo(1);
    }

    @Test
    void neitherTheFileNorItsErrorsShowAnyValue() {
        SampleFile sample = parse("bsn;naam\n111222333;Jansen\n");

        assertThat(sample.toString()).doesNotContain("111222333", "Jansen").contains("bsn", "naam");
        assertThat(sample.column("bsn").orElseThrow().toString()).doesNotContain("111222333");
        assertThatThrownBy(() -> parse("bsn;naam\n111222333;\"Jansen\n"))
                .isInstanceOfSatisfying(SampleFileException.class, e -> {
                    assertThat(e.getMessage()).doesNotContain("Jansen", "111222333");
                    assertThat(e.messageEn()).doesNotContain("Jansen", "111222333");
                });
    }

    private static SampleFile parse(String csv) {
        return SampleFile.parse(csv.getBytes(StandardCharsets.UTF_8));
    }
}
