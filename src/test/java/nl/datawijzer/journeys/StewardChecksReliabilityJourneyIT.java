package nl.datawijzer.journeys;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import java.nio.file.Path;
import java.util.regex.Pattern;
import nl.datawijzer.privacy.SecurityHolderIsolation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.annotation.DirtiesContext;

/**
 * In headless Chromium on the seed, with the real quality service: a steward opens the quality page of a seed dataset
 * with a hosted extract, reads its score, explanation and trend, profiles it again with "Nu profileren" and sees the
 * progress finish and "Laatst geprofileerd" move on; a staff member then sees the grade next to that dataset in the
 * need form's dataset picker.
 */
// Start-up runs are off in the tests' configuration; this journey checks the portal as it opens for real.
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "datawijzer.quality.startup-runs=true")
@DirtiesContext
@ExtendWith(SecurityHolderIsolation.class)
class StewardChecksReliabilityJourneyIT extends BrowserJourney {

    private static final String DATASET = "wmo-clienten-per-wijk";
    private static final Pattern GRADE = Pattern.compile("[A-E]");
    private static final long STARTUP_PROFILING_MILLIS = 120_000;

    /** The seed is profiled once at start-up in the background: reload until this dataset has its first score. */
    private void waitForFirstScore(Page on) {
        long deadline = System.currentTimeMillis() + STARTUP_PROFILING_MILLIS;
        while (on.locator("#quality-badge[data-grade]").count() == 0) {
            assertThat(System.currentTimeMillis()).as("the seed dataset gets a score after start-up")
                    .isLessThan(deadline);
            on.waitForTimeout(1000);
            on.reload();
            assertThat(on.locator("#quality-title")).isVisible();
        }
    }

    @Test
    void aStewardReadsTheScoreProfilesTheDatasetAgainAndStaffSeeTheGradeWhenPickingSources() {
        signIn(page, "beheerder");
        page.navigate(url("/kwaliteit/dataset/" + DATASET));
        assertThat(page.locator("#quality-title")).containsText("Wmo-cliënten per wijk");
        waitForFirstScore(page);

        Locator badge = page.locator("#quality-badge");
        assertThat(badge.getAttribute("data-grade")).matches(GRADE);
        assertThat(badge).hasAttribute("aria-label", Pattern.compile("^Betrouwbaarheid [A-E]: score \\d{1,3} van 100"));
        assertThat(page.locator("#quality-explanation")).hasText(Pattern.compile("^[A-E] \\(\\d{1,3}\\)"));
        assertThat(page.locator("#quality-parts")).containsText("Volledigheid van de beschrijving");
        assertThat(page.locator("#quality-source")).containsText("wmo-clienten-per-wijk.csv");
        assertThat(page.locator("#quality-fields")).isVisible();
        Locator chart = page.locator("#quality-score-trend-chart svg");
        assertThat(chart).hasAttribute("role", "img");
        int pointsBefore = page.locator("#quality-score-trend-chart .dw-line-point").count();
        assertThat(pointsBefore).isPositive();
        String profiledBefore = page.locator("#quality-last-profiled").innerText();
        assertThat(profiledBefore).isNotEqualTo("nog nooit");
        page.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target/journeys/quality-dataset.png"))
                .setFullPage(true));

        page.locator("#quality-run").click();
        assertThat(page.locator("#quality-run-status")).hasText("Profilering klaar.",
                new com.microsoft.playwright.assertions.LocatorAssertions.HasTextOptions().setTimeout(60_000));
        assertThat(page.locator("#quality-progress")).isHidden();
        assertThat(page.locator("#quality-last-profiled")).not().hasText(profiledBefore);
        assertThat(page.locator("#quality-score-trend-chart .dw-line-point")).hasCount(pointsBefore + 1);
        assertThat(page.locator("#quality-run")).isEnabled();

        Page staff = newPage();
        try {
            signIn(staff, "medewerker");
            staff.navigate(url("/behoeften/nieuw"));
            staff.locator("#need-dataset-search input").fill("Wmo-cliënten per wijk");
            Locator grade = staff.locator("#need-dataset-grade-" + DATASET);
            assertThat(grade).isVisible();
            assertThat(grade.getAttribute("data-grade")).matches(GRADE);
            staff.locator("#need-dataset-add-" + DATASET).click();
            assertThat(staff.locator("#need-dataset-chosen-grade-" + DATASET)).hasAttribute("data-grade", GRADE);
        } finally {
            staff.context().close();
        }
    }
}
