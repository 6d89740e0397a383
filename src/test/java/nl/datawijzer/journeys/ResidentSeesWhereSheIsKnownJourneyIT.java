package nl.datawijzer.journeys;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import java.nio.file.Path;
import java.util.regex.Pattern;
import nl.datawijzer.privacy.TransparencyApplication;
import nl.datawijzer.privacy.TransparencyFixture;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A resident, never signed in, goes from the landing page to "Waar ben ik bekend?" in headless Chromium, sees the
 * systems as cards and as a picture, narrows them to health data, reads how to ask for her own data and switches to
 * English. The rendered page never holds a field's text.
 */
class ResidentSeesWhereSheIsKnownJourneyIT extends TransparencyApplication {

    private static Playwright playwright;
    private static com.microsoft.playwright.Browser browser;

    @LocalServerPort
    int port;

    @BeforeAll
    static void startBrowser() {
        Browser.chromium();
        playwright = Browser.playwright();
        browser = Browser.launch(playwright);
    }

    @AfterAll
    static void stopBrowser() {
        nl.datawijzer.journeys.Browser.close(browser, playwright);
    }

    @Test
    void aResidentFindsWhichSystemsHoldHealthDataAndHowToAskForHerOwnData() {
        Page page = browser.newPage(new com.microsoft.playwright.Browser.NewPageOptions().setLocale("nl-NL")
                .setViewportSize(1400, 900));
        page.setDefaultTimeout(30_000);
        try {
            page.navigate("http://localhost:" + port + "/");
            page.locator("#home-transparency").click();
            assertThat(page).hasURL(Pattern.compile(".*/waar-ben-ik-bekend$"));
            assertThat(page.locator("h1")).hasText("Waar ben ik bekend?");
            assertThat(page.locator("#systeem-zorgportaal-wmo-test")).containsText("bijzonder gegeven");
            assertThat(page.locator("#systeem-heffingen-test")).containsText("Geen verwerkingsregistratie bekend");
            assertThat(page.locator("#transparency-matrix")).containsText("Zorgportaal Wmo");
            assertThat(page.content()).doesNotContain(TransparencyFixture.MARK);

            String all = page.locator("#transparency-count").textContent();
            page.locator("#legend-gezondheid").click();
            assertThat(page.locator("#transparency-count")).containsText("Gezondheidsgegevens");
            assertThat(page.locator("#transparency-count")).not().hasText(all);
            assertThat(page.locator("#systeem-heffingen-test")).hasCount(0);
            assertThat(page.locator("#systeem-leerlingenvervoer-test")).isVisible();
            assertThat(page).hasURL(Pattern.compile(".*soort=gezondheid$"));
            assertThat(page.locator("#inspection-email")).hasAttribute("href", "mailto:gemeente@huizen.nl");
            page.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target/journeys/waar-ben-ik-bekend.png"))
                    .setFullPage(true));
            page.locator("#systeem-zorgportaal-wmo-test").screenshot(new com.microsoft.playwright.Locator.ScreenshotOptions()
                    .setPath(Path.of("target/journeys/waar-ben-ik-bekend-kaart.png")));
            assertThat(page.content()).doesNotContain(TransparencyFixture.MARK);

            page.locator("#language-switch").click();
            assertThat(page.locator("h1")).hasText("Where am I known?");
            assertThat(page.locator("#systeem-zorgportaal-wmo-test")).containsText("Health data");
            assertThat(page).hasURL(Pattern.compile(".*/waar-ben-ik-bekend.*"));
            assertThat(page.locator("#login-link")).isVisible();
        } finally {
            page.close();
        }
    }
}
