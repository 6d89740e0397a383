package nl.datawijzer.quality.profiling;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import nl.datawijzer.quality.profiling.ValueChecks.Datatype;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Test;

class ValueChecksTest {

    private static boolean valid(FieldSpec spec, String value) {
        return ValueChecks.isValid(Datatype.of(spec.datatype()), spec.format().orElse(null), ValueChecks.trim(value));
    }

    @Test
    void judgesEveryCraftedValueAsItsCaseSays() {
        SoftAssertions softly = new SoftAssertions();
        for (CraftedValues.Case c : CraftedValues.CASES) {
            for (String value : c.valid()) {
                softly.assertThat(valid(c.spec(), value)).as(c.column() + " should accept '" + value + "'").isTrue();
            }
            for (String value : c.invalid()) {
                softly.assertThat(valid(c.spec(), value)).as(c.column() + " should refuse '" + value + "'").isFalse();
            }
        }
        softly.assertAll();
    }

    @Test
    void theDateDatatypeAgreesWithTheCompleteDatesOfPartialDate() {
        for (String value : new String[] {"2024-02-29", "2023-02-29", "1970-05-00", "00-00-0000", "31-04-2024",
                "20241231", "0000-01-01", "9999-12-31"}) {
            byte[] bytes = value.getBytes(StandardCharsets.US_ASCII);
            assertThat(ValueChecks.isDate(bytes, 0, bytes.length)).as(value)
                    .isEqualTo(ValueChecks.formatValid(ValueFormat.DATE, value));
        }
    }

    @Test
    void mapsXsdLocalNamesToDatatypesAndUnknownOnesToString() {
        assertThat(Datatype.of("dateTime")).isEqualTo(Datatype.DATE_TIME);
        assertThat(Datatype.of("gYearMonth")).isEqualTo(Datatype.G_YEAR_MONTH);
        assertThat(Datatype.of("anyURI")).isEqualTo(Datatype.ANY_URI);
        assertThat(Datatype.of("langString")).isEqualTo(Datatype.STRING);
    }

    @Test
    void hashesEqualBytesEquallyAndDifferentBytesDifferently() {
        byte[] a = "  zaak-2024-000123  ".getBytes(StandardCharsets.UTF_8);
        byte[] b = "zaak-2024-000123".getBytes(StandardCharsets.UTF_8);
        assertThat(LongHashSet.hash(a, 2, a.length - 2)).isEqualTo(LongHashSet.hash(b, 0, b.length));
        assertThat(LongHashSet.hash(b, 0, b.length - 1)).isNotEqualTo(LongHashSet.hash(b, 0, b.length));

        LongHashSet set = new LongHashSet();
        for (int i = 0; i < 100_000; i++) {
            byte[] value = Integer.toString(i).getBytes(StandardCharsets.US_ASCII);
            assertThat(set.add(LongHashSet.hash(value, 0, value.length))).isTrue();
        }
        assertThat(set.add(0)).isTrue();
        assertThat(set.add(0)).isFalse();
        byte[] again = "99999".getBytes(StandardCharsets.US_ASCII);
        assertThat(set.add(LongHashSet.hash(again, 0, again.length))).isFalse();
        assertThat(set.size()).isEqualTo(100_001);
    }
}
