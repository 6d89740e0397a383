package nl.datawijzer.journeys;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import nl.datawijzer.privacy.SecurityHolderIsolation;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.annotation.DirtiesContext;

/**
 * In headless Chromium, with the portal's real Content-Security-Policy: a visitor and then a privacy officer open the
 * public and internal pages (catalog, dataset page, quality charts, lineage explorer, processing register) and use
 * them, and the browser reports no violation of the policy at all. A violation found here means the policy blocks
 * something Vaadin or our pages need, or a page started to need something the policy does not allow.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@DirtiesContext
@ExtendWith(SecurityHolderIsolation.class)
class PortalWorksUnderItsContentSecurityPolicyJourneyIT extends BrowserJourney {

    @BeforeAll
    static void waitLonger() {
        // The first pages of a fresh application render slowly on a busy machine.
        com.microsoft.playwright.assertions.PlaywrightAssertions.setDefaultAssertionTimeout(30_000);
    }

    /** Every violation as the page saw it (securitypolicyviolation events) and as Chromium logged it. */
    private final List<String> violations = new CopyOnWriteArrayList<>();

    private void watch(Page on) {
        on.addInitScript("""
                document.addEventListener('securitypolicyviolation', e => {
                  (window.__cspViolations = window.__cspViolations || [])
                      .push(e.violatedDirective + ' blocked ' + e.blockedURI + ' at ' + e.sourceFile + ':' + e.lineNumber
                          + ' sample ' + e.sample);
                });""");
        on.onConsoleMessage(message -> {
            if (message.text().contains("Content Security Policy") || message.text().contains("Refused to")) {
                violations.add("console: " + message.text());
            }
        });
    }

    private void collect(Page on) {
        Object seen = on.evaluate("() => window.__cspViolations || []");
        if (seen instanceof List<?> list) {
            list.forEach(v -> violations.add(on.url() + ": " + v));
        }
    }

    private void open(Page on, String path) {
        Response response = on.navigate(url(path));
        assertThat(response.status()).as(path).isEqualTo(200);
        assertThat(response.headers().get("content-security-policy")).as("policy on " + path).contains("script-src");
        on.waitForLoadState();
        // Vaadin has rendered the view once its layout is in the page; a blocked script shows as a violation.
        try {
            assertThat(on.locator("vaadin-app-layout")).isVisible();
        } catch (AssertionError notRendered) {
            collect(on);
            throw new AssertionError(path + " did not render; violations: " + violations, notRendered);
        }
        collect(on);
    }

    @Test
    void publicAndInternalPagesWorkWithoutAnyPolicyViolation() {
        watch(page);
        open(page, "/open-data");
        assertThat(page.locator("#portal-list")).isVisible();
        page.locator("#portal-search-text input").fill("wijk");
        page.locator("#portal-search-submit").click();
        assertThat(page.locator("#portal-total")).containsText("wijk");
        collect(page);

        Locator first = page.locator("#portal-list a").first();
        first.click();
        page.waitForURL(u -> u.matches(".*/open-data/[a-z0-9-]+$"));
        assertThat(page.locator("#dataset-title")).isVisible();
        collect(page);

        Page staff = newPage();
        try {
            staffPages(staff);
        } finally {
            staff.context().close();
        }
        assertThat(violations).as("Content-Security-Policy violations").isEmpty();
    }

    private void staffPages(Page staff) {
        watch(staff);
        signIn(staff, "fg");
        open(staff, "/datasets");
        assertThat(staff.locator("#datasets-grid")).isVisible();
        open(staff, "/datasets/caseload-consulenten");
        assertThat(staff.locator("#dataset-lineage-svg svg")).isVisible();
        open(staff, "/kwaliteit");
        assertThat(staff.locator("#quality-grades-chart")).isVisible();
        open(staff, "/herkomst?focus=dataset/caseload-consulenten");
        assertThat(staff.locator("#lineage-picture svg")).isVisible();
        open(staff, "/privacy/register");
        assertThat(staff.locator("#register-grid")).isVisible();
        String count = staff.locator("#register-count").innerText();
        staff.locator("#register-text input").fill("zzz-bestaat-niet");
        staff.locator("#register-text input").press("Enter");
        assertThat(staff.locator("#register-count")).not().hasText(count);
        collect(staff);
    }
}
