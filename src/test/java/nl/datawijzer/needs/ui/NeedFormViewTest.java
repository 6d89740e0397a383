package nl.datawijzer.needs.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Supplier;
import nl.datawijzer.needs.FigureKind;
import nl.datawijzer.needs.MeasureKind;
import nl.datawijzer.needs.Need;
import nl.datawijzer.needs.NeedDomain;
import nl.datawijzer.needs.NeedDraft;
import nl.datawijzer.needs.NeedId;
import nl.datawijzer.needs.NeedService;
import nl.datawijzer.needs.NeedStep;
import nl.datawijzer.needs.Recurrence;
import nl.datawijzer.needs.SmartRule;
import nl.datawijzer.needs.SteeringLevel;
import nl.datawijzer.privacy.SecurityHolderIsolation;
import nl.datawijzer.ui.NotFoundView;
import org.junit.jupiter.api.Test;
import nl.datawijzer.quality.ui.CraftedQualityConfiguration;
import nl.datawijzer.quality.ui.FakeQualityService;
import nl.datawijzer.quality.ui.GradeBadge;
import org.springframework.context.annotation.Import;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.annotation.DirtiesContext;

/**
 * The guided SMART form on the Huizen seed: the live check, similar needs, the dataset picker, saving a draft,
 * submitting, and what is refused. Each test writes its own question, so their order does not matter.
 */
@SpringBootTest
@DirtiesContext
@ExtendWith(SecurityHolderIsolation.class)
@ViewPackages(packages = "nl.datawijzer")
@Import(CraftedQualityConfiguration.class)
@WithMockUser(username = NeedFormViewTest.REQUESTER, roles = "MEDEWERKER")
class NeedFormViewTest extends SpringBrowserlessTest {

    @org.springframework.beans.factory.annotation.Autowired
    FakeQualityService quality;

    static final String REQUESTER = "aanvrager";
    static final String WMO_DATASET = "wmo-meldingen";

    @Autowired NeedService needs;
    /** The strategy this context's method security reads (Vaadin installs its own per context). */
    @Autowired SecurityContextHolderStrategy securityHolder;

    @Test
    void theChecklistFlipsEachItemFromFailingToPassingAsItsPartIsFilled() {
        navigate(NeedFormView.class);
        assertThat(summary()).isEqualTo("0 van 10 criteria in orde");
        for (SmartRule rule : SmartRule.values()) {
            assertThat(passed(rule)).as(rule.name()).isFalse();
            assertThat(guidance(rule)).as(rule.name()).isNotBlank();
        }
        assertThat(item(SmartRule.SPECIFIC_UNIT).getElement().getTextRecursively())
                .contains("Nog niet in orde", "Specifiek: eenheid");
        assertThat(guidance(SmartRule.SPECIFIC_UNIT)).isEqualTo("Noem de eenheid: personen, huishoudens, zaken of euro's.");

        type("need-question", "Hoeveel jongeren krijgen per wijk jeugdhulp van meer dan een aanbieder?");
        assertThat(passed(SmartRule.QUESTION)).isTrue();
        assertThat(guidance(SmartRule.QUESTION)).isNull();

        combo("need-domain").setValue(NeedDomain.JEUGD);
        assertThat(passed(SmartRule.SPECIFIC_SUBJECT)).isFalse();
        assertThat(guidance(SmartRule.SPECIFIC_SUBJECT)).startsWith("Beschrijf over wie of wat het gaat");
        type("need-population", "jongeren van 0 tot 18 jaar met jeugdhulp");
        assertThat(passed(SmartRule.SPECIFIC_SUBJECT)).isTrue();
        type("need-unit", "personen");
        assertThat(passed(SmartRule.SPECIFIC_UNIT)).isTrue();
        assertThat(item(SmartRule.SPECIFIC_UNIT).getElement().getTextRecursively()).contains("In orde");
        assertThat(summary()).isEqualTo("3 van 10 criteria in orde");

        radio("need-figure").setValue(FigureKind.STANDCIJFER);
        assertThat(guidance(SmartRule.MEASURABLE_FIGURE)).startsWith("Noem de peildatum");
        assertThat($(DatePicker.class).withId("need-reference-date").exists()).isTrue();
        assertThat($(DatePicker.class).withId("need-period-start").exists()).isFalse();
        date("need-reference-date").setValue(LocalDate.of(2026, 1, 1));
        assertThat(passed(SmartRule.MEASURABLE_FIGURE)).isTrue();
        assertThat(passed(SmartRule.TIMELY_PERIOD)).isTrue();

        radio("need-figure").setValue(FigureKind.PERIODECIJFER);
        assertThat($(DatePicker.class).withId("need-reference-date").exists()).isFalse();
        assertThat(passed(SmartRule.MEASURABLE_FIGURE)).isFalse();
        date("need-period-start").setValue(LocalDate.of(2025, 1, 1));
        date("need-period-end").setValue(LocalDate.of(2025, 12, 31));
        assertThat(passed(SmartRule.MEASURABLE_FIGURE)).isTrue();
        assertThat(passed(SmartRule.TIMELY_PERIOD)).isTrue();
        assertThat($(Button.class).id("need-submit").isEnabled()).isFalse();
    }

