package nl.datawijzer.journeys;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.regex.Pattern;
import nl.datawijzer.privacy.SecurityHolderIsolation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.annotation.DirtiesContext;

/**
 * An information need from question to answer in a real browser: a staff member writes it SMART in the guided form
 * and submits it, an analyst carries it through the steps to Analyseren and later to Terugkoppeling, and the
 * requester says whether the answer met the need and starts a follow-up that deepens it.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@DirtiesContext
@ExtendWith(SecurityHolderIsolation.class)
class InformationNeedIsAnsweredJourneyIT extends BrowserJourney {

    private static final Pattern NEED_PAGE = Pattern.compile(".*/behoeften/(n[0-9a-f]{12})$");
    private static final String QUESTION = "Hoeveel jeugdigen in Huizen wachten per kwartaal langer dan acht weken op "
            + "de start van hun jeugdhulp?";

    @Test
    void staffSubmitsAnAnalystCarriesItThroughAndTheRequesterGivesFeedbackAndFollowsUp() {
        String needPath;
        Page staff = newPage();
        try {
            Page page = staff;
            signIn(page, "medewerker");
            page.navigate(url("/behoeften"));
            page.locator("#need-new").click();
            page.waitForURL(u -> u.endsWith("/behoeften/nieuw"));

            page.locator("#need-question textarea").fill(QUESTION);
            assertThat(page.locator("#smart-specific-subject")).hasAttribute("data-passed", "false");
            comboBox(page, "need-domain", "Jeugd");
            page.locator("#need-population input").fill("Jeugdigen tot 18 jaar met een toegekende jeugdhulpvoorziening");
            page.locator("#need-unit input").fill("personen");
            radio(page, "need-measure", "Aantal");
            page.locator("#need-measure-definition textarea")
                    .fill("Aantal jeugdigen bij wie meer dan 56 dagen zitten tussen besluit en start van de hulp");
            radio(page, "need-figure", "Cijfer over een periode");
            date(page, "need-period-start", LocalDate.of(2026, 1, 1));
            date(page, "need-period-end", LocalDate.of(2026, 9, 30));
            page.locator("#need-purpose textarea").fill("Wachttijden in de jeugdhulp zichtbaar maken voor de wethouder");
            page.locator("#need-decision textarea").fill("Extra inkoop bij aanbieders met lange wachtlijsten");
            radio(page, "need-steering-level", "Tactisch");
            page.locator("#need-users input").fill("Teamleider Jeugd en beleidsadviseur Jeugd");
            page.locator("#need-dataset-search input").fill("jeugdhulp");
            page.locator("[id^='need-dataset-add-']").first().click();
            assertThat(page.locator("[id^='need-dataset-remove-']")).hasCount(1);
            date(page, "need-needed-by", LocalDate.now(ZoneId.of("Europe/Amsterdam")).plusDays(30));
            radio(page, "need-recurrence", "Per kwartaal");

            for (String rule : List.of("question", "specific-subject", "specific-unit", "measurable-measure",
                    "measurable-figure", "acceptable-purpose", "acceptable-use", "realistic-sources", "timely-period",
                    "timely-deadline")) {
                assertThat(page.locator("#smart-" + rule)).hasAttribute("data-passed", "true");
            }
            page.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target/journeys/need-smart-form.png"))
                    .setFullPage(true));
            page.locator("#need-submit").click();
            page.waitForURL(NEED_PAGE);
            needPath = path(page.url());
            assertThat(page.locator("#need-title")).hasText(QUESTION);
            assertThat(page.locator("#need-step")).hasText("Behoefte");
        } finally {
            staff.context().close();
        }

        Page analyst = newPage();
        try {
            Page page = analyst;
            signIn(page, "analist");
            page.navigate(url(needPath));
            page.locator("#need-type").getByText("Ad hoc").click();
            // Each action rebuilds the page: wait for it before the next one.
            assertThat(page.locator("#need-timeline")).containsText("Soort bepaald");
            page.locator("#need-assignee input").fill("analist");
            page.locator("#need-assign").click();
            assertThat(page.locator("#need-timeline")).containsText("Toegewezen");
            for (String step : List.of("bron", "opslaan", "ontsluiten", "analyseren")) {
                page.locator("#need-move-" + step).click();
                assertThat(page.locator("#need-step")).hasText(capitalised(step));
            }
            assertThat(page.locator("#need-move-rapporteren")).isVisible();
            assertThat(page.locator("#need-move-afgewezen")).hasCount(0);
            page.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target/journeys/need-at-analyseren.png"))
                    .setFullPage(true));

            // Later: the report is made, acted upon, and handed back to the requester.
            page.navigate(url(needPath));
            for (String step : List.of("rapporteren", "handelen")) {
                page.locator("#need-move-" + step).click();
                assertThat(page.locator("#need-step")).hasText(capitalised(step));
            }
            page.locator("#need-move-comment input").fill("Rapport staat in de map Jeugd; graag uw reactie.");
            page.locator("#need-move-terugkoppeling").click();
            assertThat(page.locator("#need-step")).hasText("Terugkoppeling");
            assertThat(page.locator("#need-timeline")).containsText("graag uw reactie");
        } finally {
            analyst.context().close();
        }

        Page requester = newPage();
        try {
            Page page = requester;
            signIn(page, "medewerker");
            page.navigate(url(needPath));
            radio(page, "need-feedback-verdict", "Deels");
            page.locator("#need-feedback-text textarea").fill("Ik mis de uitsplitsing per aanbieder.");
            page.locator("#need-feedback-send").click();
            assertThat(page.locator("#need-timeline")).containsText("Ik mis de uitsplitsing per aanbieder.");
            page.locator("#need-follow-up-verdiepen").click();
            page.waitForURL(Pattern.compile(".*/behoeften/n[0-9a-f]{12}/bewerken$"));
            assertThat(page.url()).doesNotContain(needPath + "/");
            assertThat(page.locator("#need-question textarea")).hasValue(QUESTION);
            page.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target/journeys/need-follow-up.png"))
                    .setFullPage(true));
        } finally {
            requester.context().close();
        }
    }

    /** Types the Dutch label into a Vaadin combo box and picks the first match. */
    private static void comboBox(Page page, String id, String label) {
        Locator input = page.locator("#" + id + " input");
        input.fill(label);
        page.locator("vaadin-combo-box-item").filter(new Locator.FilterOptions().setHasText(label)).first().click();
    }

    private static void radio(Page page, String id, String label) {
        page.locator("#" + id + " vaadin-radio-button").filter(new Locator.FilterOptions().setHasText(label)).first()
                .locator("label").click();
    }

    /** Dates are typed the Dutch way (d-M-yyyy), as people do. */
    private static void date(Page page, String id, LocalDate date) {
        Locator input = page.locator("#" + id + " input");
        input.fill(date.getDayOfMonth() + "-" + date.getMonthValue() + "-" + date.getYear());
        input.press("Enter");
    }

    private static String capitalised(String code) {
        return Character.toUpperCase(code.charAt(0)) + code.substring(1);
    }

    private String path(String address) {
        return address.substring(("http://localhost:" + port).length());
    }
}
