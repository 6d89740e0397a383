package nl.datawijzer.quality;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.stream.Stream;
import nl.datawijzer.quality.ReliabilityFormula.DataInput;
import nl.datawijzer.quality.ReliabilityFormula.FieldInput;
import nl.datawijzer.quality.ReliabilityFormula.Frequency;
import nl.datawijzer.quality.ReliabilityFormula.Input;
import nl.datawijzer.quality.ReliabilityFormula.MetadataCheck;
import nl.datawijzer.quality.profiling.FieldProfile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The score formula on table cases: every part, absent parts, rounding, reasons and the explaining sentence. */
class ReliabilityFormulaTest {

    private static final Instant NOW = Instant.parse("2026-03-20T06:00:00Z");

    private static FieldInput field(String name, long rows, long empty, long invalid) {
        return new FieldInput(name, new FieldProfile(name, true, rows, empty, invalid, OptionalLong.empty(),
                OptionalLong.empty()), false, false, false);
    }

    private static FieldInput key(String name, long rows, long empty, long invalid, long duplicates) {
        return new FieldInput(name, new FieldProfile(name, true, rows, empty, invalid, OptionalLong.of(duplicates),
                OptionalLong.empty()), true, false, false);
    }

    private static FieldInput coded(String name, long rows, long empty, long outside) {
        return new FieldInput(name, new FieldProfile(name, true, rows, empty, 0, OptionalLong.empty(),
                OptionalLong.of(outside)), false, true, false);
    }

    private static FieldInput bsn(String name, long rows, long empty, long invalid) {
        return new FieldInput(name, new FieldProfile(name, true, rows, empty, invalid, OptionalLong.empty(),
                OptionalLong.empty()), false, false, true);
    }

    private static FieldInput absent(String name) {
        return new FieldInput(name, new FieldProfile(name, false, 0, 0, 0, OptionalLong.empty(), OptionalLong.empty()),
                false, false, false);
    }

    private static Input input(Optional<DataInput> data, Set<MetadataCheck> failed, Frequency frequency,
            Duration age) {
        return new Input(data, failed, frequency, Optional.of(NOW.minus(age)), NOW);
    }

    private static Optional<DataInput> data(long rows, FieldInput... fields) {
        return Optional.of(new DataInput(rows, List.of(fields)));
    }

    private static final Set<MetadataCheck> NONE = Set.of();

