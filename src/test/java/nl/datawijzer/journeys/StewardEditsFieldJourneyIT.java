package nl.datawijzer.journeys;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.test.context.support.WithMockUser;
import nl.datawijzer.catalog.PageRequest;
import nl.datawijzer.privacy.PrivacyReviewService;
import nl.datawijzer.privacy.ReviewFilter;
import nl.datawijzer.privacy.ReviewItem;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/** Real-browser journeys in headless Chromium against the portal with the Huizen seed. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class StewardEditsFieldJourneyIT {

    private static Playwright playwright;
    private static Browser browser;
    private Page page;

    @LocalServerPort
    int port;

    @org.springframework.beans.factory.annotation.Autowired
    PrivacyReviewService review;

    @BeforeAll
    static void startBrowser() {
        Path chromium = nl.datawijzer.journeys.Browser.chromium();
        playwright = nl.datawijzer.journeys.Browser.playwright();
        browser = nl.datawijzer.journeys.Browser.launch(playwright);
        assertThat(chromium).isNotNull();
    }

    @AfterAll
    static void stopBrowser() {
        nl.datawijzer.journeys.Browser.close(browser, playwright);
    }

    @BeforeEach
    void openPage() {
        page = browser.newPage(new Browser.NewPageOptions().setLocale("nl-NL").setViewportSize(1400, 900));
        page.setDefaultTimeout(30_000);
    }

    @AfterEach
    void closePage() {
        page.close();
    }

    @Test
    void stewardLogsInOpensADatasetEditsAFieldDescriptionAndSeesItSaved() throws Exception {
        JsonNode dataset = api("/api/datasets?limit=1&sort=title").get("items").get(0);
        String slug = dataset.get("id").asString();
        JsonNode field = api("/api/datasets/" + slug + "/fields?limit=1").get("items").get(0);
        String fieldSlug = field.get("id").get("slug").asString();
        String newDescription = "Omschrijving aangepast door de browsertest " + System.nanoTime();

        new LoginPage(page, url("/login")).signIn("beheerder", "datawijzer");
        page.navigate(url("/datasets/" + slug));
        assertThat(page.locator("#dataset-title")).hasText(dataset.get("title").asString());

        page.locator("#edit-field-" + fieldSlug).click();
        page.locator("#field-description textarea").fill(newDescription);
        page.locator("#field-save").click();

        assertThat(page.locator("#field-dialog")).isHidden();
        assertThat(page.locator("#fields-grid").getByText(newDescription)).isVisible();
        page.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target/journeys/steward-edits-field.png"))
                .setFullPage(true));

        JsonNode saved = api("/api/datasets/" + slug + "/fields?limit=100");
        boolean found = false;
        for (JsonNode row : saved.get("items")) {
            if (row.get("id").get("slug").asString().equals(fieldSlug)) {
                assertThat(row.get("description").asString()).isEqualTo(newDescription);
                found = true;
            }
        }
        assertThat(found).isTrue();
    }

    @Test
    @WithMockUser(roles = {"FG", "MEDEWERKER"})
    void theFgConfirmsASuggestedBsnFieldInTheReviewQueueAndSeesTheDecisionInTheFieldHistory() {
        ReviewItem item = review.queue(new ReviewFilter("https://w3id.org/datawijzer/vocab/beoordeling/voorgesteld",
                null, null, "https://w3id.org/datawijzer/vocab/persoonsgegevens/nationaal-identificatienummer", null),
                PageRequest.first(1)).items().getFirst();
        String rationale = "BSN nodig voor de uitvoering van de wet; gecontroleerd in de browsertest.";

        new LoginPage(page, url("/login")).signIn("fg", "datawijzer");
        page.navigate(url("/privacy/beoordelen"));
        String unfiltered = page.locator("#review-count").textContent();
        page.locator("#review-text input").fill(item.datasetTitle());
        assertThat(page.locator("#review-count")).not().hasText(unfiltered);
        page.locator("vaadin-grid-cell-content").filter(new com.microsoft.playwright.Locator.FilterOptions()
                .setHasText(item.title() + " (" + item.technicalName() + ")")).first().click();
        assertThat(page.locator("#decision-rationale")).isVisible();
        page.locator("#decision-rationale textarea").fill(rationale);
        page.locator("#decision-save").click();
        assertThat(page.getByText("Besluit vastgelegd.")).isVisible();
        assertThat(page.locator("#decision-rationale")).isHidden();

        page.navigate(url("/datasets/" + item.field().dataset().slug()));
        page.locator("#history-field-" + item.field().slug()).click();
        assertThat(page.locator("#field-history")).containsText("Bevestigd");
        assertThat(page.locator("#field-history")).containsText(rationale);
        page.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target/journeys/fg-field-history.png")));
    }

    @Test
    void aStewardChecksASampleFileAndOnlyCountsAreShownAndKept() throws Exception {
        JsonNode dataset = api("/api/datasets?limit=1&sort=title").get("items").get(0);
        String slug = dataset.get("id").asString();
        JsonNode field = api("/api/datasets/" + slug + "/fields?limit=1").get("items").get(0);
        String column = field.get("technicalName").asString();
        Path sample = Files.createTempFile("uittreksel", ".csv");
        Files.writeString(sample, column + ";bsn_test\nwaarde-a;111222333\nwaarde-b;123456782\n");

        new LoginPage(page, url("/login")).signIn("beheerder", "datawijzer");
        page.navigate(url("/datasets/" + slug));
        page.locator("#sample-upload input[type=file]").setInputFiles(sample);
        assertThat(page.locator("#sample-result")).containsText("velden bekeken");
        assertThat(page.locator("#sample-result")).not().containsText("111222333");

        Path broken = Files.createTempFile("kapot", ".csv"); // another name: the same file twice fires no change
        Files.writeString(broken, "kolom;\"niet afgesloten\n1;2\n");
        page.locator("#sample-upload input[type=file]").setInputFiles(broken);
        assertThat(page.locator("#sample-result")).containsText("Regel");
        Files.delete(sample);
        Files.delete(broken);
    }

    @Test
    void visitorSeesTheDutchLandingPageCanSwitchToEnglishAndIsSentToSignInForTheCatalog() {
        page.navigate(url("/"));
        assertThat(page.locator("h1")).containsText("Datawijzer");
        assertThat(page.locator("#home-login")).isVisible();
        page.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target/journeys/landing.png")));

        page.locator("#language-switch").click();
        assertThat(page.locator("h1")).containsText("know which data exists");
        page.navigate(url("/login"));
        assertThat(page.locator("vaadin-login-form")).containsText("Sign in");
        page.navigate(url("/"));
        page.locator("#language-switch").click();
        assertThat(page.locator("h1")).containsText("weten welke data er is");

        page.navigate(url("/datasets"));
        assertThat(page).hasURL(java.util.regex.Pattern.compile(".*/login$"));
        assertThat(page.locator("vaadin-login-form")).isVisible();
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }

    private JsonNode api(String path) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create(url(path)))
                .header("Authorization", "Basic " + Base64.getEncoder()
                        .encodeToString("beheerder:datawijzer".getBytes(StandardCharsets.UTF_8)))
                .GET().build();
        HttpResponse<String> response = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return new ObjectMapper().readTree(response.body());
    }

    /** Page object of the sign-in page. */
    record LoginPage(Page page, String url) {
        void signIn(String username, String password) {
            page.navigate(url);
            page.locator("input[name='username']").fill(username);
            page.locator("input[name='password']").fill(password);
            page.locator("vaadin-button[slot='submit'], button[type='submit']").first().click();
            page.waitForURL(u -> !u.contains("/login"));
        }
    }
}
