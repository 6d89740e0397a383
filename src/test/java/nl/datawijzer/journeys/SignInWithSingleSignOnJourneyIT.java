package nl.datawijzer.journeys;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import nl.datawijzer.privacy.SecurityHolderIsolation;
import no.nav.security.mock.oauth2.MockOAuth2Server;
import no.nav.security.mock.oauth2.token.DefaultOAuth2TokenCallback;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * A privacy officer signs in with the municipality's OpenID Connect provider (NAV's mock-oauth2-server, started
 * here) from the login page, opens the FG's review queue, and signs out of Datawijzer and the provider; a staff
 * member without that role does not get the queue; a user without a Datawijzer role reads why on the login page.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ExtendWith(SecurityHolderIsolation.class)
class SignInWithSingleSignOnJourneyIT extends BrowserJourney {

    private static final String ISSUER = "huizen";

    static final MockOAuth2Server provider = new MockOAuth2Server();

    static {
        provider.start();
    }

    @DynamicPropertySource
    static void singleSignOn(DynamicPropertyRegistry properties) {
        properties.add("datawijzer.security.oidc.issuer-uri", () -> provider.issuerUrl(ISSUER).toString());
        properties.add("datawijzer.security.oidc.client-id", () -> "datawijzer");
        properties.add("datawijzer.security.oidc.client-secret", () -> "geheim");
        properties.add("datawijzer.security.oidc.provider-name", () -> "Huizen Account");
        properties.add("datawijzer.security.oidc.role-mapping.Datawijzer.FG", () -> "FG");
        properties.add("datawijzer.security.oidc.role-mapping.Datawijzer.Medewerker", () -> "MEDEWERKER");
    }

    @AfterAll
    static void stopProvider() {
        provider.shutdown();
    }

    @org.junit.jupiter.api.BeforeEach
    void patientAssertions() {
        // The first visit of a view after start can take longer than Playwright's 5 s on a busy machine.
        com.microsoft.playwright.assertions.PlaywrightAssertions.setDefaultAssertionTimeout(30_000);
    }

    @Test
    void anFgSignsInWithTheProviderOpensTheReviewQueueAndSignsOutThere() {
        List<String> visited = new CopyOnWriteArrayList<>();
        page.onRequest(request -> visited.add(request.url()));
        signInWithProvider(page, "f.gerritsen", Map.of("roles", List.of("Datawijzer.FG"),
                "preferred_username", "f.gerritsen@huizen.nl"));

        assertThat(page.locator("#signed-in-user")).containsText("f.gerritsen@huizen.nl");
        assertThat(page.locator("#signed-in-user")).containsText("FG");
        page.navigate(url("/privacy/beoordelen"));
        assertThat(page.locator("#review-count")).isVisible();
        assertThat(page.locator("h1", new Page.LocatorOptions().setHasText("Privacybeoordeling"))).isVisible();

        page.locator("#logout").click();
        assertThat(page.locator("#login-link")).isVisible();
        String endSession = provider.endSessionEndpointUrl(ISSUER).toString();
        assertThat(visited).as("RP-initiated logout at the provider").anyMatch(u -> u.startsWith(endSession));
        page.navigate(url("/privacy/beoordelen"));
        page.waitForURL(u -> u.contains("/login"));
    }

    @Test
    void aStaffMemberWithoutTheFgRoleDoesNotGetTheReviewQueue() {
        signInWithProvider(page, "m.devries", Map.of("roles", List.of("Datawijzer.Medewerker"),
                "email", "m.devries@huizen.nl"));
        assertThat(page.locator("#signed-in-user")).containsText("m.devries@huizen.nl");

        page.navigate(url("/privacy/beoordelen"));
        assertThat(page.locator("h1", new Page.LocatorOptions().setHasText("Pagina niet gevonden"))).isVisible();
        assertThat(page.locator("h1", new Page.LocatorOptions().setHasText("Privacybeoordeling"))).hasCount(0);
        assertThat(page.locator("#review-count")).hasCount(0);
    }

    @Test
    void aUserWithoutADatawijzerRoleReadsWhyOnTheLoginPageAndStaysAVisitor() {
        signInWithProvider(page, "bezoeker", Map.of("roles", List.of("Other.App"), "preferred_username", "bezoeker"));

        assertThat(page.locator("#sso-error")).containsText("geen rol in Datawijzer");
        assertThat(page.locator("#signed-in-user")).hasCount(0);
        // The form for local accounts is still there beside the provider.
        assertThat(page.locator("input[name='username']")).isVisible();
        page.screenshot(new Page.ScreenshotOptions().setPath(java.nio.file.Path.of("target/journeys/sso-login-no-role.png")));
    }

    private void signInWithProvider(Page on, String subject, Map<String, Object> claims) {
        provider.enqueueCallback(new DefaultOAuth2TokenCallback(ISSUER, subject, "JWT", List.of("datawijzer"), claims, 3600));
        on.navigate(url("/login"));
        on.locator("a", new Page.LocatorOptions().setHasText("Inloggen met Huizen Account")).click();
        on.waitForURL(u -> u.startsWith(url("/")) && !u.contains("/oauth2/") && !u.contains("/login/oauth2/"));
        on.waitForLoadState();
    }
}
