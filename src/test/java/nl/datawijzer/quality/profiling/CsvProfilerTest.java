package nl.datawijzer.quality.profiling;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import org.junit.jupiter.api.Test;

class CsvProfilerTest {

    static FieldSpec field(String name, String datatype) {
        return new FieldSpec(name, datatype, Optional.empty(), false, Set.of(), Optional.empty());
    }

    static FieldSpec formatted(String name, ValueFormat format) {
        return new FieldSpec(name, "string", Optional.of(format), false, Set.of(), Optional.empty());
    }

    static FieldSpec key(String name, String datatype) {
        return new FieldSpec(name, datatype, Optional.empty(), true, Set.of(), Optional.empty());
    }

    static FieldSpec coded(String name, String... codes) {
        return new FieldSpec(name, "string", Optional.empty(), false, Set.of(codes), Optional.empty());
    }

    static DatasetProfile profile(String csv, FieldSpec... fields) {
        return profile(csv.getBytes(StandardCharsets.UTF_8), fields);
    }

    static DatasetProfile profile(byte[] csv, FieldSpec... fields) {
        return CsvProfiler.profile(new ByteArrayInputStream(csv), csv.length, new ProfileSpec(List.of(fields)),
                ProfilingProgress.NONE);
    }

    static FieldProfile only(DatasetProfile profile) {
        return profile.fields().getFirst();
    }

    @Test
    void countsEmptyInvalidDuplicateAndOutsideValuesPerField() {
        String csv = """
                id;bedrag;categorie;opmerking
                1;12,50;01;a
                2;abc;02;
                2; ;99;  \s
                ;7.25;;b
                """;
        DatasetProfile profile = profile(csv, key("id", "integer"), field("bedrag", "decimal"),
                coded("categorie", "01", "02", "03"), field("opmerking", "string"), field("ontbreekt", "string"));

        assertThat(profile.rows()).isEqualTo(4);
        assertThat(profile.bytesRead()).isEqualTo(csv.getBytes(StandardCharsets.UTF_8).length);
        assertThat(profile.fields()).containsExactly(
                new FieldProfile("id", true, 4, 1, 0, OptionalLong.of(1), OptionalLong.empty()),
                new FieldProfile("bedrag", true, 4, 1, 1, OptionalLong.empty(), OptionalLong.empty()),
                new FieldProfile("categorie", true, 4, 1, 0, OptionalLong.empty(), OptionalLong.of(1)),
                new FieldProfile("opmerking", true, 4, 2, 0, OptionalLong.empty(), OptionalLong.empty()),
                new FieldProfile("ontbreekt", false, 4, 0, 0, OptionalLong.empty(), OptionalLong.empty()));
        assertThat(profile.undeclaredColumns()).isEmpty();
    }

    @Test
    void matchesColumnNamesCaseInsensitivelyAndListsUndeclaredColumns() {
        DatasetProfile profile = profile("BSN,Naam,Extra\n111222333,Jan,x\n", formatted("bsn", ValueFormat.BSN));

        assertThat(only(profile).present()).isTrue();
        assertThat(only(profile).invalid()).isZero();
        assertThat(profile.undeclaredColumns()).containsExactly("Naam", "Extra");
    }

    @Test
    void sniffsCommaSemicolonAndTabFromTheHeader() {
        for (String delimiter : List.of(",", ";", "\t")) {
            String csv = "a" + delimiter + "b\n1" + delimiter + "x\n2" + delimiter + "\n";
            DatasetProfile profile = profile(csv, field("a", "integer"), field("b", "string"));
            assertThat(profile.fields().get(0).invalid()).as(delimiter).isZero();
            assertThat(profile.fields().get(1).empty()).as(delimiter).isEqualTo(1);
        }
    }

    @Test
    void readsQuotedValuesWithDelimitersNewlinesAndDoubledQuotes() {
        String csv = "id;tekst;n\r\n1;\"a;b\r\nc \"\"d\"\"\";5\r\n2;\"\";6\r\n3;\"x\";zeven\r\n";
        DatasetProfile profile = profile(csv, key("id", "integer"), field("tekst", "string"), field("n", "integer"));

        assertThat(profile.rows()).isEqualTo(3);
        assertThat(profile.fields().get(1).empty()).isEqualTo(1);
        assertThat(profile.fields().get(2).invalid()).isEqualTo(1);
        assertThat(profile.fields().get(0).duplicates()).hasValue(0);
    }

