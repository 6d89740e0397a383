package nl.datawijzer.journeys;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * What a browser journey on a random port shares: one headless Chromium per test class, a fresh Dutch page of
 * 1400x900 per test (30 s to wait for anything), the portal's address and signing in with a demo account.
 */
abstract class BrowserJourney {

    private static Playwright playwright;
    private static com.microsoft.playwright.Browser browser;

    /** The page of the current test. */
    Page page;

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
        Browser.close(browser, playwright);
        browser = null;
        playwright = null;
    }

    @BeforeEach
    void openPage() {
        page = newPage();
    }

    @AfterEach
    void closePage() {
        page.context().close();
    }

    /** A page in a context of its own (own cookies): for a journey in which several people take turns. */
    Page newPage() {
        Page fresh = browser.newContext(new com.microsoft.playwright.Browser.NewContextOptions().setLocale("nl-NL")
                .setViewportSize(1400, 900)).newPage();
        fresh.setDefaultTimeout(30_000);
        return fresh;
    }

    void signIn(Page on, String account) {
        new StewardEditsFieldJourneyIT.LoginPage(on, url("/login")).signIn(account, "datawijzer");
    }

    String url(String path) {
        return "http://localhost:" + port + path;
    }
}
