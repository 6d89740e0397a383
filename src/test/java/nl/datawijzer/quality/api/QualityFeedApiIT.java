package nl.datawijzer.quality.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import nl.datawijzer.catalog.DatasetId;
import nl.datawijzer.privacy.SecurityHolderIsolation;
import nl.datawijzer.quality.QualityFeedFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;

/** The dashboard feeds over HTTP: staff only, JSON and Dutch CSV, problem JSON for a bad moment or unknown dataset. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(QualityFeedFixture.Configuration.class)
@ExtendWith(SecurityHolderIsolation.class)
class QualityFeedApiIT {

    static final DatasetId POPULATION = new DatasetId("bevolking-per-wijk");

    @LocalServerPort int port;
    @Autowired QualityFeedFixture fixture;

    private final HttpClient client = HttpClient.newHttpClient();

    @BeforeEach
    void scored() {
        fixture.scoreOnce(POPULATION);
    }

    private HttpResponse<String> get(String path, String account) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).GET();
        if (account != null) {
            request.header("Authorization", "Basic " + Base64.getEncoder()
                    .encodeToString((account + ":datawijzer").getBytes(StandardCharsets.UTF_8)));
        }
        return client.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    @Test
    void scoresAsJsonAndAsDutchCsv() throws Exception {
        HttpResponse<String> json = get("/api/v1/quality/scores.json", "medewerker");
        assertThat(json.statusCode()).isEqualTo(200);
        assertThat(json.body()).contains("\"dataset\":\"bevolking-per-wijk\"").contains("\"grade\":")
                .contains("\"explanation\":").contains("\"metadata\":");

        HttpResponse<String> csv = get("/api/v1/quality/scores.csv", "medewerker");
        assertThat(csv.statusCode()).isEqualTo(200);
        assertThat(csv.headers().firstValue("Content-Type").orElse("")).startsWith("text/csv");
        assertThat(csv.body()).startsWith("\uFEFFdataset;titel;systeem;score;letter;datakwaliteit;metadata;actualiteit;"
                + "uitleg;berekend\r\n").contains("\r\nbevolking-per-wijk;");
    }

    @Test
    void measurementsOfOneDatasetSinceAMoment() throws Exception {
        HttpResponse<String> json = get("/api/v1/quality/measurements.json?dataset=bevolking-per-wijk&since=2020-01-01",
                "analist");
        assertThat(json.statusCode()).isEqualTo(200);
        assertThat(json.body()).contains("\"metric\":\"completeness\"").contains("\"field\":\"wijkcode\"")
                .contains("\"metric\":\"reliabilityScore\"").doesNotContain("\"dataset\":\"wmo-clienten-per-wijk\"");

        HttpResponse<String> future = get("/api/v1/quality/measurements.json?since=2999-01-01T00:00:00Z", "medewerker");
        assertThat(future.body()).isEqualTo("[]");

        HttpResponse<String> csv = get("/api/v1/quality/measurements.csv?dataset=bevolking-per-wijk", "medewerker");
        assertThat(csv.body()).startsWith("\uFEFFrun;dataset;veld;maat;waarde;gecontroleerd;afgekeurd;tijd\r\n")
                .contains(";bevolking-per-wijk;wijkcode;completeness;100,00;10;0;");
    }

    @Test
    void aBadMomentOrAnUnknownDatasetIsAProblem() throws Exception {
        HttpResponse<String> bad = get("/api/v1/quality/measurements.json?since=gisteren", "medewerker");
        assertThat(bad.statusCode()).isEqualTo(400);
        assertThat(bad.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
        assertThat(bad.body()).contains("since").contains("gisteren");

        HttpResponse<String> unknown = get("/api/v1/quality/measurements.csv?dataset=bestaat-niet", "medewerker");
        assertThat(unknown.statusCode()).isEqualTo(404);
        assertThat(unknown.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
    }

    @Test
    void onlyStaffReadTheFeeds() throws Exception {
        assertThat(get("/api/v1/quality/scores.json", null).statusCode()).isEqualTo(401);
        assertThat(get("/api/v1/quality/measurements.csv", null).statusCode()).isEqualTo(401);
    }
}
