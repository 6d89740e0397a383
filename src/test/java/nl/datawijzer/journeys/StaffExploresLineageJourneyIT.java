package nl.datawijzer.journeys;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.BoundingBox;
import java.nio.file.Path;
import nl.datawijzer.privacy.SecurityHolderIsolation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.annotation.DirtiesContext;

/**
 * In headless Chromium on the seed: a staff member sees the lineage picture on a dataset's page, opens it in the
 * explorer, looks one step further, closes and reopens a system through the picture itself, and clicks a box to go to
 * that dataset's page.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@DirtiesContext
@ExtendWith(SecurityHolderIsolation.class)
class StaffExploresLineageJourneyIT extends BrowserJourney {

    private static final String DATASET = "caseload-consulenten";

    @Test
    void aStaffMemberFollowsADatasetsLineageInTheExplorerAndClicksThroughToASource() {
        signIn(page, "medewerker");
        page.navigate(url("/datasets/" + DATASET));
        Locator small = page.locator("#dataset-lineage-svg svg[role='img']");
        assertThat(small).isVisible();
        assertThat(small.locator("[data-node='dataset/" + DATASET + "'][data-focus='true']")).isVisible();
        BoundingBox box = small.boundingBox();
        assertThat(box.width).as("the SVG is drawn as SVG, not as unknown HTML").isGreaterThan(200);
        // the page scrolls inside the app layout, so a full-page shot would miss the section: shoot the section
        page.locator("#dataset-lineage").screenshot(new Locator.ScreenshotOptions()
                .setPath(Path.of("target/journeys/lineage-dataset-page.png")));

        page.locator("#dataset-lineage-explorer").click();
        page.waitForURL(u -> u.contains("/herkomst?") && u.contains("focus=dataset/" + DATASET));
        Locator picture = page.locator("#lineage-picture svg");
        assertThat(picture).isVisible();
        int atTwo = picture.locator("[data-node]").count();

        page.locator("#lineage-depth").click();
        page.locator("vaadin-select-item").filter(new Locator.FilterOptions().setHasText("4")).first().click();
        page.waitForURL(u -> u.contains("depth=4"));
        assertThat(page.locator("#lineage-picture svg [data-focus='true']")).isVisible();
        assertThat(page.locator("#lineage-picture svg [data-node]").count()).isGreaterThanOrEqualTo(atTwo);
        page.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target/journeys/lineage-explorer.png")));
        page.locator("#lineage-picture").screenshot(new Locator.ScreenshotOptions()
                .setPath(Path.of("target/journeys/lineage-explorer-picture.png")));

        Locator toggle = page.locator("#lineage-picture svg a[data-toggle]").first();
        String system = toggle.getAttribute("data-toggle");
        toggle.click();
        page.waitForURL(u -> u.contains("closed=") && u.contains(system));
        Locator closed = page.locator("#lineage-picture svg [data-node='system:" + system + "']");
        assertThat(closed).isVisible();
        assertThat(closed).hasAttribute("data-state", "closed");
        page.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target/journeys/lineage-system-closed.png")));

        closed.click();
        page.waitForURL(u -> u.contains("open=") && u.contains(system));
        assertThat(page.locator("#lineage-picture svg a[data-toggle='" + system + "']")).isVisible();
        assertThat(page.locator("#lineage-picture svg [data-node='system:" + system + "']")).hasCount(0);

        Locator source = page.locator("#lineage-picture svg a.lp-link:has([data-kind='dataset']:not([data-focus]))")
                .first();
        String target = source.locator("[data-node]").getAttribute("data-node");
        source.click();
        String slug = target.substring("dataset/".length());
        page.waitForURL(u -> u.endsWith("/datasets/" + slug));
        assertThat(page.locator("#dataset-title")).isVisible();
        assertThat(page.locator("#dataset-lineage-svg svg [data-node='" + target + "'][data-focus='true']"))
                .isVisible();
    }
}
