package nl.datawijzer.journeys;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.Response;
import com.microsoft.playwright.options.AriaRole;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import nl.datawijzer.opendata.portal.PortalFixture;
import nl.datawijzer.privacy.SecurityHolderIsolation;
import nl.datawijzer.rdf.Iris;
import nl.datawijzer.rdf.PublicRdfStore;
import nl.datawijzer.search.internal.SearchIndexes;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;

/**
 * A visitor who uses only the keyboard, never signed in, searches the open data in headless Chromium, narrows the
 * results to a theme, opens a dataset and reaches its download link. On the way the pages are checked the way an
 * accessibility audit would: the page language, one h1, landmarks, a name for every control, link texts that make
 * sense alone, a visible focus, and a contrast of at least 4.5:1 for the main text and link colours.
 */
@ExtendWith(SecurityHolderIsolation.class)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@DirtiesContext
class VisitorFindsOpenDataByKeyboardJourneyIT {

    private static final int MAX_TABS = 80;
    /** WCAG 2.1 contrast ratio of an element's text colour on the first opaque background behind it. */
    private static final String CONTRAST = """
            selector => {
              const el = document.querySelector(selector);
              const parse = c => {
                const p = c.match(/rgba?\\(([^)]+)\\)/)[1].split(/[\\s,\\/]+/).filter(Boolean).map(Number);
                return {r: p[0], g: p[1], b: p[2], a: p.length > 3 ? p[3] : 1};
              };
              const channel = v => { v /= 255; return v <= 0.03928 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4); };
              const luminance = c => 0.2126 * channel(c.r) + 0.7152 * channel(c.g) + 0.0722 * channel(c.b);
              let bg = {r: 255, g: 255, b: 255, a: 1};
              for (let e = el; e; e = e.parentElement) {
                const c = parse(getComputedStyle(e).backgroundColor);
                if (c.a > 0) { bg = c; break; }
              }
              const fg = parse(getComputedStyle(el).color);
              const text = {r: fg.r * fg.a + bg.r * (1 - fg.a), g: fg.g * fg.a + bg.g * (1 - fg.a), b: fg.b * fg.a + bg.b * (1 - fg.a)};
              const l1 = luminance(text), l2 = luminance(bg);
              return (Math.max(l1, l2) + 0.05) / (Math.min(l1, l2) + 0.05);
            }""";
    /** Controls in the page's main region without an accessible name (or with one that says nothing alone). */
    private static final String NAMELESS = """
            () => {
              const name = e => (e.getAttribute('aria-label') || (e.labels && e.labels.length ? e.labels[0].textContent : '')
                  || (e.getAttribute('aria-labelledby') || '').split(' ').map(id => document.getElementById(id))
                      .filter(Boolean).map(l => l.textContent).join(' ') || e.textContent || '').trim();
              const vague = /^(klik hier|hier|lees meer|meer|download|link)$/i;
              return [...document.querySelectorAll('main a[href], main input, main button, main vaadin-button')]
                  .filter(e => !name(e) || vague.test(name(e))).map(e => e.outerHTML.slice(0, 120));
            }""";

    private static Playwright playwright;
    private static com.microsoft.playwright.Browser browser;

    @LocalServerPort
    int port;

    @Autowired PublicRdfStore store;
    @Autowired Iris iris;
    @Autowired SearchIndexes indexes;

    @BeforeAll
    static void startBrowser() {
        Browser.chromium();
        // The first page load of a fresh application compiles and renders a lot; give it time.
        com.microsoft.playwright.assertions.PlaywrightAssertions.setDefaultAssertionTimeout(30_000);
        playwright = Browser.playwright();
        browser = Browser.launch(playwright);
    }

    @AfterAll
    static void stopBrowser() {
        Browser.close(browser, playwright);
    }

    @BeforeEach
    void publish() {
        // Two lighting datasets (theme Milieu) share the word "wijk" with the Wmo dataset (Bevolking en samenleving).
        PortalFixture.publish(store, iris, indexes, 2);
    }

