package nl.datawijzer.search.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/** The search API over HTTP: JSON hits and facets for staff, the public search for everyone, problem JSON for bad input. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "datawijzer.seed.location=classpath*:fixtures/catalog/*.trig")
class SearchApiIT {

    @LocalServerPort
    int port;

    @Test
    void staffGetHitsAndFacetsForBsnAsJson() throws Exception {
        HttpResponse<String> response = get("/api/v1/search?q=bsn", "medewerker");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/json"));
        JsonNode result = json(response);
        assertThat(result.get("total").asLong()).isPositive();
        JsonNode first = result.get("hits").get(0);
        assertThat(first.get("title").asString()).isNotBlank();
        assertThat(first.get("kind").asString()).isIn("SYSTEM", "DATASET", "FIELD", "CONCEPT", "AGENT");
        assertThat(first.get("snippet").isArray()).isTrue();
        List<String> kinds = new ArrayList<>();
        result.get("facets").get("soort").forEach(value -> kinds.add(value.get("value").asString()));
        assertThat(kinds).contains("Veld");
    }

    @Test
    void facetParametersNarrowTheHits() throws Exception {
        JsonNode all = json(get("/api/v1/search?q=bsn", "analist"));
        JsonNode fields = json(get("/api/v1/search?q=bsn&soort=Veld&limit=100", "analist"));

        assertThat(fields.get("total").asLong()).isPositive().isLessThan(all.get("total").asLong());
        fields.get("hits").forEach(hit -> assertThat(hit.get("kind").asString()).isEqualTo("FIELD"));
    }

    @Test
    void anonymousCallersGet401OnTheStaffSearchAnd200OnThePublicOne() throws Exception {
        HttpResponse<String> staff = get("/api/v1/search?q=bsn", null);
        assertThat(staff.statusCode()).isEqualTo(401);
        assertThat(json(staff).get("title").asString()).isEqualTo("Niet aangemeld");

        HttpResponse<String> open = get("/api/public/search?q=bsn", null);
        assertThat(open.statusCode()).isEqualTo(200);
        JsonNode result = json(open);
        // Only published open data: the closed fixture datasets with a bsn never show up.
        assertThat(result.get("total").asLong()).isZero();
        result.get("facets").properties().forEach(facet -> assertThat(facet.getKey()).isIn("soort", "thema"));
        assertThat(get("/api/public/search?soort=Dataset&thema=Gezondheid&offset=0&limit=5", null).statusCode())
                .isEqualTo(200);
    }

    @Test
    void badInputIsRefusedWith400ProblemJsonInDutch() throws Exception {
        String tooLong = URLEncoder.encode("x".repeat(1001), StandardCharsets.UTF_8);
        List<String[]> cases = List.of(
                new String[] {"/api/v1/search?q=bsn&kleur=rood", "Onbekend filter 'kleur'"},
                new String[] {"/api/v1/search?limit=0", "limit moet tussen 1 en 100 liggen"},
                new String[] {"/api/v1/search?limit=101", "limit moet tussen 1 en 100 liggen"},
                new String[] {"/api/v1/search?limit=abc", "Parameter 'limit' heeft een ongeldige waarde"},
                new String[] {"/api/v1/search?offset=-1", "offset moet tussen 0 en 10000 liggen"},
                new String[] {"/api/v1/search?offset=10001", "offset moet tussen 0 en 10000 liggen"},
                new String[] {"/api/v1/search?q=" + tooLong, "De zoekvraag is te lang"},
                new String[] {"/api/public/search?q=wmo&systeem=Suite4Sociaal", "niet beschikbaar in de openbare zoekfunctie"},
                new String[] {"/api/public/search?eigenaar=x", "niet beschikbaar in de openbare zoekfunctie"},
                new String[] {"/api/public/search?persoonsgegevens=x", "niet beschikbaar in de openbare zoekfunctie"},
                new String[] {"/api/public/search?limit=500", "limit moet tussen 1 en 100 liggen"},
                new String[] {"/api/public/search?q=" + tooLong, "De zoekvraag is te lang"});
        for (String[] c : cases) {
            HttpResponse<String> response = get(c[0], c[0].startsWith("/api/v1") ? "medewerker" : null);
            String what = c[0].length() > 80 ? c[0].substring(0, 80) : c[0];
            assertThat(response.statusCode()).as(what).isEqualTo(400);
            assertThat(response.headers().firstValue("Content-Type")).as(what).hasValueSatisfying(
                    type -> assertThat(type).startsWith("application/problem+json"));
            JsonNode problem = json(response);
            assertThat(problem.get("status").asInt()).isEqualTo(400);
            assertThat(problem.get("title").asString()).isEqualTo("Ongeldige aanvraag");
            assertThat(problem.get("detail").asString()).as(what).contains(c[1]);
        }
    }

    @Test
    void openApiDescribesBothSearchesAndThePublicOneNeedsNoSignIn() throws Exception {
        JsonNode paths = json(get("/api/openapi", null)).get("paths");

        JsonNode staff = paths.get("/api/v1/search").get("get");
        List<String> parameters = new ArrayList<>();
        staff.get("parameters").forEach(p -> parameters.add(p.get("name").asString()));
        assertThat(parameters).containsExactlyInAnyOrder("q", "offset", "limit", "soort", "systeem", "thema", "eigenaar",
                "vertrouwelijkheid", "persoonsgegevens");
        JsonNode open = paths.get("/api/public/search").get("get");
        assertThat(open.get("security")).isEmpty();
    }

    private HttpResponse<String> get(String path, @Nullable String user) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).GET();
        if (user != null) {
            request.header("Authorization", "Basic " + Base64.getEncoder().encodeToString(
                    (user + ":datawijzer").getBytes(StandardCharsets.UTF_8)));
        }
        return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static JsonNode json(HttpResponse<String> response) {
        return new ObjectMapper().readTree(response.body());
    }
}
