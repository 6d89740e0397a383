package nl.datawijzer.opendata;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import nl.datawijzer.catalog.DatasetId;
import nl.datawijzer.catalog.FieldId;
import nl.datawijzer.privacy.InheritedClassificationService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.authorization.AuthorizationDeniedException;
import org.springframework.security.test.context.support.WithAnonymousUser;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.annotation.DirtiesContext;

/** The gate service on the Huizen seed: what it gathers beyond the record (lineage, conformance) decides the outcome. */
@SpringBootTest
@DirtiesContext
@WithMockUser(username = "fg.huizen", roles = {"FG", "MEDEWERKER"})
class GateServiceIT {

    static final DatasetId WMO = new DatasetId("wmo-clienten-per-wijk");

    @Autowired GateService gate;
    @Autowired InheritedClassificationService inherited;

    @Test
    @DirtiesContext(methodMode = DirtiesContext.MethodMode.AFTER_METHOD)
    void blocksAPublishedFigureOnceTheFgWithdrawsTheAggregationApprovalItRestsOn() {
        GateReport before = gate.check(WMO).orElseThrow();
        assertThat(before.result(GateRule.NO_PERSONAL_DATA).passed()).as(before.result(GateRule.NO_PERSONAL_DATA)
                .explanationNl()).isTrue();
        assertThat(before.result(GateRule.DCAT_AP_NL).passed()).as(before.result(GateRule.DCAT_AP_NL).explanationNl())
                .isTrue();

        inherited.withdraw(new FieldId(WMO, "aantal-clienten"),
                new FieldId(new DatasetId("ggm-beschiktevoorziening"), "bsn"), "Telling opnieuw bekijken");

        GateResult after = gate.check(WMO).orElseThrow().result(GateRule.NO_PERSONAL_DATA);
        assertThat(after.blocks()).isTrue();
        assertThat(after.explanationNl()).contains("erven", "Aantal cliënten (aantal_clienten)", "BSN");
    }

    @Test
    void findsNoReportForADatasetThatDoesNotExist() {
        assertThat(gate.check(new DatasetId("bestaat-niet"))).isEmpty();
    }

    @Test
    @WithAnonymousUser
    void showsTheGateToStaffOnly() {
        assertThatThrownBy(() -> gate.check(WMO)).isInstanceOf(AuthorizationDeniedException.class);
    }
}
