package nl.datawijzer.needs.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.DescriptionList;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.RouterLink;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import nl.datawijzer.needs.EventKind;
import nl.datawijzer.needs.FeedbackVerdict;
import nl.datawijzer.needs.FigureKind;
import nl.datawijzer.needs.MeasureKind;
import nl.datawijzer.needs.NeedDomain;
import nl.datawijzer.needs.Recurrence;
import nl.datawijzer.needs.SteeringLevel;
import nl.datawijzer.needs.FollowUpKind;
import nl.datawijzer.needs.Need;
import nl.datawijzer.needs.NeedDraft;
import nl.datawijzer.needs.NeedEvent;
import nl.datawijzer.needs.NeedId;
import nl.datawijzer.needs.NeedService;
import nl.datawijzer.needs.NeedStep;
import nl.datawijzer.needs.NeedType;
import nl.datawijzer.privacy.SecurityHolderIsolation;
import nl.datawijzer.search.SearchHit;
import nl.datawijzer.ui.NotFoundView;
import org.junit.jupiter.api.Test;
import nl.datawijzer.quality.ui.CraftedQualityConfiguration;
import nl.datawijzer.quality.ui.GradeBadge;
import org.springframework.context.annotation.Import;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.annotation.DirtiesContext;

/**
 * The need page on the Huizen seed: what each user sees and may do, and that every action shows in the page and its
 * history. Each test works on its own seeded need (or one it makes), so their order does not matter.
 */
@SpringBootTest
@DirtiesContext
@ExtendWith(SecurityHolderIsolation.class)
@ViewPackages(packages = "nl.datawijzer")
@Import(CraftedQualityConfiguration.class)
class NeedViewTest extends SpringBrowserlessTest {

    @Autowired nl.datawijzer.quality.ui.FakeQualityService quality;

    private static final String CASELOAD = "n5eed00000001";
    private static final String WMO = "n5eed00000002";
    private static final String AT_BEHOEFTE = "n5eed00000003";
    private static final String AT_TERUGKOPPELING = "n5eed00000004";
    private static final String CLOSED = "n5eed00000005";

    @Autowired NeedService needs;

    private void open(String id) {
        navigate(NeedView.class, Map.of("id", id));
    }

    private static String text(Component component) {
        return component.getElement().getTextRecursively();
    }

    private List<String> moveButtons() {
        return $(Button.class).all().stream().map(b -> b.getId().orElse("")).filter(id -> id.startsWith("need-move-"))
                .toList();
    }

    private List<ListItem> timeline() {
        return $(ListItem.class).from($(OrderedList.class).id("need-timeline")).withClassName("need-event").all();
    }

    private ListItem currentStep() {
        return $(ListItem.class).from($(OrderedList.class).id("need-steps")).withAttribute("aria-current", "step").single();
    }

    @Test
    @WithMockUser(username = "medewerker", roles = "MEDEWERKER")
    void linkedAndCandidateDatasetsShowTheirReliabilityOrThatTheyHaveNoScoreYet() {
        quality.put(new nl.datawijzer.quality.DatasetQuality(new nl.datawijzer.catalog.DatasetId("wmo-meldingen"),
                "Wmo-meldingen en onderzoeken", new nl.datawijzer.catalog.SystemId("isamenleving"), "iSamenleving",
                java.util.Optional.empty(), java.util.Optional.of(CraftedQualityConfiguration.score(77,
                        java.util.OptionalInt.of(75), 90, java.util.OptionalInt.of(70), List.of(),
                        "B (77) omdat ...", CraftedQualityConfiguration.OCTOBER)),
                java.util.Optional.of(CraftedQualityConfiguration.OCTOBER), List.of(), java.util.Optional.empty()));
        open(WMO);

        List<GradeBadge> badges = $(GradeBadge.class).withClassName("need-dataset-grade").all();
        // wmo-meldingen is both a candidate (SMART: realistisch) and a linked dataset; inzicht-doorlooptijden a candidate.
        assertThat(badges).extracting(b -> b.getElement().getAttribute("data-dataset") + " "
                + b.getElement().getTextRecursively()).containsExactlyInAnyOrder("wmo-meldingen B77goed",
                "inzicht-doorlooptijden nog geen score", "wmo-meldingen B77goed");
    }

