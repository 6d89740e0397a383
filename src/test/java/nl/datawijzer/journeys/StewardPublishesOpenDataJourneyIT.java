package nl.datawijzer.journeys;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Download;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import nl.datawijzer.catalog.DatasetId;
import nl.datawijzer.opendata.PublicationService;
import nl.datawijzer.privacy.SecurityHolderIsolation;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.authentication.TestingAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.test.annotation.DirtiesContext;

/**
 * The whole publication in a real browser: a steward proposes a dataset, the privacy officer approves it after
 * reading the gate, and an anonymous visitor finds it in the open-data portal and downloads its file. The portal runs
 * on a fixed port that is also its public URL, so the download links in the open-data view point at this server.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.DEFINED_PORT, properties = {
        "server.port=" + StewardPublishesOpenDataJourneyIT.PORT,
        "datawijzer.opendata.public-url=http://localhost:" + StewardPublishesOpenDataJourneyIT.PORT})
@DirtiesContext
@ExtendWith(SecurityHolderIsolation.class)
class StewardPublishesOpenDataJourneyIT {

    static final int PORT = 18473;
    static final String SLUG = "bevolking-per-wijk";

    private static Playwright playwright;
    private static com.microsoft.playwright.Browser browser;

    @Autowired PublicationService publications;
    /** The strategy this context's method security reads (Vaadin installs its own per context). */
    @Autowired SecurityContextHolderStrategy securityHolder;

    @BeforeAll
    static void startBrowser() {
        assertThat(Browser.chromium()).isNotNull();
        playwright = Browser.playwright();
        browser = Browser.launch(playwright);
    }

    @AfterAll
    static void stopBrowser() {
        Browser.close(browser, playwright);
    }

    @Test
    void stewardProposesTheFgApprovesAndAVisitorFindsAndDownloadsIt() throws Exception {
        // The seed publishes this one; take it back first so the journey starts from a dataset that is not public.
        securityHolder.getContext().setAuthentication(
                new TestingAuthenticationToken("fg", "", "ROLE_MEDEWERKER", "ROLE_FG"));
        try {
            publications.withdraw(new DatasetId(SLUG), "Opnieuw door de publicatie voor de browsertest");
        } finally {
            securityHolder.clearContext();
        }
        String file = "/open-data/bestanden/" + SLUG + "/csv/" + SLUG + ".csv";
        assertThat(status(file)).as("the file is not public while the dataset is withdrawn").isEqualTo(404);

        try (BrowserContext steward = browser.newContext(new com.microsoft.playwright.Browser.NewContextOptions()
                .setLocale("nl-NL").setViewportSize(1400, 900))) {
            Page page = steward.newPage();
            page.setDefaultTimeout(30_000);
            new StewardEditsFieldJourneyIT.LoginPage(page, url("/login")).signIn("beheerder", "datawijzer");
            page.navigate(url("/datasets/" + SLUG));
            assertThat(page.locator("#publication")).containsText("Voldoet aan DCAT-AP-NL 3.0");
            page.locator("#publication-propose").click();
            page.locator("#publication-propose-note textarea").fill("Cijfers 2025 zijn gecontroleerd.");
            page.locator("#publication-propose-confirm").click();
            assertThat(page.locator("#publication-state")).hasText("Voorgesteld");
            assertThat(page.locator("#publication-approve")).hasCount(0);
        }

        try (BrowserContext fg = browser.newContext(new com.microsoft.playwright.Browser.NewContextOptions()
                .setLocale("nl-NL").setViewportSize(1400, 900))) {
            Page page = fg.newPage();
            page.setDefaultTimeout(30_000);
            new StewardEditsFieldJourneyIT.LoginPage(page, url("/login")).signIn("fg", "datawijzer");
            page.navigate(url("/privacy/publicaties"));
            assertThat(page.getByText("Bevolking per wijk").first()).isVisible();
            page.navigate(url("/datasets/" + SLUG));
            page.locator("#publication-approve").click();
            page.locator("#publication-approve-confirm").click();
            assertThat(page.locator("#publication-state")).hasText("Gepubliceerd");
            page.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target/journeys/fg-approves-publication.png"))
                    .setFullPage(true));
        }

        try (BrowserContext visitor = browser.newContext(new com.microsoft.playwright.Browser.NewContextOptions()
                .setLocale("nl-NL").setViewportSize(1400, 900).setAcceptDownloads(true))) {
            Page page = visitor.newPage();
            page.setDefaultTimeout(30_000);
            page.navigate(url("/open-data"));
            page.locator("#portal-search-text input").fill("bevolking");
            page.locator("#portal-search-submit").click();
            // The results are replaced after the search: wait for them before following a link.
            page.waitForURL(address -> address.contains("q=bevolking"));
            page.locator("#dataset-link-" + SLUG).click();
            page.waitForURL(address -> address.endsWith("/open-data/" + SLUG));
            assertThat(page.locator("#dataset-title")).hasText("Bevolking per wijk (BRP)");
            Download download = page.waitForDownload(() -> page.locator("#distribution-1-download").click());
            byte[] downloaded = Files.readAllBytes(download.path());
            assertThat(downloaded).isEqualTo(extract());
            page.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target/journeys/visitor-downloads-open-data.png"))
                    .setFullPage(true));
        }
        assertThat(status(file)).as("the file is public now").isEqualTo(200);
    }

    private static byte[] extract() throws Exception {
        try (InputStream in = StewardPublishesOpenDataJourneyIT.class.getClassLoader()
                .getResourceAsStream("catalog-seed/extracts/" + SLUG + ".csv")) {
            return in.readAllBytes();
        }
    }

    private static int status(String path) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(url(path))).GET().build(),
                HttpResponse.BodyHandlers.discarding()).statusCode();
    }

    private static String url(String path) {
        return "http://localhost:" + PORT + path;
    }
}
