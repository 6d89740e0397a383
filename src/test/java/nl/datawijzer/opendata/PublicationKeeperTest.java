package nl.datawijzer.opendata;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class PublicationKeeperTest {

    private static GateReport reportFailing(GateRule... failing) {
        List<GateResult> results = Arrays.stream(GateRule.values())
                .map(rule -> new GateResult(rule, Arrays.asList(failing).contains(rule)
                        ? (rule.blocking() ? GateOutcome.FAIL : GateOutcome.WARNING) : GateOutcome.PASS,
                        "uitleg", "explanation"))
                .toList();
        return new GateReport("wmo-clienten-per-wijk", results);
    }

    @Test
    void aPublishedDatasetThatStillPassesStaysPublic() {
        assertThat(PublicationKeeper.staysPublic(reportFailing())).isTrue();
        assertThat(PublicationKeeper.staysPublic(reportFailing(GateRule.GOVERNMENT_THEME))).as("a warning").isTrue();
    }

    @Test
    void anAddressThatDoesNotAnswerDuringARecheckDoesNotWithdrawIt() {
        assertThat(PublicationKeeper.staysPublic(reportFailing(GateRule.DISTRIBUTIONS_REACHABLE))).isTrue();
    }

    @Test
    void everyOtherBlockingRuleWithdrawsIt() {
        for (GateRule rule : GateRule.values()) {
            if (rule.blocking() && rule != GateRule.DISTRIBUTIONS_REACHABLE) {
                assertThat(PublicationKeeper.staysPublic(reportFailing(rule))).as(rule.id()).isFalse();
                assertThat(PublicationKeeper.staysPublic(reportFailing(rule, GateRule.DISTRIBUTIONS_REACHABLE)))
                        .as(rule.id() + " with reachability").isFalse();
            }
        }
    }
}
