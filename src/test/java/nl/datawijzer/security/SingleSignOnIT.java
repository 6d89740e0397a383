package nl.datawijzer.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import nl.datawijzer.privacy.SecurityHolderIsolation;
import no.nav.security.mock.oauth2.MockOAuth2Server;
import no.nav.security.mock.oauth2.OAuth2Config;
import no.nav.security.mock.oauth2.token.DefaultOAuth2TokenCallback;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.security.core.Authentication;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Single sign-on against a real OpenID Connect server (NAV's mock-oauth2-server) started here: the whole
 * authorization-code flow over HTTP with a cookie-aware client, as a browser does it. One provider is configured
 * with {@code datawijzer.security.oidc.*}; two more through Spring Boot's standard properties, one with a wrong
 * client secret and one whose issuer is down. The demo accounts stay on.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ExtendWith(SecurityHolderIsolation.class)
class SingleSignOnIT {

    private static final String ISSUER = "huizen";
    private static final String FG_ONLY = "/api/privacy/register.csv";

    static final MockOAuth2Server provider = new MockOAuth2Server(new OAuth2Config(),
            new ClientSecretCheck(Map.of("datawijzer", "geheim")));

    static {
        provider.start();
    }

    @DynamicPropertySource
    static void singleSignOn(DynamicPropertyRegistry properties) throws IOException {
        String issuer = provider.issuerUrl(ISSUER).toString();
        properties.add("datawijzer.security.oidc.issuer-uri", () -> issuer);
        properties.add("datawijzer.security.oidc.client-id", () -> "datawijzer");
        properties.add("datawijzer.security.oidc.client-secret", () -> "geheim");
        properties.add("datawijzer.security.oidc.provider-name", () -> "Huizen Account");
        properties.add("datawijzer.security.oidc.role-mapping.Datawijzer.FG", () -> "FG");
        properties.add("datawijzer.security.oidc.role-mapping.Datawijzer.Medewerker", () -> "MEDEWERKER");

        properties.add("spring.security.oauth2.client.provider.huizen.issuer-uri", () -> issuer);
        properties.add("spring.security.oauth2.client.registration.verkeerd.provider", () -> "huizen");
        properties.add("spring.security.oauth2.client.registration.verkeerd.client-id", () -> "datawijzer");
        properties.add("spring.security.oauth2.client.registration.verkeerd.client-secret", () -> "niet-het-geheim");
        properties.add("spring.security.oauth2.client.registration.verkeerd.scope", () -> "openid,profile");

        String down = "http://localhost:" + freePort() + "/weg";
        properties.add("spring.security.oauth2.client.provider.weg.issuer-uri", () -> down);
        properties.add("spring.security.oauth2.client.registration.weg.provider", () -> "weg");
        properties.add("spring.security.oauth2.client.registration.weg.client-id", () -> "datawijzer");
        properties.add("spring.security.oauth2.client.registration.weg.client-secret", () -> "geheim");
        properties.add("spring.security.oauth2.client.registration.weg.scope", () -> "openid");
    }

    @AfterAll
    static void stopProvider() {
        provider.shutdown();
    }

    @TestConfiguration
    static class SignIns {
        final List<Authentication> seen = new CopyOnWriteArrayList<>();

        @Bean
        ApplicationListener<AuthenticationSuccessEvent> recordSignIns() {
            return event -> seen.add(event.getAuthentication());
        }
    }

    @Autowired
    SignIns signIns;

    @Autowired
    SingleSignOn singleSignOn;

    @LocalServerPort
    int port;

    @Test
    void anFgSignsInThroughTheProviderAndMayOpenWhatOnlyTheFgMay() throws Exception {
        Browser browser = new Browser();
        List<URI> hops = browser.signInThroughProvider("datawijzer", "f.gerritsen",
                Map.of("roles", List.of("Datawijzer.FG"), "preferred_username", "f.gerritsen@huizen.nl"));

        assertThat(hops).as("through the provider and back").anyMatch(u -> u.getPort() == provider.baseUrl().port());
        assertThat(hops.getLast().getPath()).isEqualTo("/");
        assertThat(hops.getLast().getQuery()).isNull();
        assertThat(browser.get(FG_ONLY).statusCode()).isEqualTo(200);
        assertThat(signIns.seen).anySatisfy(a -> {
            assertThat(a.getName()).as("the name in the UI and the audit log").isEqualTo("f.gerritsen@huizen.nl");
            assertThat(a.getAuthorities()).extracting(Object::toString).contains("ROLE_FG", "ROLE_MEDEWERKER");
        });
    }

    @Test
    void aStaffMemberSignsInWithTheMappedRoleOnlyAndMayNotOpenTheFgsPages() throws Exception {
        Browser browser = new Browser();
        List<URI> hops = browser.signInThroughProvider("datawijzer", "m.devries",
                Map.of("roles", List.of("Datawijzer.Medewerker", "Unmapped.Admin"), "email", "m.devries@huizen.nl"));

        assertThat(hops.getLast().getPath()).isEqualTo("/");
        assertThat(browser.get("/api/datasets").statusCode()).as("staff may read the catalog").isEqualTo(200);
        assertThat(browser.get(FG_ONLY).statusCode()).isEqualTo(403);
        assertThat(signIns.seen).anySatisfy(a -> {
            assertThat(a.getName()).isEqualTo("m.devries@huizen.nl");
            assertThat(a.getAuthorities()).extracting(Object::toString).containsExactly("ROLE_MEDEWERKER");
        });
    }

    @Test
    void aUserWithoutAMappedRoleIsNotSignedInAndIsToldWhy() throws Exception {
        Browser browser = new Browser();
        List<URI> hops = browser.signInThroughProvider("datawijzer", "bezoeker",
                Map.of("roles", List.of("Other.App"), "preferred_username", "bezoeker@huizen.nl"));

        assertThat(hops.getLast().getPath()).isEqualTo("/login");
        assertThat(hops.getLast().getQuery()).isEqualTo("sso-fout=geen-rol");
        assertThat(browser.get("/api/datasets").statusCode()).as("what an anonymous visitor gets").isEqualTo(401);
        assertThat(browser.get("/api/public/search?q=afval").statusCode()).isEqualTo(200);
        assertThat(signIns.seen).noneMatch(a -> "bezoeker@huizen.nl".equals(a.getName()) || "bezoeker".equals(a.getName()));
    }

    @Test
    void aWrongClientSecretEndsOnTheLoginPageWithAClearError() throws Exception {
        Browser browser = new Browser();
        List<URI> hops = browser.follow("/oauth2/authorization/verkeerd");

        assertThat(hops).as("the provider was asked").anyMatch(u -> u.getPort() == provider.baseUrl().port());
        assertThat(hops.getLast().getPath()).isEqualTo("/login");
        assertThat(hops.getLast().getQuery()).isEqualTo("sso-fout=geweigerd");
        assertThat(browser.last.statusCode()).isEqualTo(200);
        assertThat(browser.get("/api/datasets").statusCode()).isEqualTo(401);
    }

    @Test
    void aProviderThatIsDownEndsOnTheLoginPageWithAClearErrorAndDidNotStopTheStart() throws Exception {
        Browser browser = new Browser();
        List<URI> hops = browser.follow("/oauth2/authorization/weg");

        assertThat(hops.getLast().getPath()).isEqualTo("/login");
        assertThat(hops.getLast().getQuery()).isEqualTo("sso-fout=onbereikbaar");
        assertThat(browser.last.statusCode()).isEqualTo(200);
    }

    @Test
    void aDemoAccountStillSignsInWithTheFormBesideSingleSignOn() throws Exception {
        Browser browser = new Browser();
        browser.get("/login");
        HttpResponse<String> login = browser.postForm("/login", "username=fg&password=" + DemoAccounts.PASSWORD);
        assertThat(login.statusCode()).isEqualTo(302);
        assertThat(login.headers().firstValue("Location").orElseThrow()).doesNotContain("error");
        assertThat(browser.get(FG_ONLY).statusCode()).isEqualTo(200);

        Browser wrong = new Browser();
        wrong.get("/login");
        assertThat(wrong.postForm("/login", "username=fg&password=fout").headers().firstValue("Location").orElseThrow())
                .contains("error");
    }

    @Test
    void theLoginPageOffersEveryConfiguredProviderByName() {
        assertThat(singleSignOn.providers()).extracting(SingleSignOn.Provider::name, SingleSignOn.Provider::loginPath)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("Huizen Account", "/oauth2/authorization/datawijzer"),
                        org.assertj.core.groups.Tuple.tuple("verkeerd", "/oauth2/authorization/verkeerd"),
                        org.assertj.core.groups.Tuple.tuple("weg", "/oauth2/authorization/weg"));
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    /** A cookie-aware client that follows redirects itself, so the test sees every hop. */
    private final class Browser {
        private final HttpClient client = HttpClient.newBuilder()
                .cookieHandler(new CookieManager(null, CookiePolicy.ACCEPT_ALL))
                .followRedirects(HttpClient.Redirect.NEVER).build();
        HttpResponse<String> last;

        List<URI> signInThroughProvider(String registration, String subject, Map<String, Object> claims)
                throws Exception {
            provider.enqueueCallback(new DefaultOAuth2TokenCallback(ISSUER, subject, "JWT", List.of("datawijzer"), claims,
                    3600));
            return follow("/oauth2/authorization/" + registration);
        }

        List<URI> follow(String path) throws Exception {
            List<URI> hops = new ArrayList<>();
            URI next = URI.create(url(path));
            for (int i = 0; i < 10; i++) {
                hops.add(next);
                last = client.send(HttpRequest.newBuilder(next).GET().build(), HttpResponse.BodyHandlers.ofString());
                var location = last.headers().firstValue("Location");
                if (last.statusCode() / 100 != 3 || location.isEmpty()) {
                    return hops;
                }
                next = next.resolve(location.get());
            }
            throw new AssertionError("too many redirects: " + hops);
        }

        HttpResponse<String> get(String path) throws Exception {
            return client.send(HttpRequest.newBuilder(URI.create(url(path))).GET().build(),
                    HttpResponse.BodyHandlers.ofString());
        }

        HttpResponse<String> postForm(String path, String form) throws Exception {
            return client.send(HttpRequest.newBuilder(URI.create(url(path)))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
        }

        private String url(String path) {
            return "http://localhost:" + port + path;
        }
    }
}