    @Test
    void aFullyFilledFormIsSubmittedAndTheNeedIsAtBehoefte() {
        String question = "Hoeveel inwoners wachten per wijk langer dan zes weken op een Wmo-onderzoek, ingediend?";
        navigate(NeedFormView.class);
        fillSmart(question);
        assertThat(summary()).isEqualTo("10 van 10 criteria in orde");
        assertThat($(Button.class).id("need-submit").isEnabled()).isTrue();

        test($(Button.class).id("need-submit")).click();

        Need need = mine(question);
        assertThat(need.step()).isEqualTo(NeedStep.BEHOEFTE);
        assertThat(need.draft().candidateDatasets()).containsExactly(WMO_DATASET);
        assertThat(UI.getCurrent().getActiveViewLocation().getPath()).isEqualTo("behoeften/" + need.id().value());
    }

    @Test
    void aFormThatFailsARuleCannotBeSubmittedAndItsDraftStaysAConcept() {
        String question = "Hoeveel huishoudens hebben schulden bij meer dan drie schuldeisers, nog niet af?";
        navigate(NeedFormView.class);
        type("need-question", question);
        combo("need-domain").setValue(NeedDomain.SCHULDHULP);
        test($(Button.class).id("need-save-draft")).click();
        Need saved = mine(question);

        Button submit = $(Button.class).id("need-submit");
        assertThat(submit.isEnabled()).isFalse();
        assertThatThrownBy(() -> test(submit).click()).isInstanceOf(IllegalStateException.class);
        assertThat(mine(question).step()).isEqualTo(NeedStep.CONCEPT);
        assertThat(needs.history(saved.id())).hasSize(1);
    }

    @Test
    void aSavedDraftContinuesAtItsEditAddressAndOpensWithEveryPartAsFilled() {
        String question = "Hoeveel inwoners wachten per wijk langer dan zes weken op een Wmo-onderzoek, als concept?";
        navigate(NeedFormView.class);
        fillSmart(question);

        test($(Button.class).id("need-save-draft")).click();

        Need saved = mine(question);
        assertThat(saved.step()).isEqualTo(NeedStep.CONCEPT);
        assertThat(test($(Notification.class).last()).getText()).isEqualTo("Concept opgeslagen");
        assertThat(UI.getCurrent().getActiveViewLocation().getPath()).isEqualTo(NeedRoutes.edit(saved.id()));

        navigate(NeedRoutes.edit(saved.id()), NeedFormView.class);
        NeedFormView view = (NeedFormView) getCurrentView();
        assertThat(view.draft()).isEqualTo(saved.draft());
        assertThat(view.draft()).isEqualTo(smartDraft(question));
        assertThat($(TextArea.class).id("need-question").getValue()).isEqualTo(question);
        assertThat($(TextField.class).id("need-unit").getValue()).isEqualTo("personen");
        assertThat(date("need-needed-by").getValue()).isEqualTo(needs.today().plusMonths(1));
        assertThat($(Anchor.class).id("need-dataset-link-" + WMO_DATASET).getText()).isEqualTo("Wmo-meldingen en onderzoeken");
        assertThat($(Button.class).id("need-submit").isEnabled()).isTrue();
    }