    @Test
    @WithMockUser(username = "analist", roles = {"MEDEWERKER", "ANALIST"})
    void anAnalystMovesANeedOneStepAndTheStepThePictureAndTheTimelineFollow() {
        open(AT_BEHOEFTE);
        assertThat(moveButtons()).containsExactlyInAnyOrder("need-move-bron", "need-move-afgewezen");
        assertThat($(Span.class).id("need-step").getText()).isEqualTo("Behoefte");
        assertThat(text(currentStep())).contains("Behoefte", "huidige stap");
        int entries = timeline().size();

        test($(Button.class).id("need-move-afgewezen")).click();
        test($(ConfirmDialog.class).id("need-reject-confirm")).cancel();
        assertThat($(Span.class).id("need-step").getText()).isEqualTo("Behoefte");

        test($(TextField.class).id("need-move-comment")).setValue("Bronnen zijn bekend.");
        test($(Button.class).id("need-move-bron")).click();

        assertThat($(Span.class).id("need-step").getText()).isEqualTo("Bron");
        assertThat(text(currentStep())).contains("Bron", "huidige stap");
        ListItem behoefte = $(ListItem.class).from($(OrderedList.class).id("need-steps"))
                .withAttribute("data-step", "behoefte").single();
        assertThat(behoefte.getElement().getAttribute("data-state")).isEqualTo("done");
        assertThat(text(behoefte)).contains("✓", "gereed");
        assertThat(timeline()).hasSize(entries + 1);
        assertThat(text(timeline().getFirst())).contains("analist", "Naar andere stap: Behoefte → Bron",
                "Bronnen zijn bekend.");
        assertThat(moveButtons()).containsExactly("need-move-opslaan");
        assertThat(needs.get(new NeedId(AT_BEHOEFTE)).need().step()).isEqualTo(NeedStep.BRON);
    }

    @Test
    @WithMockUser(username = "analist", roles = {"MEDEWERKER", "ANALIST"})
    void rejectingAsksForConfirmationAndThePictureThenShowsTheNeedStoppedAfterBehoefte() {
        NeedId id = needs.saveDraft(null, new NeedDraft.Builder()
                .question("Hoeveel inwoners wachten per wijk langer dan zes weken op een Wmo-onderzoek?")
                .domain(NeedDomain.WMO).population("inwoners met een Wmo-melding").unit("personen")
                .measure(MeasureKind.COUNT).measureDefinition("meldingen zonder onderzoeksverslag na 42 dagen")
                .figure(FigureKind.PERIODECIJFER).purpose("wachttijden zichtbaar maken").decision("extra consulenten")
                .steeringLevel(SteeringLevel.TACTICAL).users("teamleider Wmo").candidateDatasets(List.of("wmo-meldingen"))
                .periodStart(LocalDate.of(2025, 1, 1)).periodEnd(LocalDate.of(2025, 12, 31))
                .neededBy(needs.today().plusMonths(1)).recurrence(Recurrence.NONE).build());
        needs.submit(id);
        open(id.value());

        test($(TextField.class).id("need-move-comment")).setValue("Dubbel met " + WMO + ".");
        test($(Button.class).id("need-move-afgewezen")).click();
        ConfirmDialog confirm = $(ConfirmDialog.class).id("need-reject-confirm");
        assertThat(test(confirm).getHeader()).isEqualTo("Informatiebehoefte afwijzen?");
        test(confirm).confirm();

        assertThat($(Span.class).id("need-step").getText()).isEqualTo("Afgewezen");
        assertThat(text(currentStep())).contains("✕", "Afgewezen", "eindstand");
        assertThat($(ListItem.class).from($(OrderedList.class).id("need-steps")).withAttribute("data-state", "skipped").all())
                .hasSize(NeedStep.PROCESS.size() - 1);
        assertThat($(Component.class).withId("need-actions").exists()).isFalse();
        assertThat(text(timeline().getFirst())).contains("Behoefte → Afgewezen", "Dubbel met " + WMO + ".");
    }

