package nl.datawijzer.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.datawijzer.privacy.SecurityHolderIsolation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The security headers on a portal page, a public API answer, a hosted file download and an error, over plain HTTP
 * and (as a proxy that ended TLS would say) over HTTPS.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "server.forward-headers-strategy=framework",
        "spring.security.oauth2.client.provider.huizen.authorization-uri=https://login.huizen.nl/realms/medewerkers/auth"})
@ExtendWith(SecurityHolderIsolation.class)
class SecurityHeadersIT {

    private static final Pattern NONCE = Pattern.compile("'nonce-([A-Za-z0-9+/=]+)'");

    @LocalServerPort
    int port;

    private final HttpClient client = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    private HttpResponse<String> get(String path, String... headers) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).GET();
        if (headers.length > 0) {
            request.headers(headers);
        }
        return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void everyKindOfResponseCarriesTheSecurityHeaders() throws Exception {
        for (String path : new String[] {"/open-data", "/api/public/dcat/catalog.ttl", "/api/3/action/package_list",
                "/open-data/bestanden/wmo-clienten-per-wijk/csv/wmo-clienten-per-wijk.csv", "/api/public/bestaat-niet"}) {
            HttpResponse<String> response = get(path);
            HttpHeaders headers = response.headers();
            assertThat(headers.firstValue("Content-Security-Policy")).as(path).hasValueSatisfying(csp -> assertThat(csp)
                    .contains("default-src 'self'", "script-src 'self' 'nonce-", "'unsafe-eval'",
                            "style-src 'self' 'unsafe-inline'", "object-src 'none'", "base-uri 'self'",
                            "frame-ancestors 'none'", "form-action 'self' https://login.huizen.nl")
                    .doesNotContain("script-src 'self' 'unsafe-inline'"));
            assertThat(headers.allValues("X-Frame-Options")).as(path).containsExactly("DENY");
            assertThat(headers.allValues("X-Content-Type-Options")).as(path).containsExactly("nosniff");
            assertThat(headers.firstValue("Referrer-Policy")).as(path).hasValue("strict-origin-when-cross-origin");
            assertThat(headers.firstValue("Permissions-Policy")).as(path).hasValueSatisfying(policy ->
                    assertThat(policy).contains("camera=()", "geolocation=()", "microphone=()"));
            assertThat(headers.firstValue("Strict-Transport-Security")).as("no HSTS over plain HTTP: " + path).isEmpty();
        }
        assertThat(get("/open-data/bestanden/wmo-clienten-per-wijk/csv/wmo-clienten-per-wijk.csv").statusCode())
                .as("a real download, not only an error page").isEqualTo(200);
        assertThat(get("/api/public/dcat/catalog.ttl").statusCode()).isEqualTo(200);
    }

    @Test
    void thePortalPageAllowsItsOwnInlineScriptsByANonceFreshForEveryPage() throws Exception {
        HttpResponse<String> first = get("/open-data");
        HttpResponse<String> second = get("/open-data");
        String nonce = nonce(first);
        assertThat(nonce).isNotEqualTo(nonce(second));
        assertThat(first.body()).contains("<script").contains("nonce=\"" + nonce + "\"");
        assertThat(count(first.body(), "<script")).as("every script carries the nonce")
                .isEqualTo(count(first.body(), "nonce=\"" + nonce + "\""));
    }

    @Test
    void hstsIsSentOnlyWhenTheRequestCameOverHttps() throws Exception {
        HttpResponse<String> response = get("/api/public/dcat/catalog.ttl", "X-Forwarded-Proto", "https");
        assertThat(response.headers().firstValue("Strict-Transport-Security"))
                .hasValueSatisfying(hsts -> assertThat(hsts).startsWith("max-age=31536000"));
    }

    private static long count(String text, String literal) {
        return Pattern.compile(Pattern.quote(literal)).matcher(text).results().count();
    }

    private static String nonce(HttpResponse<String> response) {
        Matcher matcher = NONCE.matcher(response.headers().firstValue("Content-Security-Policy").orElseThrow());
        assertThat(matcher.find()).isTrue();
        return matcher.group(1);
    }
}
