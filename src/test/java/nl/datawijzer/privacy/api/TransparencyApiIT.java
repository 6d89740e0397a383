package nl.datawijzer.privacy.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import nl.datawijzer.privacy.TransparencyApplication;
import nl.datawijzer.privacy.TransparencyFixture;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * "Waar ben ik bekend?" over real HTTP, not signed in: the JSON of a generated catalog plus the register fixture never
 * holds a field's text, and neither the JSON nor the page asks anyone to sign in.
 */
class TransparencyApiIT extends TransparencyApplication {

    @LocalServerPort
    int port;

    private final HttpClient client = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    @Test
    void givesEveryoneTheSystemsWithTheirKindsOfDataAndNeverAFieldText() throws Exception {
        HttpResponse<String> response = get("/api/public/transparency", "nl");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type").orElse("")).startsWith("application/json");
        assertThat(response.body()).doesNotContain(TransparencyFixture.MARK).doesNotContain("Personeelsdossier")
                .doesNotContain("keukentafelgesprek").doesNotContain("DPIA-2024-007");
        JsonNode overview = new ObjectMapper().readTree(response.body());
        assertThat(overview.get("systems").size()).isGreaterThan(8);
        JsonNode zorgportaal = system(overview, "zorgportaal-wmo-test");
        assertThat(zorgportaal.get("name").asString()).isEqualTo("Zorgportaal Wmo");
        assertThat(zorgportaal.get("registered").asBoolean()).isTrue();
        assertThat(zorgportaal.get("categories").get(0).get("code").asString()).isEqualTo("gezondheid");
        assertThat(zorgportaal.get("categories").get(0).get("special").asBoolean()).isTrue();
        assertThat(zorgportaal.get("processing").get(0).get("retention").asString())
                .isEqualTo("15 jaar na het einde van de voorziening (Archiefwet)");
        assertThat(system(overview, "heffingen-test").get("registered").asBoolean()).isFalse();
        assertThat(overview.get("inspection").get("url").asString()).isEqualTo("https://www.huizen.nl/privacy");
        assertThat(overview.get("inspection").get("email").asString()).isEqualTo("gemeente@huizen.nl");
    }

    @Test
    void answersInEnglishWhenAskedFor() throws Exception {
        HttpResponse<String> response = get("/api/public/transparency", "en");

        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode zorgportaal = system(new ObjectMapper().readTree(response.body()), "zorgportaal-wmo-test");
        assertThat(zorgportaal.get("name").asString()).isEqualTo("Care portal Wmo");
        assertThat(zorgportaal.get("categories").get(0).get("label").asString()).isEqualTo("Health data");
        assertThat(response.body()).doesNotContain(TransparencyFixture.MARK);
    }

    @Test
    void refusesAParameterItDoesNotTakeWithADutchExplanation() throws Exception {
        HttpResponse<String> response = get("/api/public/transparency?soort=gezondheid", "nl");

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
        assertThat(new ObjectMapper().readTree(response.body()).get("detail").asString())
                .contains("geen parameters", "soort");
    }

    @Test
    void thePageOpensWithoutSigningInWhereTheCatalogAsksForIt() throws Exception {
        HttpResponse<String> page = get("/waar-ben-ik-bekend", "nl");
        HttpResponse<String> catalog = get("/systemen", "nl");

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).doesNotContain(TransparencyFixture.MARK);
        assertThat(catalog.statusCode()).as("the staff catalog, for contrast").isEqualTo(302);
        assertThat(catalog.headers().firstValue("Location").orElse("")).endsWith("/login");
    }

    private HttpResponse<String> get(String path, String language) throws Exception {
        return client.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Accept-Language", language).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    private static JsonNode system(JsonNode overview, String id) {
        List<JsonNode> found = new ArrayList<>();
        overview.get("systems").forEach(s -> {
            if (s.get("id").asString().equals(id)) {
                found.add(s);
            }
        });
        assertThat(found).as(id).hasSize(1);
        return found.getFirst();
    }
}