    @Test
    @WithMockUser(username = "analist", roles = {"MEDEWERKER", "ANALIST"})
    void anAnalystTriagesAssignsAndLinksADatasetAndAKpiAndEachShowsInThePageAndTheHistory() {
        open(WMO);
        assertThat($(DescriptionList.class).id("need-facts").getElement().getTextRecursively()).contains("Standaarddashboard");

        @SuppressWarnings("unchecked")
        RadioButtonGroup<NeedType> type = $(RadioButtonGroup.class).id("need-type");
        test(type).selectItem("Ad hoc");
        assertThat(text($(DescriptionList.class).id("need-facts"))).contains("Ad hoc");
        assertThat(text(timeline().getFirst())).contains("Soort bepaald", "Ad hoc");

        test($(TextField.class).id("need-assignee")).setValue("de.vries");
        test($(Button.class).id("need-assign")).click();
        assertThat(text($(DescriptionList.class).id("need-facts"))).contains("de.vries");
        assertThat(text(timeline().getFirst())).contains("Toegewezen", "de.vries");

        @SuppressWarnings("unchecked")
        ComboBox<SearchHit> dataset = $(ComboBox.class).id("need-link-dataset");
        test(dataset).setFilter("doorlooptijden");
        SearchHit hit = test(dataset).getSuggestionItems().stream()
                .filter(h -> h.id().equals("dataset:inzicht-doorlooptijden")).findFirst().orElseThrow();
        dataset.setValue(hit);
        test($(Button.class).id("need-link-dataset-add")).click();
        assertThat(text($(DescriptionList.class).id("need-links-list"))).contains("iNzicht doorlooptijden");
        assertThat(text(timeline().getFirst())).contains("Dataset gekoppeld", "iNzicht doorlooptijden");

        @SuppressWarnings("unchecked")
        ComboBox<?> kpi = $(ComboBox.class).id("need-link-kpi");
        test(kpi).selectItem("Wmo-beschikking binnen 2 weken na aanvraag");
        test($(Button.class).id("need-link-kpi-add")).click();
        assertThat(text($(DescriptionList.class).id("need-links-list"))).contains("Wmo-beschikking binnen 2 weken");
        assertThat(text(timeline().getFirst())).contains("KPI gekoppeld", "Wmo-beschikking binnen 2 weken na aanvraag");

        Need need = needs.get(new NeedId(WMO)).need();
        assertThat(need.type()).isEqualTo(NeedType.AD_HOC);
        assertThat(need.assignee()).isEqualTo("de.vries");
        assertThat(need.datasets()).contains("inzicht-doorlooptijden");
        assertThat(need.kpis()).contains("wmo-beschikking-binnen-2-weken");
    }

    @Test
    @WithMockUser(username = "analist", roles = {"MEDEWERKER", "ANALIST"})
    void anEmptyAssigneeAssignsTheNeedToTheAnalystWhoseAccountThePlaceholderShows() {
        open(AT_BEHOEFTE);
        assertThat($(TextField.class).id("need-assignee").getPlaceholder()).isEqualTo("analist");
        test($(TextField.class).id("need-assignee")).setValue("");
        test($(Button.class).id("need-assign")).click();
        assertThat(needs.get(new NeedId(AT_BEHOEFTE)).need().assignee()).isEqualTo("analist");
        assertThat(text(timeline().getFirst())).contains("Toegewezen", "analist");
    }

    @Test
    @WithMockUser(username = "analist", roles = {"MEDEWERKER", "ANALIST"})
    void aRefusedAssignmentShowsTheServicesMessageAndKeepsTheInput() {
        open(CASELOAD);
        int entries = timeline().size();
        test($(TextField.class).id("need-assignee")).setValue("iemand met spaties");
        test($(Button.class).id("need-assign")).click();
        assertThat($(Div.class).id("need-message").getText()).startsWith("Geef de accountnaam van de behandelaar");
        assertThat($(TextField.class).id("need-assignee").getValue()).isEqualTo("iemand met spaties");
        assertThat(timeline()).hasSize(entries);
    }

    @Test
    @WithMockUser(username = "analist", roles = {"MEDEWERKER", "ANALIST"})
    void onlyClosingIsOfferedAtTerugkoppelingAndAFinishedNeedHasNoAnalystPanel() {
        open(AT_TERUGKOPPELING);
        assertThat(moveButtons()).containsExactly("need-move-gesloten");

        open(CLOSED);
        assertThat($(Component.class).withId("need-actions").exists()).isFalse();
        assertThat(moveButtons()).isEmpty();
        assertThat(text(currentStep())).contains("Gesloten", "eindstand");
        assertThat($(ListItem.class).from($(OrderedList.class).id("need-steps")).withAttribute("data-state", "done").all())
                .hasSize(NeedStep.PROCESS.size());
        assertThat(text($(Div.class).id("need-feedback"))).contains("Deels", "duur tot uitstroom");
    }

