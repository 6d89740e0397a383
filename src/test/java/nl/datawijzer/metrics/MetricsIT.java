package nl.datawijzer.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.datawijzer.privacy.SecurityHolderIsolation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Scraping {@code /actuator/prometheus} on the seed: request timings with histogram buckets, and the catalog gauges with
 * the seed's own counts (worked out here from the seed files); only the token or an ADMIN gets in.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "datawijzer.metrics.token=" + MetricsIT.TOKEN,
        "datawijzer.metrics.refresh-interval=1s"})
@ExtendWith(SecurityHolderIsolation.class)
class MetricsIT {

    static final String TOKEN = "k3Xq-scrape-9fZ2-for-tests";

    @LocalServerPort
    int port;

    private final HttpClient client = HttpClient.newHttpClient();

    private HttpResponse<String> scrape(String authorization) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/actuator/prometheus"))
                .GET();
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String basic(String account) {
        return "Basic " + Base64.getEncoder().encodeToString((account + ":datawijzer")
                .getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void aScraperWithTheTokenSeesRequestTimingsAndTheSeedsCatalogCounts() throws Exception {
        client.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/public/dcat/catalog.ttl"))
                .GET().build(), HttpResponse.BodyHandlers.discarding());
        Map<String, Long> expected = SeedCounts.fromSeedFiles();
        assertThat(expected.get("datawijzer_catalog_systems")).as("the seed is read").isPositive();

        Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
        Map<String, Long> scraped;
        HttpResponse<String> response;
        do {
            response = scrape("Bearer " + TOKEN);
            assertThat(response.statusCode()).isEqualTo(200);
            scraped = gauges(response.body(), expected);
            if (!scraped.equals(expected)) {
                Thread.sleep(500);
            }
        } while (!scraped.equals(expected) && Instant.now().isBefore(deadline));
        assertThat(scraped).isEqualTo(expected);

        String body = response.body();
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).contains("text/plain"));
        assertThat(body).contains("http_server_requests_seconds_count{");
        assertThat(body).as("histogram buckets, for p99 in Prometheus")
                .containsPattern("http_server_requests_seconds_bucket\\{[^}]*uri=\"/api/public/dcat/catalog.ttl\"");
        assertThat(gauge(body, "datawijzer_store_revision")).isPositive();
    }

    @Test
    void withoutTheTokenOrAnAdminTheEndpointAnswers401() throws Exception {
        assertThat(scrape(null).statusCode()).isEqualTo(401);
        HttpResponse<String> wrong = scrape("Bearer " + TOKEN + "x");
        assertThat(wrong.statusCode()).isEqualTo(401);
        assertThat(wrong.headers().firstValue("WWW-Authenticate")).hasValueSatisfying(v -> assertThat(v).startsWith("Bearer"));
        assertThat(wrong.body()).contains("\"status\":401").doesNotContain("http_server_requests");
        assertThat(scrape(basic("medewerker")).statusCode()).isEqualTo(401);
        assertThat(scrape(basic("fg")).statusCode()).isEqualTo(401);
        assertThat(scrape(basic("admin")).statusCode()).as("an application manager may look").isEqualTo(200);
    }

    private static Map<String, Long> gauges(String body, Map<String, Long> wanted) {
        Map<String, Long> found = new LinkedHashMap<>();
        for (String name : wanted.keySet()) {
            found.put(name, gauge(body, name));
        }
        return found;
    }

    private static long gauge(String body, String name) {
        Matcher matcher = Pattern.compile("(?m)^" + name + "(?:\\{[^}]*})? ([0-9.eE+-]+)$").matcher(body);
        return matcher.find() ? (long) Double.parseDouble(matcher.group(1)) : -1;
    }
}