    @Test
    void aKeyboardUserSearchesPicksAThemeOpensADatasetAndReachesItsDownload() {
        Page page = browser.newPage(new com.microsoft.playwright.Browser.NewPageOptions().setLocale("nl-NL")
                .setViewportSize(1400, 900));
        page.setDefaultTimeout(30_000);
        try {
            page.navigate("http://localhost:" + port + "/open-data");
            assertThat(page.locator("h1")).hasText("Open data");
            checkPage(page, List.of("#portal-intro", "#portal-total", "#portal-catalog-ttl"));
            assertThat(page.getByRole(AriaRole.TEXTBOX, new Page.GetByRoleOptions().setName("Zoek in open data")))
                    .hasCount(1);
            assertThat(page.getByRole(AriaRole.SEARCH)).hasCount(1);
            assertThat(page.locator("nav#portal-themes")).hasAttribute("aria-label", "Filter op thema");

            tabTo(page, "#portal-search-text");
            page.keyboard().type("wijk");
            page.keyboard().press("Enter");
            assertThat(page).hasURL(Pattern.compile(".*/open-data\\?q=wijk$"));
            assertThat(page.locator("#portal-total")).hasText("3 datasets voor ‘wijk’");

            tabTo(page, "#theme-soci");
            assertFocusVisible(page);
            page.keyboard().press("Enter");
            assertThat(page).hasURL(Pattern.compile(".*/open-data\\?q=wijk&thema=Bevolking.*"));
            assertThat(page.locator("#portal-total")).hasText("1 dataset voor ‘wijk’");
            assertThat(page.locator("#theme-soci")).hasAttribute("aria-current", "true");

            tabTo(page, "#dataset-link-" + PortalFixture.WMO);
            page.keyboard().press("Enter");
            assertThat(page).hasURL(Pattern.compile(".*/open-data/" + PortalFixture.WMO + "$"));
            assertThat(page.locator("h1")).hasText("Wmo-voorzieningen per wijk");
            checkPage(page, List.of("#dataset-description", "#dataset-contact-email", "#distribution-1-download",
                    "#dataset-dcat-ttl"));

            tabTo(page, "#distribution-1-download");
            assertFocusVisible(page);
            var download = page.locator("#distribution-1-download");
            assertThat(download).hasText("Download CSV van Wmo-voorzieningen per wijk");
            assertThat(download).hasAttribute("href", PortalFixture.WMO_DOWNLOAD);
            assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions()
                    .setName("Download CSV van Wmo-voorzieningen per wijk"))).hasCount(1);
            page.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target/journeys/open-data-dataset.png"))
                    .setFullPage(true));

            tabTo(page, "#language-switch");
            page.keyboard().press("Enter");
            assertThat(page.locator("#dataset-frequency")).hasText("annual");
            assertThat(page.locator("html")).hasAttribute("lang", "en");
        } finally {
            page.close();
        }
    }

    @Test
    void anAddressWithoutAPublishedDatasetAnswersNotFound() {
        Page page = browser.newPage(new com.microsoft.playwright.Browser.NewPageOptions().setLocale("nl-NL"));
        page.setDefaultTimeout(30_000);
        try {
            Response response = page.navigate("http://localhost:" + port + "/open-data/bestaat-niet");
            assertThat(response.status()).isEqualTo(404);
            assertThat(page.locator("h1")).hasText("Deze dataset is niet (meer) gepubliceerd");
            assertThat(page.locator("html")).hasAttribute("lang", "nl");
        } finally {
            page.close();
        }
    }

    /** Language, one h1, the landmarks, named controls and the contrast of the given text and link elements. */
    private static void checkPage(Page page, List<String> textAndLinks) {
        assertThat(page.locator("html")).hasAttribute("lang", "nl");
        assertThat(page.locator("h1")).hasCount(1);
        assertThat(page.locator("main")).hasCount(1);
        assertThat(page.getByRole(AriaRole.NAVIGATION).first()).isAttached();
        @SuppressWarnings("unchecked")
        List<String> nameless = (List<String>) page.evaluate(NAMELESS);
        assertThat(nameless).as("controls without a meaningful accessible name").isEmpty();
        for (String selector : textAndLinks) {
            double ratio = ((Number) page.evaluate(CONTRAST, selector)).doubleValue();
            assertThat(ratio).as("contrast of " + selector).isGreaterThanOrEqualTo(4.5);
        }
    }

    /** Presses Tab until the focus is in the element, as a keyboard user would. */
    private static void tabTo(Page page, String selector) {
        for (int i = 0; i < MAX_TABS; i++) {
            page.keyboard().press("Tab");
            if ((Boolean) page.evaluate("s => !!document.activeElement && !!document.activeElement.closest(s)", selector)) {
                return;
            }
        }
        fail("Tab never reached " + selector + " in " + MAX_TABS + " presses");
    }

    /** The focused element shows it: an outline, as the portal's focus style draws it. */
    private static void assertFocusVisible(Page page) {
        String outline = (String) page.evaluate("() => getComputedStyle(document.activeElement).outlineStyle");
        assertThat(outline).as("outline of the focused element").isNotEqualTo("none");
    }
}