    @Test
    @WithMockUser(username = "pietersen", roles = "MEDEWERKER")
    void aStaffMemberSeesNoAnalystPanelButCommentsAndTheCommentTopsTheTimeline() {
        open(CASELOAD);
        assertThat($(H1.class).id("need-title").getText()).startsWith("Hoeveel actieve casussen heeft elke jeugdconsulent");
        assertThat($(Component.class).withId("need-actions").exists()).isFalse();
        assertThat($(Component.class).withId("need-requester").exists()).isFalse();
        assertThat(moveButtons()).isEmpty();
        assertThat(text($(DescriptionList.class).id("need-links-list"))).contains("Caseload per jeugdconsulent");
        assertThat(text($(Component.class).id("need-smart-parts"))).contains("Specifiek", "Meetbaar", "Acceptabel",
                "Realistisch", "Tijdsgebonden", "jeugdconsulenten van Team Jeugd HBEL", "teamleider Jeugd");
        int entries = timeline().size();
        // Newest first; the seed's first entry was written at 09:12 in Huizen (+02:00 in September).
        assertThat(text(timeline().getLast())).contains("1 september 2026, 09:12", "medewerker", "Aangemaakt");

        test($(Button.class).id("need-comment-add")).click();
        assertThat($(Div.class).id("need-message").getText()).isEqualTo("De opmerking is leeg.");
        assertThat(timeline()).hasSize(entries);

        test($(TextArea.class).id("need-comment")).setValue("Graag ook per team uitgesplitst.");
        test($(Button.class).id("need-comment-add")).click();
        assertThat(timeline()).hasSize(entries + 1);
        assertThat(text(timeline().getFirst())).contains("pietersen", "Opmerking", "Graag ook per team uitgesplitst.");
        assertThat($(TextArea.class).id("need-comment").getValue()).isEmpty();
        assertThat($(Div.class).withId("need-message").exists()).as("no message left visible").isFalse();
        List<NeedEvent> history = needs.history(new NeedId(CASELOAD));
        assertThat(history.getLast().kind()).isEqualTo(EventKind.COMMENT);
    }

    @Test
    @WithMockUser(username = "medewerker", roles = "MEDEWERKER")
    void theRequesterGivesFeedbackAtTerugkoppelingAndStartsAFollowUpThatOpensAsANewDraft() {
        open(AT_TERUGKOPPELING);
        assertThat($(Component.class).withId("need-actions").exists()).isFalse();

        test($(Button.class).id("need-feedback-send")).click();
        assertThat($(Div.class).id("need-message").getText()).isEqualTo("Kies ja, deels of nee.");

        @SuppressWarnings("unchecked")
        RadioButtonGroup<FeedbackVerdict> verdict = $(RadioButtonGroup.class).id("need-feedback-verdict");
        test(verdict).selectItem("Ja");
        test($(TextArea.class).id("need-feedback-text")).setValue("Precies wat de raad nodig had.");
        test($(Button.class).id("need-feedback-send")).click();
        assertThat(text($(Div.class).id("need-feedback"))).contains("Ja", "Precies wat de raad nodig had.");
        assertThat(text(timeline().getFirst())).contains("Terugkoppeling gegeven", "Ja: Precies wat de raad nodig had.");

        test($(Button.class).id("need-follow-up-verdiepen")).click();
        String path = UI.getCurrent().getActiveViewLocation().getPath();
        assertThat(path).matches("behoeften/n[0-9a-f]{12}/bewerken");
        NeedId created = new NeedId(path.split("/")[1]);
        Need draft = needs.get(created).need();
        assertThat(draft.step()).isEqualTo(NeedStep.CONCEPT);
        assertThat(draft.followUpOf()).isEqualTo(new NeedId(AT_TERUGKOPPELING));
        assertThat(draft.followUpKind()).isEqualTo(FollowUpKind.DEEPEN);

        open(AT_TERUGKOPPELING);
        assertThat($(RouterLink.class).withClassName("need-follow-up-link").all()).extracting(RouterLink::getHref)
                .contains("behoeften/" + created.value());
    }

    @Test
    @WithMockUser(username = "medewerker", roles = "MEDEWERKER")
    void aDraftOffersItsRequesterTheFormAndShowsEveryStepStillToCome() {
        NeedId draft = needs.saveDraft(null, NeedDraft.ofQuestion("Hoeveel jongeren wachten op jeugdhulp per wijk?"));
        open(draft.value());
        assertThat($(Span.class).id("need-step").getText()).isEqualTo("Concept");
        assertThat(test($(Anchor.class).id("need-edit")).getHref()).isEqualTo("behoeften/" + draft.value() + "/bewerken");
        assertThat($(ListItem.class).from($(OrderedList.class).id("need-steps")).withAttribute("data-state", "todo").all())
                .hasSize(NeedStep.PROCESS.size());
        assertThat($(ListItem.class).from($(OrderedList.class).id("need-steps")).withAttribute("aria-current").exists())
                .isFalse();
    }

    @Test
    @WithMockUser(username = "medewerker", roles = "MEDEWERKER")
    void anUnknownOrMalformedNumberShowsThePageNotFound() {
        navigate("behoeften/n000000000000", NotFoundView.class);
        assertThat($(NotFoundView.class).exists()).isTrue();
        navigate("behoeften/n5EED00000001", NotFoundView.class);
        assertThat($(NotFoundView.class).exists()).isTrue();
    }
}
