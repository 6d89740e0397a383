package nl.datawijzer.opendata;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class PublicationGateTest {

    private final PublicationGate gate = new PublicationGate();

    @Test
    void everyRuleHasAUniqueIdAndDutchAndEnglishTitles() {
        assertThat(gate.rules()).containsExactly(GateRule.values()).hasSizeGreaterThanOrEqualTo(10);
        Set<String> ids = gate.rules().stream().map(GateRule::id).collect(Collectors.toSet());
        assertThat(ids).hasSameSizeAs(gate.rules()).allMatch(id -> id.matches("gate\\.[a-z]+(-[a-z]+)*"));
        assertThat(gate.rules()).allSatisfy(rule -> {
            assertThat(rule.titleNl()).isNotBlank();
            assertThat(rule.titleEn()).isNotBlank().isNotEqualTo(rule.titleNl());
            assertThat(rule.title(Locale.of("nl"))).isEqualTo(rule.titleNl());
            assertThat(rule.title(Locale.ENGLISH)).isEqualTo(rule.titleEn());
        });
        assertThat(ids).contains("gate.geen-persoonsgegevens", "gate.velden-beoordeeld", "gate.openbare-toegang",
                "gate.open-licentie", "gate.contactpunt", "gate.uitgever", "gate.eu-thema", "gate.overheidsthema",
                "gate.geen-privacywaarden", "gate.kleine-aantallen");
    }

    @Test
    void onlyTheGovernmentThemeRuleIsAWarning() {
        assertThat(Arrays.stream(GateRule.values()).filter(rule -> !rule.blocking()))
                .containsExactly(GateRule.GOVERNMENT_THEME);
    }

    @Test
    void passesACandidateThatMeetsEveryRuleWithOneResultPerRule() {
        GateReport report = gate.check(new CandidateBuilder().build());

        assertThat(report.datasetSlug()).isEqualTo("wmo-clienten");
        assertThat(report.results()).extracting(GateResult::rule).containsExactly(GateRule.values());
        assertThat(report.results()).allMatch(GateResult::passed);
        assertThat(report.passed()).isTrue();
        assertThat(report.failures()).isEmpty();
    }

    @Test
    void aWarningDoesNotBlockButAFailureDoes() {
        GateReport warned = gate.check(new CandidateBuilder().with(b -> b.governmentThemes.clear()).build());
        assertThat(warned.result(GateRule.GOVERNMENT_THEME).outcome()).isEqualTo(GateOutcome.WARNING);
        assertThat(warned.passed()).isTrue();

        GateReport blocked = gate.check(new CandidateBuilder().with(b -> {
            b.governmentThemes.clear();
            b.publishers.clear();
        }).build());
        assertThat(blocked.passed()).isFalse();
        assertThat(blocked.failures()).extracting(GateResult::rule).containsExactly(GateRule.PUBLISHER);
    }

    @Test
    void showsNoHostedContentsWhenACandidateIsPrinted() {
        String printed = new CandidateBuilder().hosted("wijk;rekening\nA;NL91ABNA0417164300\n").build().toString();

        assertThat(printed).doesNotContain("NL91ABNA0417164300").contains("bytes");
    }
}
