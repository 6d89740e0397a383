package nl.datawijzer.lineage.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import nl.datawijzer.privacy.SecurityHolderIsolation;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;

/** Impact analysis over real HTTP on the seed: JSON, CSV, bad input as problem JSON, and who may ask. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@DirtiesContext
@ExtendWith(SecurityHolderIsolation.class)
class ImpactApiIT {

    @LocalServerPort
    int port;

    private final HttpClient client = HttpClient.newHttpClient();

    private HttpResponse<byte[]> get(String path, @Nullable String user) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).GET();
        if (user != null) {
            request.header("Authorization", "Basic " + Base64.getEncoder()
                    .encodeToString((user + ":datawijzer").getBytes(StandardCharsets.UTF_8)));
        }
        return client.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    private static String text(HttpResponse<byte[]> response) {
        return new String(response.body(), StandardCharsets.UTF_8);
    }

    private static String node(String id) {
        return URLEncoder.encode(id, StandardCharsets.UTF_8);
    }

    @Test
    void staffGetWhatAChangeTouchesAsJsonWithDistancesPathsAndNorms() throws Exception {
        HttpResponse<byte[]> response = get("/api/lineage/impact?node=" + node("dataset/caseload-consulenten"),
                "medewerker");
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                t -> assertThat(t).startsWith("application/json"));
        String json = text(response);
        assertThat(json).contains("\"focus\":{\"id\":\"dataset/caseload-consulenten\",\"kind\":\"DATASET\"",
                "\"id\":\"kpi/caseload-jeugdconsulent\"", "\"norm\":\"maximaal 200 cliënten per jeugdconsulent\"",
                "\"path\":[\"dataset/caseload-consulenten\",\"kpi/caseload-jeugdconsulent\"]",
                "\"id\":\"need/n5eed00000001\"", "\"id\":\"job/etl-zrm-caseload\"", "\"depth\":null");

        String oneStep = text(get("/api/lineage/impact?depth=1&fields=true&node="
                + node("dataset/wmo-meldingen/field/datum-melding"), "analist"));
        assertThat(oneStep).contains("\"fields\":true", "\"depth\":1", "\"truncated\":true",
                "dataset/ggm-aanvraagwmojeugd/field/datummelding").doesNotContain("\"distance\":2");
    }

    @Test
    void theCsvOpensInDutchExcel() throws Exception {
        HttpResponse<byte[]> csv = get("/api/lineage/impact.csv?depth=2&node=" + node("dataset/casustoedeling"),
                "medewerker");
        assertThat(csv.statusCode()).isEqualTo(200);
        assertThat(csv.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("text/csv"));
        assertThat(csv.headers().firstValue("Content-Disposition")).hasValueSatisfying(
                d -> assertThat(d).contains("attachment", "impact-dataset-casustoedeling-"));
        assertThat(text(csv)).startsWith("\uFEFFRichting;Afstand;Soort;Naam;Id;Systeem;Persoonsgegevens;Norm;Pad\r\n")
                .contains("stroomafwaarts;1;Dataset;Caseload per consulent (feitentabel);dataset/caseload-consulenten;");
    }

    @Test
    void badInputIsProblemJsonAndAnonymousCallersAre401() throws Exception {
        HttpResponse<byte[]> unknown = get("/api/lineage/impact?node=" + node("dataset/bestaat-niet"), "medewerker");
        assertThat(unknown.statusCode()).isEqualTo(404);
        assertThat(text(unknown)).contains("dataset/bestaat-niet", "bestaat niet");
        HttpResponse<byte[]> depth = get("/api/lineage/impact?depth=0&node=" + node("dataset/casustoedeling"),
                "medewerker");
        assertThat(depth.statusCode()).isEqualTo(400);
        assertThat(text(depth)).contains("De diepte moet tussen 1 en 1000 liggen");
        assertThat(get("/api/lineage/impact.csv?depth=x&node=" + node("dataset/casustoedeling"), "medewerker")
                .statusCode()).isEqualTo(400);
        assertThat(get("/api/lineage/impact?node=" + node("dataset/casustoedeling"), null).statusCode()).isEqualTo(401);
        assertThat(get("/api/lineage/impact.csv?node=" + node("dataset/casustoedeling"), null).statusCode())
                .isEqualTo(401);
    }
}
