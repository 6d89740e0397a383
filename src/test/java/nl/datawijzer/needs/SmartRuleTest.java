package nl.datawijzer.needs;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The SMART rules as a table: what passes, what fails, and the guidance a requester gets. */
class SmartRuleTest {

    @Test
    void aWellFormulatedNeedPassesEveryRule() {
        assertThat(SmartRule.checkAll(Drafts.smart().build(), Drafts.TODAY))
                .allSatisfy(r -> assertThat(r.passed()).as(r.rule().id()).isTrue())
                .allSatisfy(r -> assertThat(r.guidance()).isEmpty())
                .hasSize(SmartRule.values().length);
    }

    @Test
    void anEmptyDraftFailsEveryRuleAndEachSaysWhatToDo() {
        assertThat(SmartRule.checkAll(NeedDraft.empty(), Drafts.TODAY))
                .allSatisfy(r -> assertThat(r.passed()).as(r.rule().id()).isFalse())
                .allSatisfy(r -> assertThat(r.guidance()).as(r.rule().id()).isNotBlank());
    }

    static Stream<Arguments> table() {
        return Stream.of(
                row("question too short", b -> b.question("Wmo wachttijd?"), SmartRule.QUESTION, false,
                        "ten minste 20 tekens"),
                row("question of twenty characters", b -> b.question("Hoeveel Wmo-cliënten?"), SmartRule.QUESTION, true,
                        ""),
                row("no domain", b -> b.domain(null), SmartRule.SPECIFIC_SUBJECT, false,
                        "Kies het domein: Wmo, Jeugd, Participatie, Schuldhulp of Overig."),
                row("no population", b -> b.population(""), SmartRule.SPECIFIC_SUBJECT, false, "welke inwoners"),
                row("domain Overig with a population", b -> b.domain(NeedDomain.OVERIG), SmartRule.SPECIFIC_SUBJECT, true,
                        ""),
                row("no unit", b -> b.unit(" "), SmartRule.SPECIFIC_UNIT, false,
                        "Noem de eenheid: personen, huishoudens, zaken of euro's."),
                row("unit euro's", b -> b.unit("euro's"), SmartRule.SPECIFIC_UNIT, true, ""),
                row("no measure", b -> b.measure(null), SmartRule.MEASURABLE_MEASURE, false,
                        "een aantal, een som, een gemiddelde of een aandeel"),
                row("definition too short", b -> b.measureDefinition("aantal"), SmartRule.MEASURABLE_MEASURE, false,
                        "Omschrijf hoe het cijfer berekend wordt"),
                row("share with definition", b -> b.measure(MeasureKind.SHARE), SmartRule.MEASURABLE_MEASURE, true, ""),
                row("no kind of figure", b -> b.figure(null), SmartRule.MEASURABLE_FIGURE, false, "standcijfer"),
                row("standcijfer without peildatum", b -> b.figure(FigureKind.STANDCIJFER), SmartRule.MEASURABLE_FIGURE,
                        false, "Noem de peildatum"),
                row("standcijfer with peildatum", b -> b.figure(FigureKind.STANDCIJFER)
                        .referenceDate(LocalDate.of(2026, 1, 1)), SmartRule.MEASURABLE_FIGURE, true, ""),
                row("period figure without end", b -> b.periodEnd(null), SmartRule.MEASURABLE_FIGURE, false,
                        "begin- en einddatum"),
                row("no purpose", b -> b.purpose(""), SmartRule.ACCEPTABLE_PURPOSE, false, "wat is het doel?"),
                row("no decision", b -> b.decision(""), SmartRule.ACCEPTABLE_PURPOSE, false, "Noem het besluit"),
                row("no steering level", b -> b.steeringLevel(null), SmartRule.ACCEPTABLE_USE, false,
                        "strategisch (college, raad), tactisch (team, wijk) of operationeel"),
                row("no users", b -> b.users(""), SmartRule.ACCEPTABLE_USE, false, "wie het antwoord gaat gebruiken"),
                row("no sources and no new data", b -> b.candidateDatasets(List.of()), SmartRule.REALISTIC_SOURCES, false,
                        "of vink 'nieuwe gegevens nodig' aan"),
                row("new data needed only", b -> b.candidateDatasets(List.of()).newDataNeeded(true),
                        SmartRule.REALISTIC_SOURCES, true, ""),
                row("sources and new data both", b -> b.newDataNeeded(true), SmartRule.REALISTIC_SOURCES, false,
                        "niet allebei"),
                row("no period", b -> b.periodStart(null).periodEnd(null), SmartRule.TIMELY_PERIOD, false,
                        "over welke periode"),
                row("period ending before it starts", b -> b.periodEnd(LocalDate.of(2024, 12, 31)),
                        SmartRule.TIMELY_PERIOD, false, "eindigt (2024-12-31) voordat hij begint (2025-01-01)"),
                row("period of one day", b -> b.periodEnd(LocalDate.of(2025, 1, 1)), SmartRule.TIMELY_PERIOD, true, ""),
                row("standcijfer needs no period", b -> b.figure(FigureKind.STANDCIJFER)
                        .referenceDate(LocalDate.of(2026, 1, 1)).periodStart(null).periodEnd(null),
                        SmartRule.TIMELY_PERIOD, true, ""),
                row("no needed-by date", b -> b.neededBy(null), SmartRule.TIMELY_DEADLINE, false,
                        "Noem de datum waarop u het antwoord nodig hebt."),
                row("needed yesterday", b -> b.neededBy(Drafts.TODAY.minusDays(1)), SmartRule.TIMELY_DEADLINE, false,
                        "ligt in het verleden"),
                row("needed today", b -> b.neededBy(Drafts.TODAY), SmartRule.TIMELY_DEADLINE, true, ""),
                row("no recurrence", b -> b.recurrence(null), SmartRule.TIMELY_DEADLINE, false,
                        "eenmalig, maandelijks, per kwartaal of jaarlijks"));
    }

