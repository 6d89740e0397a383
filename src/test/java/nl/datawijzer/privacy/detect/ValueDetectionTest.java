package nl.datawijzer.privacy.detect;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import nl.datawijzer.privacy.detect.Vocabulary.Category;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class ValueDetectionTest {

    /** A neutral name, so that only the values speak. */
    private static final FieldDescription UNNAMED = new FieldDescription("kolom_4", "Kolom 4", "");

    private final FieldDetectors detectors =
            new FieldDetectors(Clock.fixed(Instant.parse("2025-06-15T10:00:00Z"), ZoneOffset.UTC));

    @Test
    void aColumnOfValidBsnsFiresTheElfproefWithTheCountsAndNoValue() {
        List<String> values = validBsns(9);
        values.add("123456789");

        List<Suggestion> suggestions = detectors.detect(UNNAMED, values);

        assertThat(suggestions).hasSize(1);
        Suggestion bsn = suggestions.getFirst();
        assertThat(bsn.detectorIds()).containsExactly("waarde.elfproef");
        assertThat(bsn.categoryIri()).isEqualTo(Category.NATIONAL_ID.iri());
        assertThat(bsn.sampleCounts()).isEqualTo(new SampleCounts(10, 9));
        assertThat(bsn.explanationNl()).contains("9 van 10 voorbeeldwaarden voldoen aan de elfproef");
        assertThat(bsn.explanationEn()).contains("9 of 10 sample values pass the elfproef");
        assertThat(bsn.confident()).isTrue();
        assertNoValueIn(suggestions, values);
    }

    @Test
    void aColumnOfRandomNineDigitNumbersDoesNotFire() {
        Random random = new Random(406);
        List<String> values = IntStream.range(0, 100)
                .mapToObj(i -> Integer.toString(100_000_000 + random.nextInt(900_000_000))).toList();

        assertThat(detectors.detect(UNNAMED, values)).isEmpty();
    }

    @Test
    void confidenceGrowsWithTheShareAndTheNumberOfValues() {
        double fewAllValid = elfproefConfidence(validBsns(5));
        double manyAllValid = elfproefConfidence(validBsns(50));
        List<String> manyMostlyValid = validBsns(40);
        manyMostlyValid.addAll(Collections.nCopies(10, "123456789"));

        assertThat(manyAllValid).isGreaterThan(fewAllValid);
        assertThat(manyAllValid).isGreaterThan(elfproefConfidence(manyMostlyValid));
    }

    @Test
    void belowTheThresholdShareOrWithTooFewValuesNothingFires() {
        List<String> seventyPercent = validBsns(7);
        seventyPercent.addAll(List.of("123456789", "123456788", "123456787"));

        assertThat(detectors.detect(UNNAMED, seventyPercent)).isEmpty();
        assertThat(detectors.detect(UNNAMED, validBsns(2))).isEmpty();
    }

    @Test
    void exactlyAtTheThresholdItFiresWithTheFullCountsWhereverTheFailuresAre() {
        // The rule stops counting once the threshold is out of reach; 20 failures of 100 must never stop it.
        List<String> failuresFirst = new ArrayList<>(Collections.nCopies(20, "123456789"));
        failuresFirst.addAll(validBsns(80));
        List<String> oneFailureTooMany = new ArrayList<>(Collections.nCopies(21, "123456789"));
        oneFailureTooMany.addAll(validBsns(79));

        assertThat(detectors.detect(UNNAMED, failuresFirst).getFirst().explanationNl()).contains("80 van 100");
        assertThat(detectors.detect(UNNAMED, oneFailureTooMany)).isEmpty();
    }

    @Test
    void emptyValuesAndNullMarkersAreNotCounted() {
        List<String> values = validBsns(8);
        values.addAll(List.of("", "  ", "NULL", "n.v.t.", "onbekend", "-"));

        Suggestion bsn = detectors.detect(UNNAMED, values).getFirst();

        assertThat(bsn.sampleCounts()).isEqualTo(new SampleCounts(8, 8));
    }

    @Test
    void atMostAHundredValuesAreChecked() {
        Suggestion bsn = detectors.detect(UNNAMED, validBsns(250)).getFirst();

        assertThat(bsn.sampleCounts()).isEqualTo(new SampleCounts(100, 100));
    }

    static Stream<Arguments> columns() {
        return Stream.of(
                Arguments.of("waarde.iban", Category.FINANCIAL, List.of("NL91ABNA0417164300", "NL91 ABNA 0417 1643 00",
                        "BE68539007547034", "DE89370400440532013000", "GB82WEST12345698765432")),
                Arguments.of("waarde.postcode", Category.NAW, List.of("1271 XZ", "1271AB", "1251 CD", "3755 EF",
                        "1251ef")),
                Arguments.of("waarde.email", Category.NAW, List.of("j.jansen@example.nl", "p.pietersen@example.com",
                        "k.klaassen@example.org", "m.de.vries@example.nl")),
                Arguments.of("waarde.telefoon", Category.NAW, List.of("0612345678", "035-5281911", "+31 6 87654321",
                        "0031355281912", "06 1111 2222")),
                Arguments.of("waarde.geboortedatum", Category.PERSONAL_CHARACTERISTICS, List.of("1970-05-12",
                        "1985-00-00", "19920300", "00-07-1961", "12-11-2003", "1944-02-29")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("columns")
    void aColumnOfOneFormatFiresItsRuleWithCountsOnly(String rule, Category category, List<String> values) {
        List<Suggestion> suggestions = detectors.detect(UNNAMED, values);

        assertThat(suggestions).isNotEmpty();
        Suggestion strongest = suggestions.getFirst();
        assertThat(strongest.detectorIds()).containsExactly(rule);
        assertThat(strongest.categoryIri()).isEqualTo(category.iri());
        assertThat(strongest.sampleCounts()).isEqualTo(new SampleCounts(values.size(), values.size()));
        assertThat(strongest.explanationNl()).startsWith(values.size() + " van " + values.size() + " voorbeeldwaarden");
        assertThat(strongest.explanationEn()).startsWith(values.size() + " of " + values.size() + " sample values");
        assertNoValueIn(suggestions, values);
    }

    @Test
    void aPartialBirthDateIsValidSoAColumnOfThemFires() {
        List<String> partial = List.of("1970-00-00", "19700000", "1970-05-00", "00-05-1970", "1983-11-00");

        Suggestion birthDate = detectors.detect(UNNAMED, partial).getFirst();

        assertThat(birthDate.detectorIds()).containsExactly("waarde.geboortedatum");
        assertThat(birthDate.sampleCounts()).isEqualTo(new SampleCounts(5, 5));
    }

    @Test
    void datesAloneAreOnlyAHintButWithTheNameTheyAreConfident() {
        List<String> dates = List.of("1970-05-12", "1985-03-01", "1992-07-23", "1961-12-05", "2003-01-30");

        Suggestion valuesOnly = detectors.detect(UNNAMED, dates).getFirst();
        Suggestion withName = detectors.detect(FieldDescription.named("geb_datum"), dates).getFirst();

        assertThat(valuesOnly.confident()).isFalse();
        assertThat(withName.detectorIds()).containsExactly("naam.geboortedatum", "waarde.geboortedatum");
        assertThat(withName.confidence()).isGreaterThan(valuesOnly.confidence());
        assertThat(withName.confident()).isTrue();
    }

    @Test
    void futureDatesAndDatesBefore1900AreNoBirthDates() {
        List<String> dates = List.of("2030-01-01", "1850-05-12", "2026-00-00", "1899-12-31");

        assertThat(detectors.detect(UNNAMED, dates)).isEmpty();
    }

    private double elfproefConfidence(List<String> values) {
        return detectors.detect(UNNAMED, values).getFirst().confidence();
    }

    /** Builds BSNs that pass the elfproef by choosing the last digit. */
    static List<String> validBsns(int count) {
        List<String> bsns = new ArrayList<>();
        Random random = new Random(count);
        while (bsns.size() < count) {
            int[] digits = new int[9];
            digits[0] = 1 + random.nextInt(9);
            int sum = 9 * digits[0];
            for (int i = 1; i < 8; i++) {
                digits[i] = random.nextInt(10);
                sum += (9 - i) * digits[i];
            }
            int last = sum % 11;
            if (last == 10) {
                continue;
            }
            digits[8] = last;
            StringBuilder bsn = new StringBuilder();
            for (int digit : digits) {
                bsn.append(digit);
            }
            bsns.add(bsn.toString());
        }
        return bsns;
    }

    static void assertNoValueIn(List<Suggestion> suggestions, List<String> values) {
        for (Suggestion suggestion : suggestions) {
            String everything = suggestion.toString();
            for (String value : values) {
                assertThat(everything).as("a sample value leaked").doesNotContain(value.strip());
            }
        }
    }
}