    @Test
    void countsMissingCellsOfShortRowsAsEmptyAndIgnoresExtraCellsAndBlankLines() {
        String csv = "a;b;c\n1;2\n\n1;2;3;4;5\n   \n1\n";
        DatasetProfile profile = profile(csv, field("a", "integer"), field("b", "integer"), field("c", "integer"));

        assertThat(profile.rows()).isEqualTo(3);
        assertThat(profile.fields()).extracting(FieldProfile::empty).containsExactly(0L, 1L, 2L);
        assertThat(profile.fields()).extracting(FieldProfile::invalid).containsExactly(0L, 0L, 0L);
    }

    @Test
    void skipsAByteOrderMarkAndReadsTheLastRowWithoutANewline() {
        byte[] body = "naam;postcode\nA;1234 AB\nB;0123 AB".getBytes(StandardCharsets.UTF_8);
        byte[] csv = new byte[body.length + 3];
        csv[0] = (byte) 0xEF;
        csv[1] = (byte) 0xBB;
        csv[2] = (byte) 0xBF;
        System.arraycopy(body, 0, csv, 3, body.length);

        DatasetProfile profile = profile(csv, field("naam", "string"), formatted("postcode", ValueFormat.POSTCODE));

        assertThat(profile.rows()).isEqualTo(2);
        assertThat(profile.fields().get(0).present()).isTrue();
        assertThat(profile.fields().get(1).invalid()).isEqualTo(1);
    }

    @Test
    void acceptsMultiByteUtf8Values() {
        DatasetProfile profile = profile("naam;plaats\nRené;Þórshöfn 😀\n", key("naam", "string"),
                coded("plaats", "Þórshöfn 😀"));

        assertThat(only(profile).duplicates()).hasValue(0);
        assertThat(profile.fields().get(1).outsideList()).hasValue(0);
    }

    @Test
    void refusesWindows1252WithTheLineAndSaysWhatItLooksLike() {
        byte[] csv = "naam;plaats\nJan;Huizen\nRené;Blaricum\n".getBytes(Charset.forName("windows-1252"));

        assertThatThrownBy(() -> profile(csv, field("naam", "string")))
                .isInstanceOfSatisfying(ProfilingException.class, e -> {
                    assertThat(e.messageNl()).isEqualTo("Het bestand is geen geldige UTF-8-tekst (regel 3). Sla het op "
                            + "als UTF-8. Het lijkt Windows-1252 (ANSI) te zijn.");
                    assertThat(e.messageEn()).startsWith("The file is not valid UTF-8 text (line 3).");
                });
    }

    @Test
    void countsTheLinesInsideQuotedValuesWhenNamingALine() {
        byte[] head = "a;b\n1;\"twee\nregels\"\n2;x\n".getBytes(StandardCharsets.UTF_8);
        byte[] csv = java.util.Arrays.copyOf(head, head.length + 3);
        csv[head.length] = '3';
        csv[head.length + 1] = ';';
        csv[head.length + 2] = (byte) 0xE9;

        assertThatThrownBy(() -> profile(csv, field("a", "string")))
                .hasMessageStartingWith("The file is not valid UTF-8 text (line 5).");
    }

    @Test
    void refusesOverlongAndTruncatedUtf8() {
        byte[] overlong = {'a', '\n', (byte) 0xC0, (byte) 0xAF, '\n'};
        byte[] truncated = {'a', '\n', 'x', (byte) 0xE2, (byte) 0x82};
        byte[] utf16 = {(byte) 0xFF, (byte) 0xFE, 'a', 0};

        assertThatThrownBy(() -> profile(overlong, field("a", "string")))
                .hasMessageStartingWith("The file is not valid UTF-8 text (line 2)");
        assertThatThrownBy(() -> profile(truncated, field("a", "string")))
                .hasMessage("The file is not valid UTF-8 text (line 2). Save it as UTF-8.");
        assertThatThrownBy(() -> profile(utf16, field("a", "string"))).hasMessageContaining("UTF-16");
    }

