package nl.datawijzer.opendata.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextArea;
import nl.datawijzer.catalog.ui.DatasetView;
import nl.datawijzer.opendata.GateRule;
import nl.datawijzer.privacy.SecurityHolderIsolation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.annotation.DirtiesContext;

/**
 * The publication section of the dataset page and the FG's proposals page, as the FG and a steward see them: state,
 * every gate rule with its outcome, history, and only the buttons of the role.
 */
@SpringBootTest
@DirtiesContext
@ExtendWith(SecurityHolderIsolation.class)
@ViewPackages(packages = "nl.datawijzer")
class PublicationViewsTest extends SpringBrowserlessTest {

    static final String WAITING = "schuldhulp-aanmeldingen-per-kwartaal";

    @Test
    @WithMockUser(username = "fg", roles = {"FG", "MEDEWERKER"})
    void theFgSeesTheWaitingProposalWithEveryGateRuleAndRejectsItWithAReason() {
        navigate(ProposalsView.class);
        assertThat($(Div.class).id("proposal-" + WAITING).getElement().getTextRecursively())
                .contains("beheerder").contains("niet door de publicatiepoort");

        navigate("datasets/" + WAITING, DatasetView.class);
        assertThat($(Span.class).id("publication-state").getText()).isEqualTo("Voorgesteld");
        assertThat($(ListItem.class).all().stream().filter(li -> li.getId().orElse("").startsWith("gate-gate-")))
                .hasSize(GateRule.values().length);
        ListItem reviewed = $(ListItem.class).id("gate-gate-velden-beoordeeld");
        assertThat(reviewed.getElement().getAttribute("data-outcome")).isEqualTo("FAIL");
        assertThat(reviewed.getElement().getTextRecursively()).contains("voorgesteld");
        assertThat($(Button.class).withId("publication-propose").exists()).isFalse();
        assertThat($(Button.class).withId("publication-approve").exists()).isTrue();

        test($(Button.class).id("publication-reject")).click();
        test($(Button.class).id("publication-reject-confirm")).click();
        assertThat($(TextArea.class).id("publication-reject-note").isInvalid()).as("a reason is required").isTrue();
        test($(TextArea.class).id("publication-reject-note")).setValue("Eerst de velden laten beoordelen.");
        test($(Button.class).id("publication-reject-confirm")).click();

        assertThat($(Span.class).id("publication-state").getText()).isEqualTo("Afgewezen");
        assertThat($(Div.class).id("publication-history").getElement().getTextRecursively())
                .contains("Afgewezen door fg").contains("Eerst de velden laten beoordelen.");
        navigate(ProposalsView.class);
        assertThat($(Paragraph.class).all()).anySatisfy(p ->
                assertThat(p.getText()).isEqualTo("Er wachten geen voorstellen."));
    }

    @Test
    @WithMockUser(username = "beheerder", roles = {"BEHEERDER", "MEDEWERKER"})
    void aStewardSeesAPublishedDatasetWithItsHistoryAndMayOnlyWithdrawIt() {
        navigate("datasets/wmo-meldingen-per-kwartaal", DatasetView.class);
        assertThat($(Span.class).id("publication-state").getText()).isEqualTo("Gepubliceerd");
        assertThat($(Div.class).id("publication-history").getElement().getTextRecursively())
                .contains("Gepubliceerd door fg").contains("Voorgesteld door beheerder");
        assertThat($(Button.class).withId("publication-withdraw").exists()).isTrue();
        assertThat($(Button.class).withId("publication-propose").exists()).isFalse();
        assertThat($(Button.class).withId("publication-approve").exists()).isFalse();

        navigate(NoticesView.class);
        assertThat($(Paragraph.class).id("notices-none").getText()).isEqualTo("Er zijn geen meldingen.");
    }
}
