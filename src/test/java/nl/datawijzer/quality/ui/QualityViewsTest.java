package nl.datawijzer.quality.ui;

import static nl.datawijzer.quality.ui.CraftedQualityConfiguration.DWH;
import static nl.datawijzer.quality.ui.CraftedQualityConfiguration.FAILED;
import static nl.datawijzer.quality.ui.CraftedQualityConfiguration.NEVER;
import static nl.datawijzer.quality.ui.CraftedQualityConfiguration.RUNS;
import static nl.datawijzer.quality.ui.CraftedQualityConfiguration.WMO;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.PollEvent;
import com.vaadin.flow.component.Svg;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.DescriptionList;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableRow;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.progressbar.ProgressBar;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Map;
import nl.datawijzer.privacy.SecurityHolderIsolation;
import nl.datawijzer.quality.FieldQuality;
import nl.datawijzer.ui.Moments;
import nl.datawijzer.ui.NotFoundView;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.annotation.DirtiesContext;

/**
 * The quality pages on the seed catalogue with crafted scores (CraftedQualityConfiguration): what staff read, what a
 * steward may start, and how a run's progress shows until the page refreshes.
 */
@SpringBootTest
@DirtiesContext
@ExtendWith(SecurityHolderIsolation.class)
@ViewPackages(packages = "nl.datawijzer")
@Import(CraftedQualityConfiguration.class)
class QualityViewsTest extends SpringBrowserlessTest {

    @Autowired
    FakeQualityService quality;

    private void openDataset(String slug) {
        navigate(DatasetQualityView.class, Map.of("slug", slug));
    }

    private static String text(Component component) {
        return component.getElement().getTextRecursively();
    }

    private String part(String name) {
        return $(DescriptionList.Description.class).id("quality-part-" + name).getText();
    }

    private String svg(String id) {
        return $(Svg.class).id(id).getElement().getProperty("innerHTML");
    }

    private List<String> rows(String table) {
        return $(NativeTable.class).id(table).getBody().getRows().stream().map(NativeTableRow::getAllCells)
                .map(cells -> String.join(" | ", cells.stream().map(c -> c.getElement().getText()).toList()))
                .toList();
    }

    private String cell(Grid<FieldQuality> grid, int row, String key) {
        return test(grid).getCellText(row, grid.getColumns().indexOf(grid.getColumnByKey(key)));
    }

    private void poll() {
        ComponentUtil.fireEvent(UI.getCurrent(), new PollEvent(UI.getCurrent(), true));
    }

    @Test
    @WithMockUser(username = "medewerker", roles = "MEDEWERKER")
    void staffReadTheScoreItsGradeItsExplanationItsPartsAndItsFieldsButStartNoRun() {
        openDataset(WMO.slug());

        assertThat($(H1.class).id("quality-title").getText())
                .isEqualTo("Kwaliteit van Wmo-cliënten per wijk en voorzieningsoort");
        GradeBadge badge = $(GradeBadge.class).id("quality-badge");
        assertThat(text(badge)).isEqualTo("C62voldoende");
        assertThat(badge.getElement().getAttribute("aria-label"))
                .isEqualTo("Betrouwbaarheid C: score 62 van 100, voldoende");
        assertThat($(Paragraph.class).id("quality-explanation").getText())
                .isEqualTo(CraftedQualityConfiguration.WMO_EXPLANATION);
        assertThat(part("data")).isEqualTo("55");
        assertThat(part("metadata")).isEqualTo("80");
        assertThat(part("timeliness")).isEqualTo("70");
        assertThat($(UnorderedList.class).id("quality-reasons").getChildren().map(QualityViewsTest::text))
                .containsExactly("18% van geboortedatum is leeg (5 punten)",
                        "de laatste lading is 9 dagen oud (verwacht: dagelijks) (4 punten)");
        assertThat($(DescriptionList.Description.class).id("quality-last-profiled").getText())
                .isEqualTo(Moments.format(CraftedQualityConfiguration.OCTOBER, UI.getCurrent().getLocale(),
                        FormatStyle.LONG, FormatStyle.MEDIUM));
        assertThat($(DescriptionList.Description.class).id("quality-source").getText())
                .isEqualTo("bestand wmo-clienten-per-wijk.csv");
        assertThat($(Div.class).withId("quality-failed").exists()).isFalse();

        @SuppressWarnings("unchecked")
        Grid<FieldQuality> fields = $(Grid.class).id("quality-fields");
        assertThat(test(fields).size()).isEqualTo(3);
        assertThat(cell(fields, 0, "consistency")).isEqualTo("97,5%");
        assertThat(cell(fields, 1, "completeness")).isEqualTo("81,7%");
        assertThat(cell(fields, 1, "validity")).isEqualTo("95,9%");
        assertThat(cell(fields, 1, "uniqueness")).isEqualTo("n.v.t.");
        assertThat(cell(fields, 1, "empty")).isEqualTo("22");
        assertThat(cell(fields, 1, "invalid")).isEqualTo("4");
        assertThat(cell(fields, 2, "completeness")).isEqualTo("ontbreekt in de bron");

        assertThat($(Button.class).withId("quality-run").exists()).isFalse();
        assertThat($(Anchor.class).id("quality-to-system").getHref()).isEqualTo("kwaliteit/systeem/" + DWH.slug());
    }