    @Test
    void aDraftSubmittedMeanwhileInAnotherWindowIsRefusedWithTheServicesMessage() {
        String question = "Hoeveel inwoners wachten per wijk langer dan zes weken op een Wmo-onderzoek, twee vensters?";
        navigate(NeedFormView.class);
        fillSmart(question);
        test($(Button.class).id("need-save-draft")).click();
        Need saved = mine(question);
        needs.submit(saved.id());

        test($(Button.class).id("need-submit")).click();

        assertThat($(Div.class).id("need-errors").getElement().getTextRecursively())
                .startsWith("Niet opgeslagen: Deze informatiebehoefte is al ingediend (stap Behoefte)");
        assertThat(test($(Notification.class).last()).getText()).contains("al ingediend");
        assertThat(UI.getCurrent().getActiveViewLocation().getPath()).isEqualTo(NeedRoutes.edit(saved.id()));
        assertThat(needs.history(saved.id())).hasSize(2);
    }

    @Test
    void similarNeedsAppearWithTheirPageWhileAQuestionLikeASeededOneIsTyped() {
        navigate(NeedFormView.class);
        assertThat($(Div.class).withId("need-similar").exists()).isFalse();

        type("need-question", "Hoeveel actieve casussen heeft elke jeugdconsulent boven de norm?");

        Div similar = $(Div.class).id("need-similar");
        assertThat(similar.getElement().getTextRecursively())
                .contains("Lijkt op bestaande vragen: bekijk ze voordat u een nieuwe indient");
        Anchor seeded = $(Anchor.class).id("need-similar-n5eed00000001");
        assertThat(seeded.getHref()).isEqualTo("behoeften/n5eed00000001");
        assertThat(seeded.getText()).contains("jeugdconsulent");
        assertThat(seeded.getParent().orElseThrow().getElement().getTextRecursively()).contains("stap: Analyseren");

        type("need-question", "");
        assertThat($(Div.class).withId("need-similar").exists()).isFalse();
    }

    @Test
    void candidateDatasetsShowTheirReliabilityInTheSearchResultsAndOnceChosen() {
        quality.put(new nl.datawijzer.quality.DatasetQuality(new nl.datawijzer.catalog.DatasetId(WMO_DATASET),
                "Wmo-meldingen en onderzoeken", new nl.datawijzer.catalog.SystemId("isamenleving"), "iSamenleving",
                java.util.Optional.empty(), java.util.Optional.of(CraftedQualityConfiguration.score(77,
                        java.util.OptionalInt.of(75), 90, java.util.OptionalInt.of(70), java.util.List.of(),
                        "B (77) omdat ...", CraftedQualityConfiguration.OCTOBER)),
                java.util.Optional.of(CraftedQualityConfiguration.OCTOBER), java.util.List.of(),
                java.util.Optional.empty()));
        navigate(NeedFormView.class);

        type("need-dataset-search", "Wmo");
        assertThat($(GradeBadge.class).id("need-dataset-grade-" + WMO_DATASET).getElement().getTextRecursively())
                .isEqualTo("B77goed");
        assertThat($(GradeBadge.class).id("need-dataset-grade-" + CraftedQualityConfiguration.WMO.slug())
                .getElement().getTextRecursively()).isEqualTo("C62voldoende");
        assertThat($(GradeBadge.class).all()).extracting(b -> b.getElement().getTextRecursively())
                .contains("nog geen score");
        test($(Button.class).id("need-dataset-add-" + WMO_DATASET)).click();

        assertThat($(GradeBadge.class).id("need-dataset-chosen-grade-" + WMO_DATASET).getElement()
                .getTextRecursively()).isEqualTo("B77goed");
    }

