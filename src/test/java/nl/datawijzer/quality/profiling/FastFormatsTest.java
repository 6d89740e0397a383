package nl.datawijzer.quality.profiling;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Test;

class FastFormatsTest {

    /** Characters that matter to at least one format, so random values often come close to valid ones. */
    private static final String ALPHABET = "0123456789012345678901234567890123456789ABNLSDabnlsz+-() .@_\t\f";

    private static List<String> values() {
        List<String> values = new ArrayList<>();
        for (CraftedValues.Case c : CraftedValues.CASES) {
            values.addAll(c.valid());
            values.addAll(c.invalid());
        }
        values.addAll(List.of("\f111222333", "111222333\u000B", "1234\tAB", "+31(0)612345678", "0031(0)612345678",
                "+32612345678", "0031612345678", "0031234567", "+31-6-1234-5678", "a@b.c", "a@b.co",
                "a@" + "b".repeat(64) + ".nl", "a".repeat(65) + "@huizen.nl", "nl91 abna 0417 1643 00",
                "NL91ABNA0417164300" + "0".repeat(30), "GB82WEST12345698765432", "GB82WEST1234569876543",
                "19700500", "00000000", "00-00-0000", "1970-1-01", "2024-02-30", "x@y..nl", "x.@y.nl"));
        SplittableRandom random = new SplittableRandom(8);
        for (int i = 0; i < 200_000; i++) {
            int length = random.nextInt(1, 24);
            StringBuilder value = new StringBuilder();
            for (int k = 0; k < length; k++) {
                value.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
            }
            values.add(value.toString());
        }
        return values;
    }

    @Test
    void agreesWithThePrivacyValidatorsOnCraftedAndRandomValues() {
        SoftAssertions softly = new SoftAssertions();
        for (String value : values()) {
            byte[] bytes = value.getBytes(StandardCharsets.UTF_8);
            for (ValueFormat format : ValueFormat.values()) {
                int fast = FastFormats.check(format, bytes, 0, bytes.length);
                if (bytes.length != value.length()) {
                    softly.assertThat(fast).as(format + " '" + value + "'").isEqualTo(FastFormats.UNKNOWN);
                    continue;
                }
                boolean validator = ValueChecks.formatValid(format, value);
                softly.assertThat(fast).as(format + " '" + value + "'")
                        .isEqualTo(validator ? FastFormats.VALID : FastFormats.INVALID);
            }
        }
        softly.assertAll();
    }

    @Test
    void leavesNonAsciiValuesToTheValidators() {
        byte[] bytes = "1234 ÅB".getBytes(StandardCharsets.UTF_8);
        assertThat(FastFormats.check(ValueFormat.POSTCODE, bytes, 0, bytes.length)).isEqualTo(FastFormats.UNKNOWN);
    }

    @Test
    void findsRandomValidValuesToo() {
        long valid = values().stream().filter(v -> ValueChecks.formatValid(ValueFormat.PHONE, v)
                || ValueChecks.formatValid(ValueFormat.POSTCODE, v) || ValueChecks.formatValid(ValueFormat.BSN, v))
                .count();
        assertThat(valid).as("the random values must exercise the valid paths as well").isGreaterThan(20);
    }
}