    static Stream<Arguments> cases() {
        return Stream.of(
                // name, input, score, D, M, T (-1 = absent)
                Arguments.of("everything perfect", input(data(100, field("a", 100, 0, 0)), NONE, Frequency.DAILY,
                        Duration.ofHours(12)), 100, 100, 100, 100),
                Arguments.of("no profile source: D drops out, M and T share the weight",
                        input(Optional.empty(), EnumSet.of(MetadataCheck.OWNER, MetadataCheck.STEWARD), Frequency.DAILY,
                                Duration.ofHours(1)), 90, -1, 80, 100),
                Arguments.of("irregular frequency: T drops out", input(data(10, field("a", 10, 5, 0)), NONE,
                        Frequency.IRREG, Duration.ofDays(400)), 81, 75, 100, -1),
                Arguments.of("neither source nor frequency: M alone", input(Optional.empty(),
                        EnumSet.of(MetadataCheck.LICENCE, MetadataCheck.KEYWORD, MetadataCheck.EU_THEME),
                        Frequency.UNKNOWN, Duration.ZERO), 70, -1, 70, -1),
                Arguments.of("empty source: D is 0", input(data(0, field("a", 0, 0, 0)), NONE, Frequency.DAILY,
                        Duration.ZERO), 40, 0, 100, 100),
                Arguments.of("declared column missing counts 0 on every metric", input(data(10, field("a", 10, 0, 0),
                        absent("b")), NONE, Frequency.WEEKLY, Duration.ofDays(3)), 70, 50, 100, 100),
                Arguments.of("validity is of the filled values", input(data(10, field("a", 10, 5, 1)), NONE,
                        Frequency.MONTHLY, Duration.ofDays(10)), 79, 65, 100, 100),
                Arguments.of("nothing filled: validity 100", input(data(10, field("a", 10, 10, 0)), NONE,
                        Frequency.ANNUAL, Duration.ofDays(10)), 70, 50, 100, 100),
                Arguments.of("key field: uniqueness counts", input(data(100, key("id", 100, 0, 0, 20)), NONE,
                        Frequency.QUARTERLY, Duration.ofDays(1)), 96, 93, 100, 100),
                Arguments.of("code list: consistency counts", input(data(100, coded("cat", 100, 0, 50)), NONE,
                        Frequency.ANNUAL_2, Duration.ofDays(1)), 90, 83, 100, 100),
                Arguments.of("timeliness: within interval plus a day of grace is full",
                        input(Optional.empty(), NONE, Frequency.DAILY, Duration.ofHours(47)), 100, -1, 100, 100),
                Arguments.of("timeliness: falls linearly to 0 at four intervals",
                        input(Optional.empty(), NONE, Frequency.WEEKLY, Duration.ofDays(18)), 75, -1, 100, 50),
                Arguments.of("timeliness: 0 beyond four intervals",
                        input(Optional.empty(), NONE, Frequency.DAILY, Duration.ofDays(9)), 50, -1, 100, 0),
                Arguments.of("rounding: 92.5 rounds up", input(data(10, field("a", 10, 2, 0)), NONE,
                        Frequency.NEVER, Duration.ZERO), 93, 90, 100, -1),
                Arguments.of("all metadata checks fail", input(Optional.empty(), EnumSet.allOf(MetadataCheck.class),
                        Frequency.OTHER, Duration.ZERO), 0, -1, 0, -1));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void computesTheScoreAndItsParts(String name, Input input, int score, int data, int metadata, int timeliness) {
        Score result = ReliabilityFormula.compute(input).score();

        assertThat(result.value()).as("score").isEqualTo(score);
        assertThat(result.grade()).isEqualTo(Grade.of(score));
        assertThat(result.dataQuality().isPresent() ? result.dataQuality().getAsInt() : -1).as("D").isEqualTo(data);
        assertThat(result.metadata()).as("M").isEqualTo(metadata);
        assertThat(result.timeliness().isPresent() ? result.timeliness().getAsInt() : -1).as("T").isEqualTo(timeliness);
        assertThat(result.computedAt()).isEqualTo(NOW);
    }

    @Test
    void theIssuesExampleExplainsItselfInOneSentence() {
        // 1000 rows, geboortedatum 18% empty and 11 of its 820 values invalid; six metadata checks fail (2 points each,
        // too small to name beside the two big ones); the daily load is 9 days old.
        Input input = input(data(1000, field("geboortedatum", 1000, 180, 11)),
                EnumSet.of(MetadataCheck.KEYWORD, MetadataCheck.EU_THEME, MetadataCheck.CONTACT_POINT,
                        MetadataCheck.LICENCE, MetadataCheck.FIELD_DESCRIPTIONS, MetadataCheck.DESCRIPTION),
                Frequency.DAILY, Duration.ofDays(9).plusHours(3));

        Score score = ReliabilityFormula.compute(input).score();

        assertThat(score.value()).isEqualTo(62);
        assertThat(score.grade()).isEqualTo(Grade.C);
        assertThat(score.explanationNl())
                .isEqualTo("C (62) omdat 18% van geboortedatum leeg is en de laatste lading 9 dagen oud is");
        assertThat(score.explanationEn())
                .isEqualTo("C (62) because 18% of geboortedatum is empty and the last load is 9 days old");
        assertThat(score.reasons().getFirst())
                .isEqualTo(new Reason(20, "de laatste lading is 9 dagen oud (verwacht: dagelijks)",
                        "the last load is 9 days old (expected: daily)"));
        assertThat(score.reasons().get(1).nl()).isEqualTo("18% van geboortedatum is leeg");
        assertThat(score.reasons().get(1).points()).isEqualTo(5);
        assertThat(score.reasons()).extracting(Reason::points).containsExactly(20, 5, 2, 2, 2, 2, 2, 2);
    }

    @Test
    void reasonsCostWhatTheirShortfallWeighs() {
        // Six fields, one of them geboortedatum at 82%: 0.6 x 1/6 x 1/2 x 18 = 0.9 points, rounded 1.
        FieldInput[] fields = {field("geboortedatum", 100, 18, 0), field("b", 100, 0, 0), field("c", 100, 0, 0),
                field("d", 100, 0, 0), field("e", 100, 0, 0), field("f", 100, 0, 0)};
        Score score = ReliabilityFormula.compute(input(data(100, fields), NONE, Frequency.DAILY, Duration.ZERO)).score();

        assertThat(score.value()).isEqualTo(99);
        assertThat(score.reasons()).containsExactly(new Reason(1, "18% van geboortedatum is leeg",
                "18% of geboortedatum is empty"));
    }

    @Test
    void namesBsnFailuresDuplicatesListsAndMissingColumnsInWords() {
        Input input = input(data(100, bsn("bsn", 100, 0, 4), key("zaaknummer", 100, 0, 0, 12),
                coded("productcategorie", 100, 0, 5), absent("geboortedatum")), EnumSet.of(MetadataCheck.OWNER),
                Frequency.DAILY, Duration.ZERO);

        List<String> reasons = ReliabilityFormula.compute(input).score().reasons().stream().map(Reason::nl).toList();

        // 0.6 x 1/4 x 1/3 x 12 = 0.6 points rounds to 1; the BSN and list shortfalls (0.3, 0.25) are no reasons here.
        assertThat(reasons).containsExactly("kolom geboortedatum ontbreekt in de bron", "geen eigenaar vastgelegd",
                "12 dubbele waarden in zaaknummer");
        Input alone = input(data(100, bsn("bsn", 100, 0, 40)), NONE, Frequency.NEVER, Duration.ZERO);
        assertThat(ReliabilityFormula.compute(alone).score().reasons()).extracting(Reason::nl)
                .containsExactly("40% van bsn voldoet niet aan de elfproef");
        Input duplicates = input(data(100, key("zaaknummer", 100, 0, 0, 12)), NONE, Frequency.NEVER, Duration.ZERO);
        assertThat(ReliabilityFormula.compute(duplicates).score().reasons()).extracting(Reason::nl)
                .containsExactly("12 dubbele waarden in zaaknummer");
        Input outside = input(data(100, coded("productcategorie", 100, 0, 30)), NONE, Frequency.NEVER, Duration.ZERO);
        assertThat(ReliabilityFormula.compute(outside).score().explanationNl())
                .isEqualTo("A (93) omdat 30% van productcategorie niet in de lijst staat");
    }

    @Test
    void anEmptySourceSaysSo() {
        Score score = ReliabilityFormula.compute(input(data(0, field("a", 0, 0, 0)), NONE, Frequency.NEVER,
                Duration.ZERO)).score();

        assertThat(score.value()).isEqualTo(25);
        assertThat(score.explanationNl()).isEqualTo("E (25) omdat de bron leeg is");
        assertThat(score.reasons()).containsExactly(new Reason(75, "de bron is leeg", "the source is empty"));
    }

    @Test
    void aScoreWithoutNotableShortfallsSaysThat() {
        Score score = ReliabilityFormula.compute(input(data(1000, field("a", 1000, 20, 0)), NONE, Frequency.DAILY,
                Duration.ZERO)).score();

        assertThat(score.value()).isEqualTo(99);
        assertThat(score.explanationNl()).isEqualTo("A (99): geen noemenswaardige tekortkomingen");
        assertThat(score.explanationEn()).isEqualTo("A (99): no notable shortcomings");
    }

    @Test
    void threeReasonsAreNamedWhenTheThirdWeighsEnough() {
        Score score = ReliabilityFormula.compute(input(Optional.empty(),
                EnumSet.of(MetadataCheck.OWNER, MetadataCheck.STEWARD, MetadataCheck.LICENCE), Frequency.NEVER,
                Duration.ZERO)).score();

        assertThat(score.value()).isEqualTo(70);
        assertThat(score.explanationNl()).isEqualTo("B (70) omdat er geen eigenaar is vastgelegd, er geen beheerder is "
                + "vastgelegd en er geen distributie met een licentie is");
    }

    @Test
    void withoutAnyKnownLoadTimelinessIsZero() {
        Input input = new Input(Optional.empty(), NONE, Frequency.MONTHLY, Optional.empty(), NOW);

        Score score = ReliabilityFormula.compute(input).score();

        assertThat(score.timeliness()).hasValue(0);
        assertThat(score.reasons()).extracting(Reason::nl).containsExactly("er is geen lading bekend (verwacht: maandelijks)");
    }

    @Test
    void frequenciesAreReadFromTheEuIris() {
        assertThat(Frequency.ofIri("http://publications.europa.eu/resource/authority/frequency/ANNUAL_2"))
                .isEqualTo(Frequency.ANNUAL_2);
        assertThat(Frequency.ofIri("http://publications.europa.eu/resource/authority/frequency/BIWEEKLY"))
                .isEqualTo(Frequency.UNKNOWN);
        assertThat(Frequency.ofIri("https://example.org/DAILY")).isEqualTo(Frequency.UNKNOWN);
    }
}