    @Test
    void aDatasetFoundInTheCatalogueIsAddedAndRemovedAndTheRealisticRuleFollows() {
        navigate(NeedFormView.class);
        assertThat(passed(SmartRule.REALISTIC_SOURCES)).isFalse();

        type("need-dataset-search", "Wmo-meldingen");
        Button add = $(Button.class).id("need-dataset-add-" + WMO_DATASET);
        assertThat(add.getParent().orElseThrow().getElement().getTextRecursively())
                .contains("Wmo-meldingen en onderzoeken", "iSamenleving");
        assertThat($(Button.class).all().stream().map(b -> b.getId().orElse(""))
                .filter(id -> id.startsWith("need-dataset-add-"))).hasSizeBetween(1, DatasetPicker.HITS);
        test(add).click();

        assertThat($(Anchor.class).id("need-dataset-link-" + WMO_DATASET).getHref()).isEqualTo("datasets/" + WMO_DATASET);
        assertThat(passed(SmartRule.REALISTIC_SOURCES)).isTrue();
        assertThat($(Button.class).id("need-dataset-add-" + WMO_DATASET).isEnabled()).isFalse();

        test($(Checkbox.class).id("need-new-data")).click();
        assertThat(guidance(SmartRule.REALISTIC_SOURCES)).isEqualTo("Kies datasets óf 'nieuwe gegevens nodig', niet allebei.");
        test($(Checkbox.class).id("need-new-data")).click();

        test($(Button.class).id("need-dataset-remove-" + WMO_DATASET)).click();
        assertThat($(Anchor.class).withId("need-dataset-link-" + WMO_DATASET).exists()).isFalse();
        assertThat(passed(SmartRule.REALISTIC_SOURCES)).isFalse();
        assertThat($(Checkbox.class).id("need-new-data").getLabel())
                .isEqualTo("Nieuwe gegevens nodig: geen bestaande dataset beantwoordt de vraag");
    }

    @Test
    void someoneElsesDraftShowsWhoseItIsInsteadOfTheForm() {
        NeedId theirs = as("collega", () -> needs.saveDraft(null,
                NeedDraft.ofQuestion("Hoeveel Wmo-cliënten hebben ook een schuldhulptraject lopen?")));

        navigate(NeedRoutes.edit(theirs), NeedFormView.class);

        assertThat($(Paragraph.class).id("need-notice-text").getText())
                .isEqualTo("Dit is een concept van collega. Alleen de indiener kan een concept bewerken en indienen.");
        assertThat($(TextArea.class).withId("need-question").exists()).isFalse();
        assertThat($(Button.class).withId("need-submit").exists()).isFalse();
    }

    @Test
    void aSubmittedNeedIsNotEditableAndLinksToItsPage() {
        navigate("behoeften/n5eed00000002/bewerken", NeedFormView.class);

        assertThat($(Paragraph.class).id("need-notice-text").getText()).startsWith("Deze informatiebehoefte is al ingediend (stap Bron)");
        assertThat($(Anchor.class).id("need-notice-link").getHref()).isEqualTo("behoeften/n5eed00000002");
        assertThat($(TextArea.class).withId("need-question").exists()).isFalse();
    }

    @Test
    void anUnknownOrMalformedNeedIsNotFound() {
        navigate("behoeften/n000000000000/bewerken", NotFoundView.class);
        assertThat($(NotFoundView.class).exists()).isTrue();
        navigate("behoeften/geen-nummer/bewerken", NotFoundView.class);
        assertThat($(NotFoundView.class).exists()).isTrue();
    }

    @Test
    void anOverLongTextIsShownAtItsInputAndNothingIsSaved() {
        String question = "Hoeveel inwoners van 75 jaar en ouder hebben een Wmo-voorziening, te lang?";
        int before = needs.mine().size();
        navigate(NeedFormView.class);
        type("need-question", question);
        TextField population = $(TextField.class).id("need-population");
        type("need-population", "x".repeat(301));

        assertThat(population.isInvalid()).isTrue();
        assertThat(population.getErrorMessage()).isEqualTo("Het onderwerp is te lang: 301 tekens, ten hoogste 300.");

        test($(Button.class).id("need-save-draft")).click();

        assertThat($(Div.class).id("need-errors").getElement().getTextRecursively())
                .contains("Niet opgeslagen", "Het onderwerp is te lang");
        assertThat(needs.mine()).hasSize(before);
        assertThat(UI.getCurrent().getActiveViewLocation().getPath()).isEqualTo("behoeften/nieuw");

        type("need-population", "inwoners van 75 jaar en ouder");
        assertThat(population.isInvalid()).isFalse();
    }

    @Test
    void impossibleDatesAreShownAtTheirInputs() {
        navigate(NeedFormView.class);
        date("need-period-start").setValue(LocalDate.of(2025, 12, 31));
        date("need-period-end").setValue(LocalDate.of(2025, 1, 1));
        date("need-needed-by").setValue(needs.today().minusDays(1));

        assertThat(date("need-period-end").isInvalid()).isTrue();
        assertThat(date("need-period-end").getErrorMessage()).startsWith("De periode eindigt (2025-01-01) voordat hij begint");
        assertThat(date("need-needed-by").isInvalid()).isTrue();
        assertThat(date("need-needed-by").getErrorMessage()).contains("ligt in het verleden");
        assertThat(date("need-needed-by").getI18n().getDateFormats()).containsExactly("d-M-yyyy");
        assertThat(date("need-needed-by").getI18n().getFirstDayOfWeek()).isEqualTo(1);
    }

