package nl.datawijzer.ratelimit;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import nl.datawijzer.privacy.SecurityHolderIsolation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The limit over HTTP, with a low limit and the test itself as the trusted proxy, so each test speaks for clients of
 * its own through {@code X-Forwarded-For}.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "datawijzer.ratelimit.enabled=true",
        "datawijzer.ratelimit.requests-per-second=0.1",
        "datawijzer.ratelimit.burst=3",
        "datawijzer.ratelimit.trusted-proxies=127.0.0.1"})
@ExtendWith(SecurityHolderIsolation.class)
class RateLimitIT {

    @LocalServerPort
    int port;

    private final HttpClient client = HttpClient.newHttpClient();

    private HttpResponse<String> get(String path, String client) throws Exception {
        return this.client.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .header("X-Forwarded-For", client).header("Accept-Language", "nl").GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void aClientOverItsLimitGets429WithRetryAfterAndAProblemWhileAnotherClientIsServed() throws Exception {
        for (int i = 0; i < 3; i++) {
            assertThat(get("/api/public/dcat/catalog.ttl", "203.0.113.7").statusCode()).as("request %d", i + 1)
                    .isEqualTo(200);
        }
        HttpResponse<String> refused = get("/api/3/action/package_list", "203.0.113.7");
        assertThat(refused.statusCode()).isEqualTo(429);
        // a tenth of a token per second: the next one is up to ten seconds away, less the time the three took
        long retryAfter = Long.parseLong(refused.headers().firstValue("Retry-After").orElseThrow());
        assertThat(retryAfter).isBetween(1L, 10L);
        assertThat(refused.headers().firstValue("Content-Type")).hasValueSatisfying(type ->
                assertThat(type).startsWith("application/problem+json"));
        assertThat(refused.headers().firstValue("X-Content-Type-Options")).as("security headers on a 429 too")
                .hasValue("nosniff");
        assertThat(refused.body()).contains("\"status\":429", "Te veel verzoeken", "Too Many Requests",
                "Probeer het over " + retryAfter + " seconden opnieuw", "Try again in " + retryAfter + " seconds",
                "\"retryAfterSeconds\":" + retryAfter);

        assertThat(get("/api/3/action/package_list", "198.51.100.20").statusCode())
                .as("another client is unaffected").isEqualTo(200);
    }

    @Test
    void filesAndPublicSparqlCountAgainstTheSameLimitButSignedInPagesDoNot() throws Exception {
        String visitor = "203.0.113.99";
        get("/api/public/sparql?query=ASK%7B%7D", visitor);
        get("/open-data/bestanden/wmo-clienten-per-wijk/csv/wmo-clienten-per-wijk.csv", visitor);
        get("/api/public/search?q=wijk", visitor);
        assertThat(get("/api/public/sparql?query=ASK%7B%7D", visitor).statusCode()).isEqualTo(429);
        assertThat(get("/open-data/bestanden/wmo-clienten-per-wijk/csv/wmo-clienten-per-wijk.csv", visitor)
                .statusCode()).isEqualTo(429);
        for (int i = 0; i < 5; i++) {
            assertThat(get("/login", visitor).statusCode()).as("the portal's pages are not limited").isEqualTo(200);
            assertThat(get("/api/v1/lineage", visitor).statusCode()).as("nor is the token-only intake")
                    .isNotEqualTo(429);
        }
    }
}
