package nl.datawijzer.catalog.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/** The REST API over HTTP: JSON for good requests, RFC 9457 problem JSON with a Dutch detail for bad ones. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "datawijzer.seed.location=classpath*:fixtures/catalog/*.trig")
class CatalogApiIT {

    @LocalServerPort
    int port;

    @Test
    void listsDatasetsPagedAndSortedAsJson() throws Exception {
        HttpResponse<String> response = get("/api/datasets?limit=2&sort=title&direction=desc", "medewerker");
        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode page = json(response);
        assertThat(page.get("total").asInt()).isEqualTo(3);
        assertThat(page.get("items")).hasSize(2);
        assertThat(page.get("items").get(0).get("title").asString()).isEqualTo("Wmo-maatwerkvoorzieningen");
        assertThat(page.get("items").get(0).get("id").asString()).isEqualTo("wmo-voorzieningen");
    }

    @Test
    void datasetDetailAndFieldsAreServed() throws Exception {
        assertThat(json(get("/api/datasets/wmo-kubus", "analist")).get("lineage").get("derivedFrom").get(0)
                .get("label").asString()).isEqualTo("Wmo-maatwerkvoorzieningen");
        JsonNode fields = json(get("/api/datasets/wmo-voorzieningen/fields", "fg"));
        assertThat(fields.get("items").get(0).get("technicalName").asString()).isEqualTo("bsn");
        assertThat(json(get("/api/glossary?q=mwv", "admin")).get("total").asInt()).isEqualTo(1);
        assertThat(json(get("/api/systems/warehouse", "beheerder")).get("title").asString()).isEqualTo("Datawarehouse");
    }

    @Test
    void labelsFollowAcceptLanguage() throws Exception {
        HttpRequest english = request("/api/systems/warehouse", "medewerker").header("Accept-Language", "en").build();
        HttpResponse<String> response = HttpClient.newHttpClient().send(english, HttpResponse.BodyHandlers.ofString());
        assertThat(json(response).get("kind").get("label").asString()).isEqualTo("Data warehouse");
        assertThat(json(get("/api/systems/warehouse", "medewerker")).get("kind").get("label").asString())
                .isEqualTo("Datawarehouse");
    }

    @Test
    void badPagingAndSortingAreRefusedWith400ProblemJson() throws Exception {
        for (String query : new String[] {"limit=0", "limit=501", "offset=-1", "limit=abc", "sort=wachtwoord",
                "direction=omhoog", "system=Geen%20Slug"}) {
            HttpResponse<String> response = get("/api/datasets?" + query, "medewerker");
            assertThat(response.statusCode()).as(query).isEqualTo(400);
            assertThat(response.headers().firstValue("Content-Type")).as(query).hasValueSatisfying(
                    type -> assertThat(type).startsWith("application/problem+json"));
            JsonNode problem = json(response);
            assertThat(problem.get("status").asInt()).isEqualTo(400);
            assertThat(problem.get("title").asString()).isEqualTo("Ongeldige aanvraag");
            assertThat(problem.get("detail").asString()).as(query).isNotBlank();
        }
    }

    @Test
    void unknownIdsGive404ProblemJson() throws Exception {
        for (String path : new String[] {"/api/datasets/bestaat-niet", "/api/systems/bestaat-niet",
                "/api/glossary/bestaat-niet", "/api/datasets/bestaat-niet/fields", "/api/datasets/Geen_Slug"}) {
            HttpResponse<String> response = get(path, "medewerker");
            assertThat(response.statusCode()).as(path).isEqualTo(404);
            assertThat(json(response).get("title").asString()).isEqualTo("Niet gevonden");
        }
    }

    @Test
    void anonymousCallsGet401ProblemJsonAndWrongPasswordsToo() throws Exception {
        HttpResponse<String> anonymous = HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(URI.create(url("/api/datasets"))).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(anonymous.statusCode()).isEqualTo(401);
        assertThat(json(anonymous).get("title").asString()).isEqualTo("Niet aangemeld");

        HttpRequest wrong = HttpRequest.newBuilder(URI.create(url("/api/datasets")))
                .header("Authorization", basic("medewerker", "fout")).build();
        assertThat(HttpClient.newHttpClient().send(wrong, HttpResponse.BodyHandlers.ofString()).statusCode()).isEqualTo(401);
    }

    @Test
    void openApiDescribesTheCatalogApi() throws Exception {
        HttpResponse<String> response = HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(URI.create(url("/api/openapi"))).build(), HttpResponse.BodyHandlers.ofString());
        JsonNode openapi = json(response);
        assertThat(openapi.get("info").get("title").asString()).isEqualTo("Datawijzer API");
        assertThat(openapi.get("paths").has("/api/datasets/{slug}/fields")).isTrue();
    }

    private HttpResponse<String> get(String path, String user) throws Exception {
        return HttpClient.newHttpClient().send(request(path, user).build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpRequest.Builder request(String path, String user) {
        return HttpRequest.newBuilder(URI.create(url(path))).header("Authorization", basic(user, "datawijzer"));
    }

    private static String basic(String user, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }

    private static JsonNode json(HttpResponse<String> response) {
        return new ObjectMapper().readTree(response.body());
    }
}
