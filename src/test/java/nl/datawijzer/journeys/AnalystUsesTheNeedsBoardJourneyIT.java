package nl.datawijzer.journeys;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.APIResponse;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.BoundingBox;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import nl.datawijzer.privacy.SecurityHolderIsolation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.annotation.DirtiesContext;

/**
 * In headless Chromium on the seed: an analyst opens a bookmarked, filtered board, widens it to the closed needs (the
 * address follows), exports the same selection as CSV with the portal session, and reads the overview's charts. On a
 * phone-sized screen the board scrolls sideways instead of squeezing its columns.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@DirtiesContext
@ExtendWith(SecurityHolderIsolation.class)
class AnalystUsesTheNeedsBoardJourneyIT extends BrowserJourney {

    @Test
    void anAnalystFiltersTheBoardExportsTheSameSelectionAndReadsTheOverview() {
        signIn(page, "analist");
        page.navigate(url("/behoeften/bord?niveau=tactisch"));
        assertThat(page.locator("#board-card-n5eed00000002")).isVisible();
        assertThat(page.locator("#board-card-n5eed00000003")).isVisible();
        assertThat(page.locator("#board-card-n5eed00000001")).hasCount(0);
        assertThat(page.locator("#board-column-opslaan")).containsText("Geen behoeften in deze stap.");
        assertThat(page.locator("#board-column-gesloten")).hasCount(0);

        page.locator("#board-finished").click();
        assertThat(page.locator("#board-card-n5eed00000005")).isVisible();
        page.waitForURL(u -> u.contains("niveau=tactisch") && u.contains("afgerond=ja"));

        String href = page.locator("#board-csv").getAttribute("href");
        assertThat(href).isEqualTo("api/needs.csv?level=tactisch");
        APIResponse csv = page.request().get(url("/" + href));
        assertThat(csv.status()).isEqualTo(200);
        String text = new String(csv.body(), StandardCharsets.UTF_8);
        assertThat(text.split("\r\n")).hasSize(4);
        assertThat(text).contains("n5eed00000002", "n5eed00000003", "n5eed00000005").doesNotContain("n5eed00000001");
        page.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target/journeys/needs-board.png")));

        page.setViewportSize(420, 800);
        page.navigate(url("/behoeften/bord"));
        assertThat(page.locator("#board-column-terugkoppeling")).isAttached();
        Object overflows = page.locator("#board").evaluate("b => b.scrollWidth > b.clientWidth + 100");
        assertThat(overflows).isEqualTo(true);
        BoundingBox column = page.locator("#board-column-behoefte").boundingBox();
        assertThat(column.width).isGreaterThan(200);
        page.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target/journeys/needs-board-narrow.png")));

        page.setViewportSize(1400, 900);
        page.navigate(url("/behoeften/overzicht"));
        assertThat(page.locator("#overview-chart-steps svg[role='img']")).hasAttribute("aria-label", "Behoeften per stap");
        BoundingBox chart = page.locator("#overview-chart-steps svg").boundingBox();
        assertThat(chart.width).isGreaterThan(300);
        assertThat(chart.height).isGreaterThan(100);
        assertThat(page.locator("#overview-chart-lead")).containsText("Alle behoeften: mediaan");
        page.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target/journeys/needs-overview.png"))
                .setFullPage(true));
    }
}