    @Test
    @WithMockUser(username = "medewerker", roles = "MEDEWERKER")
    void theTrendChartsHaveAPointPerCompletedRunAndTheSameNumbersInTheirTables() {
        openDataset(WMO.slug());

        String score = svg("quality-score-trend-chart");
        assertThat(score).startsWith("<svg").contains("role=\"img\"", "<title>Score door de tijd</title>");
        assertThat(score.split("class=\"dw-line-point\"", -1)).hasSize(4);
        assertThat(score).contains(": 80</title>", ": 71</title>", ": 62</title>");
        assertThat(rows("quality-score-trend-table")).hasSize(3).last().asString().endsWith(" | 62");

        String fields = svg("quality-field-trend-chart");
        assertThat(fields.split("class=\"dw-line-point\"", -1)).hasSize(7);
        assertThat(fields).contains(">wijk</text>", ">geboortedatum</text>", "geboortedatum, ", ": 81,7%</title>");
        assertThat(rows("quality-field-trend-table")).hasSize(3).last().asString().endsWith(" | 100% | 81,7%");

        String validity = svg("quality-validity-trend-chart");
        assertThat(validity).contains("<title>Geldig per veld door de tijd (van de gevulde waarden)</title>",
                "geboortedatum, ", ": 95,9%</title>", ": 97%</title>");
        assertThat(validity.split("class=\"dw-line-point\"", -1)).hasSize(7);
        assertThat(rows("quality-validity-trend-table")).hasSize(3).last().asString().endsWith(" | 100% | 95,9%");
    }

    @Test
    @WithMockUser(username = "medewerker", roles = "MEDEWERKER")
    void aFailedLastRunIsAWarningWhileThePreviousScoreStays() {
        openDataset(FAILED.slug());

        Div warning = $(Div.class).id("quality-failed");
        assertThat(warning.getElement().getAttribute("role")).isEqualTo("alert");
        assertThat(text(warning)).contains("is mislukt", CraftedQualityConfiguration.FAILURE,
                "De score hieronder komt van de vorige geslaagde profilering");
        assertThat(text($(GradeBadge.class).id("quality-badge"))).isEqualTo("D48matig");
        assertThat(part("timeliness")).isEqualTo("telt niet mee");
        assertThat($(Paragraph.class).id("quality-fields-none").getText()).isEqualTo("Nog geen metingen per veld.");
    }

    @Test
    @WithMockUser(username = "medewerker", roles = "MEDEWERKER")
    void aDatasetWithoutAScoreSaysItHasNotBeenProfiledYet() {
        openDataset(NEVER.slug());

        assertThat($(Paragraph.class).id("quality-no-score").getText())
                .isEqualTo("Nog geen score: deze dataset is nog niet geprofileerd.");
        assertThat(text($(GradeBadge.class).id("quality-badge"))).isEqualTo("nog geen score");
        assertThat($(DescriptionList.Description.class).id("quality-last-profiled").getText()).isEqualTo("nog nooit");
        assertThat(svg("quality-score-trend-chart")).contains("Nog geen geslaagde profileringen")
                .doesNotContain("dw-line-point");
    }

    @Test
    @WithMockUser(username = "medewerker", roles = "MEDEWERKER")
    void anUnknownOrInvalidDatasetIsNotFound() {
        navigate("kwaliteit/dataset/bestaat-echt-niet", NotFoundView.class);
        assertThat($(NotFoundView.class).exists()).isTrue();
        navigate("kwaliteit/dataset/Geen_Geldige_Slug", NotFoundView.class);
        assertThat($(NotFoundView.class).exists()).isTrue();
        navigate("kwaliteit/systeem/bestaat-echt-niet", NotFoundView.class);
        assertThat($(NotFoundView.class).exists()).isTrue();
    }

    @Test
    @WithMockUser(username = "beheerder", roles = {"MEDEWERKER", "BEHEERDER"})
    void aStewardStartsARunFollowsItsProgressAndSeesThePageRefreshedWhenItFinishes() {
        openDataset(RUNS.slug());
        assertThat(text($(GradeBadge.class).id("quality-badge"))).isEqualTo("B74goed");
        assertThat($(ProgressBar.class).withId("quality-progress").exists()).as("progress hidden").isFalse();

        test($(Button.class).id("quality-run")).click();
        ProgressBar progress = $(ProgressBar.class).id("quality-progress");
        assertThat(progress.getValue()).isZero();
        assertThat(UI.getCurrent().getPollInterval()).isEqualTo(DatasetQualityView.POLL_MILLIS);
        assertThat($(Button.class).id("quality-run").isEnabled()).isFalse();

        poll();
        assertThat(progress.getValue()).isEqualTo(0.25);
        poll();
        assertThat(progress.getValue()).isEqualTo(0.75);
        assertThat(text($(Component.class).id("quality-run-status"))).isEqualTo("Profileren: 75% gedaan");
        poll();

        assertThat(UI.getCurrent().getPollInterval()).isEqualTo(-1);
        assertThat($(ProgressBar.class).withId("quality-progress").exists()).as("progress hidden").isFalse();
        assertThat($(Button.class).id("quality-run").isEnabled()).isTrue();
        assertThat(text($(GradeBadge.class).id("quality-badge"))).isEqualTo("B81goed");
        assertThat($(DescriptionList.Description.class).id("quality-last-profiled").getText())
                .isEqualTo(Moments.format(CraftedQualityConfiguration.RUN_ENDED, UI.getCurrent().getLocale(),
                        FormatStyle.LONG, FormatStyle.MEDIUM));
        assertThat(test($(Notification.class).last()).getText()).isEqualTo("Profilering klaar.");
    }

