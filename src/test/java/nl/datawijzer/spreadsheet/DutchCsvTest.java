package nl.datawijzer.spreadsheet;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class DutchCsvTest {

    @Test
    void startsWithTheByteOrderMarkAndSeparatesCellsWithSemicolonsAndLinesWithCrLf() {
        byte[] bytes = new DutchCsv().row(List.of("Nummer", "Vraag")).row(List.of("n1", "Hoeveel?")).bytes();
        assertThat(new String(bytes, StandardCharsets.UTF_8)).isEqualTo("\uFEFFNummer;Vraag\r\nn1;Hoeveel?\r\n");
        assertThat(bytes[0]).isEqualTo((byte) 0xEF);
    }

    @Test
    void defusesCellsThatExcelWouldRunAsAFormula() {
        assertThat(DutchCsv.cell("=HYPERLINK(\"x\")")).isEqualTo("\"'=HYPERLINK(\"\"x\"\")\"");
        assertThat(DutchCsv.cell("+31 35 528 1911")).isEqualTo("'+31 35 528 1911");
        assertThat(DutchCsv.cell("-5")).isEqualTo("'-5");
        assertThat(DutchCsv.cell("@som")).isEqualTo("'@som");
        assertThat(DutchCsv.cell("Wmo 2015")).isEqualTo("Wmo 2015");
    }

    @Test
    void quotesCellsWithSeparatorsQuotesOrLineBreaks() {
        assertThat(DutchCsv.cell("a;b")).isEqualTo("\"a;b\"");
        assertThat(DutchCsv.cell("zeg \"ja\"")).isEqualTo("\"zeg \"\"ja\"\"\"");
        assertThat(DutchCsv.cell("regel 1\nregel 2")).isEqualTo("\"regel 1\nregel 2\"");
        assertThat(DutchCsv.cell("")).isEmpty();
    }
}