    // --- helpers ---

    private void fillSmart(String question) {
        type("need-question", question);
        combo("need-domain").setValue(NeedDomain.WMO);
        type("need-population", "inwoners met een Wmo-melding");
        type("need-unit", "personen");
        radio("need-measure").setValue(MeasureKind.COUNT);
        type("need-measure-definition", "meldingen zonder onderzoeksverslag na 42 dagen");
        radio("need-figure").setValue(FigureKind.PERIODECIJFER);
        type("need-purpose", "wachttijden per wijk zichtbaar maken");
        type("need-decision", "inzet van extra consulenten per wijk");
        radio("need-steering-level").setValue(SteeringLevel.TACTICAL);
        type("need-users", "teamleider Wmo");
        type("need-dataset-search", "Wmo-meldingen");
        test($(Button.class).id("need-dataset-add-" + WMO_DATASET)).click();
        date("need-period-start").setValue(LocalDate.of(2025, 1, 1));
        date("need-period-end").setValue(LocalDate.of(2025, 12, 31));
        date("need-needed-by").setValue(needs.today().plusMonths(1));
        radio("need-recurrence").setValue(Recurrence.QUARTERLY);
    }

    private NeedDraft smartDraft(String question) {
        return new NeedDraft.Builder().question(question).domain(NeedDomain.WMO)
                .population("inwoners met een Wmo-melding").unit("personen").measure(MeasureKind.COUNT)
                .measureDefinition("meldingen zonder onderzoeksverslag na 42 dagen").figure(FigureKind.PERIODECIJFER)
                .purpose("wachttijden per wijk zichtbaar maken").decision("inzet van extra consulenten per wijk")
                .steeringLevel(SteeringLevel.TACTICAL).users("teamleider Wmo").candidateDatasets(List.of(WMO_DATASET))
                .periodStart(LocalDate.of(2025, 1, 1)).periodEnd(LocalDate.of(2025, 12, 31))
                .neededBy(needs.today().plusMonths(1)).recurrence(Recurrence.QUARTERLY).build();
    }

    private void type(String id, String text) {
        Component input = $(Component.class).id(id);
        if (input instanceof TextArea area) {
            test(area).setValue(text);
        } else {
            test((TextField) input).setValue(text);
        }
    }

    @SuppressWarnings("unchecked")
    private ComboBox<NeedDomain> combo(String id) {
        return $(ComboBox.class).id(id);
    }

    @SuppressWarnings("unchecked")
    private <T> RadioButtonGroup<T> radio(String id) {
        return $(RadioButtonGroup.class).id(id);
    }

    private DatePicker date(String id) {
        return $(DatePicker.class).id(id);
    }

    private String summary() {
        return $(Paragraph.class).id("need-smart-summary").getText();
    }

    private ListItem item(SmartRule rule) {
        return $(ListItem.class).id(SmartChecklist.itemId(rule));
    }

    private boolean passed(SmartRule rule) {
        String passed = item(rule).getElement().getAttribute("data-passed");
        assertThat(passed).isIn("true", "false");
        return Boolean.parseBoolean(passed);
    }

    /** The guidance shown under a rule, or null when none is shown. */
    private String guidance(SmartRule rule) {
        return item(rule).getChildren().filter(c -> c instanceof Paragraph).map(c -> (Paragraph) c)
                .filter(Component::isVisible).map(Paragraph::getText).findFirst().orElse(null);
    }

    private Need mine(String question) {
        return needs.mine().stream().filter(n -> n.question().equals(question)).findFirst().orElseThrow();
    }

    private <T> T as(String user, Supplier<T> action) {
        SecurityContext before = securityHolder.getContext();
        SecurityContext other = securityHolder.createEmptyContext();
        other.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, "n/a",
                List.of(new SimpleGrantedAuthority("ROLE_MEDEWERKER"))));
        securityHolder.setContext(other);
        try {
            return action.get();
        } finally {
            securityHolder.setContext(before);
        }
    }
}