    @Test
    @WithMockUser(username = "admin", roles = {"MEDEWERKER", "ADMIN"})
    void aRefusedRunShowsItsDutchReasonAndStartsNoPolling() {
        openDataset(FAILED.slug());

        test($(Button.class).id("quality-run")).click();

        assertThat(test($(Notification.class).last()).getText()).isEqualTo(CraftedQualityConfiguration.REFUSAL);
        assertThat(UI.getCurrent().getPollInterval()).isEqualTo(-1);
        assertThat($(ProgressBar.class).withId("quality-progress").exists()).isFalse();
    }

    @Test
    @WithMockUser(username = "analist", roles = {"MEDEWERKER", "ANALIST"})
    void onlyStewardsAndAdminsSeeTheRunButton() {
        openDataset(RUNS.slug());
        assertThat($(Button.class).withId("quality-run").exists()).isFalse();
    }

    @Test
    @WithMockUser(username = "medewerker", roles = "MEDEWERKER")
    void theOverviewCountsGradesAndLinksTheWeakestDatasetsSystemsAndBiggestDrops() {
        navigate(QualityOverviewView.class);

        assertThat(rows("quality-grades-table")).containsExactly("A uitstekend | 0", "B goed | 1",
                "C voldoende | 1", "D matig | 1", "E onvoldoende | 0");
        assertThat(svg("quality-grades-chart")).contains(">B goed</text>", "role=\"img\"");
        assertThat($(Paragraph.class).id("quality-scored").getText()).startsWith("3 ");
        assertThat($(OrderedList.class).id("quality-weakest-list").getChildren()
                .map(c -> c.getElement().getAttribute("data-dataset")))
                .containsExactly(FAILED.slug(), WMO.slug(), RUNS.slug());
        assertThat($(Anchor.class).id("quality-dataset-" + FAILED.slug()).getHref())
                .isEqualTo("kwaliteit/dataset/" + FAILED.slug());
        assertThat($(Anchor.class).id("quality-system-" + DWH.slug()).getHref())
                .isEqualTo("kwaliteit/systeem/" + DWH.slug());
        assertThat($(OrderedList.class).id("quality-drops-list").getChildren().map(QualityViewsTest::text))
                .first().asString().startsWith("GGM Beschikking: 75 naar 48 (min 27 punten) op ");
    }

    @Test
    @WithMockUser(username = "medewerker", roles = "MEDEWERKER")
    void theSystemPageShowsItsAggregateAndItsDatasetsWeakestFirst() {
        navigate(SystemQualityView.class, Map.of("slug", DWH.slug()));

        assertThat(text($(GradeBadge.class).id("quality-badge"))).isEqualTo("C58voldoende");
        assertThat($(Paragraph.class).id("quality-explanation").getText()).startsWith("C (58) omdat");
        assertThat($(OrderedList.class).id("quality-datasets").getChildren().map(QualityViewsTest::text))
                .containsExactly("D48matig GGM Beschikking",
                        "C62voldoende Wmo-cliënten per wijk en voorzieningsoort");
    }

    @Test
    @WithMockUser(username = "medewerker", roles = "MEDEWERKER")
    void alertsAreListedNewestFirstAndAnUnreadOneIsMarkedRead() {
        navigate(QualityAlertsView.class);

        List<ListItem> alerts = $(ListItem.class).withClassName("quality-alert").all();
        assertThat(alerts).extracting(a -> a.getId().orElseThrow()).containsExactly("quality-alert-a1",
                "quality-alert-a2");
        assertThat(text(alerts.getFirst())).contains("Score onder de drempel", "gezakt naar 62", "nieuw",
                "Eigenaar: Team Wmo");
        assertThat($(Button.class).withId("quality-alert-read-a2").exists()).isFalse();

        test($(Button.class).id("quality-alert-read-a1")).click();

        assertThat(quality.isRead("a1")).isTrue();
        assertThat($(Button.class).withId("quality-alert-read-a1").exists()).isFalse();
        assertThat($(ListItem.class).id("quality-alert-a1").getElement().getAttribute("data-read")).isEqualTo("true");
    }
}