    @Test
    void refusesAQuoteThatIsNeverClosedNamingTheLineWhereItOpened() {
        String csv = "a;b\n1;2\n3;\"open\n4;5\n6;7\n";

        assertThatThrownBy(() -> profile(csv, field("a", "string")))
                .isInstanceOfSatisfying(ProfilingException.class, e -> assertThat(e.messageNl())
                        .isEqualTo("Regel 3: een aanhalingsteken (\") wordt tot het einde van het bestand niet "
                                + "gesloten."));
    }

    @Test
    void refusesAFileLargerThanTheLimit() {
        StringBuilder csv = new StringBuilder("a\n");
        for (int i = 0; i < 3000; i++) {
            csv.append(i).append('\n');
        }
        byte[] bytes = csv.toString().getBytes(StandardCharsets.UTF_8);

        assertThatThrownBy(() -> CsvProfiler.profile(new ByteArrayInputStream(bytes), bytes.length,
                new ProfileSpec(List.of(field("a", "integer"))), ProfilingProgress.NONE, 2 * 1024))
                .isInstanceOfSatisfying(ProfilingException.class,
                        e -> assertThat(e.messageNl()).contains("groter dan").contains("niet geprofileerd"));
        assertThat(CsvProfiler.DEFAULT_MAX_BYTES).isEqualTo(2L * 1024 * 1024 * 1024);
    }

    @Test
    void profilesAnEmptyFileAsNoRowsWithoutColumns() {
        DatasetProfile profile = profile("", key("a", "integer"));

        assertThat(profile.rows()).isZero();
        assertThat(only(profile)).isEqualTo(
                new FieldProfile("a", false, 0, 0, 0, OptionalLong.of(0), OptionalLong.empty()));
    }

    @Test
    void profilesAHeaderOnlyFileAsNoRowsWithItsColumnsPresent() {
        DatasetProfile profile = profile("a;b\r\n", field("a", "integer"));

        assertThat(profile.rows()).isZero();
        assertThat(only(profile).present()).isTrue();
        assertThat(profile.undeclaredColumns()).containsExactly("b");
    }

    @Test
    void reportsProgressUpToOneWithoutGoingBack() {
        StringBuilder csv = new StringBuilder("a;b\n");
        for (int i = 0; i < 400_000; i++) {
            csv.append(i).append(";waarde ").append(i).append('\n');
        }
        byte[] bytes = csv.toString().getBytes(StandardCharsets.UTF_8);
        List<Double> fractions = new ArrayList<>();

        DatasetProfile profile = CsvProfiler.profile(new ByteArrayInputStream(bytes), bytes.length,
                new ProfileSpec(List.of(key("a", "integer"))), fractions::add);

        assertThat(profile.rows()).isEqualTo(400_000);
        assertThat(only(profile).duplicates()).hasValue(0);
        assertThat(fractions).hasSizeGreaterThan(2).isSorted().last().isEqualTo(1.0);
    }

    @Test
    void readsValuesSplitAcrossReadsOfTheStream() {
        byte[] bytes = "naam;plaats\n\"a\"\"b\";Þórshöfn\nc;\"x\ny\"\n".getBytes(StandardCharsets.UTF_8);
        InputStream trickle = new InputStream() {
            private int i;

            @Override
            public int read() {
                return i < bytes.length ? bytes[i++] & 0xFF : -1;
            }

            @Override
            public int read(byte[] b, int off, int len) {
                if (i >= bytes.length) {
                    return -1;
                }
                b[off] = bytes[i++];
                return 1;
            }
        };

        DatasetProfile profile = CsvProfiler.profile(trickle, 0, new ProfileSpec(List.of(coded("naam", "a\"b", "c"),
                coded("plaats", "Þórshöfn", "x\ny"))), ProfilingProgress.NONE);

        assertThat(profile.rows()).isEqualTo(2);
        assertThat(profile.fields()).extracting(FieldProfile::outsideList)
                .containsExactly(OptionalLong.of(0), OptionalLong.of(0));
    }
}