    private static Arguments row(String name, UnaryOperator<NeedDraft.Builder> change, SmartRule rule, boolean passes,
            String guidance) {
        return Arguments.of(name, change, rule, passes, guidance);
    }

    @ParameterizedTest(name = "{0}: {2} passes={3}")
    @MethodSource("table")
    void eachRuleGivesItsOwnOutcomeAndGuidance(String name, UnaryOperator<NeedDraft.Builder> change, SmartRule rule,
            boolean passes, String guidance) {
        NeedDraft draft = change.apply(Drafts.smart()).build();
        SmartResult result = rule.check(draft, Drafts.TODAY);
        assertThat(result.passed()).as(name).isEqualTo(passes);
        if (passes) {
            assertThat(result.guidance()).isEmpty();
        } else {
            assertThat(result.guidance()).contains(guidance);
        }
        // Spoiling one part fails only the rules about that part: the others still pass.
        assertThat(SmartRule.checkAll(draft, Drafts.TODAY).stream().filter(r -> !r.passed()).map(SmartResult::rule)
                .filter(r -> r != rule && r != SmartRule.MEASURABLE_FIGURE && r != SmartRule.TIMELY_PERIOD))
                .as(name).isEmpty();
    }

    @Test
    void everyRuleHasAnIdAndADutchAndEnglishTitle() {
        assertThat(SmartRule.values()).allSatisfy(rule -> {
            assertThat(rule.id()).startsWith("smart.");
            assertThat(rule.title(java.util.Locale.of("nl"))).isEqualTo(rule.titleNl()).isNotBlank();
            assertThat(rule.title(java.util.Locale.ENGLISH)).isEqualTo(rule.titleEn()).isNotBlank();
        });
        assertThat(Stream.of(SmartRule.values()).map(SmartRule::id).distinct()).hasSize(SmartRule.values().length);
    }
}
