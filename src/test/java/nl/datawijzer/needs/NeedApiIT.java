package nl.datawijzer.needs;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import nl.datawijzer.privacy.SecurityHolderIsolation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;

/** The read-only REST API of information needs over real HTTP, on the untouched seed (five needs). */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@DirtiesContext
@ExtendWith(SecurityHolderIsolation.class)
class NeedApiIT {

    @LocalServerPort
    int port;

    private final HttpClient client = HttpClient.newHttpClient();

    private HttpResponse<byte[]> get(String path, String user) throws Exception {
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

    @Test
    void staffListTheBoardFilteredAndPaged() throws Exception {
        HttpResponse<byte[]> all = get("/api/needs", "medewerker");
        assertThat(all.statusCode()).isEqualTo(200);
        assertThat(all.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("application/json"));
        assertThat(text(all)).contains("\"total\":5", "n5eed00000001", "n5eed00000005", "\"code\":\"analyseren\"");

        String bron = text(get("/api/needs?step=bron&level=tactisch&type=standaarddashboard&assignee=analist", "analist"));
        assertThat(bron).contains("\"total\":1", "n5eed00000002").doesNotContain("n5eed00000001");

        String wmo = text(get("/api/needs?domain=wmo", "medewerker"));
        assertThat(wmo).contains("\"total\":1", "n5eed00000002");
        String open = text(get("/api/needs?open=true&level=tactisch", "medewerker"));
        assertThat(open).contains("\"total\":2", "n5eed00000002", "n5eed00000003").doesNotContain("n5eed00000005");

        String page = text(get("/api/needs?offset=1&limit=2", "fg"));
        assertThat(page).contains("\"total\":5");
        assertThat(page.split("\"question\"", -1)).hasSize(3);
    }

    @Test
    void oneNeedComesWithItsHistory() throws Exception {
        HttpResponse<byte[]> need = get("/api/needs/n5eed00000004", "medewerker");
        assertThat(need.statusCode()).isEqualTo(200);
        assertThat(text(need)).contains("\"step\":{\"code\":\"terugkoppeling\"", "\"history\":[",
                "\"code\":\"ingediend\"", "uitgaven-versus-begroting", "Graag ook de jeugdhulp apart tonen.");
    }

    @Test
    void badParametersAndUnknownNeedsAnswerProblemJsonAndAnonymousCallersAre401() throws Exception {
        HttpResponse<byte[]> badStep = get("/api/needs?step=klaar", "medewerker");
        assertThat(badStep.statusCode()).isEqualTo(400);
        assertThat(text(badStep)).contains("Onbekende waarde 'klaar' voor step; kies uit concept, behoefte");
        assertThat(get("/api/needs?limit=0", "medewerker").statusCode()).isEqualTo(400);
        HttpResponse<byte[]> badDomain = get("/api/needs.csv?domain=zorg", "medewerker");
        assertThat(badDomain.statusCode()).isEqualTo(400);
        assertThat(text(badDomain)).contains("Onbekende waarde 'zorg' voor domain; kies uit wmo, jeugd");
        assertThat(get("/api/needs/n000000000000", "medewerker").statusCode()).isEqualTo(404);
        assertThat(get("/api/needs/geen-nummer", "medewerker").statusCode()).isEqualTo(400);
        assertThat(get("/api/needs", null).statusCode()).isEqualTo(401);
        assertThat(get("/api/needs/n5eed00000004", null).statusCode()).isEqualTo(401);
        assertThat(get("/api/needs.csv", null).statusCode()).isEqualTo(401);
    }

    @Test
    void theCsvIsForDutchExcelWithBomAndSemicolons() throws Exception {
        HttpResponse<byte[]> csv = get("/api/needs.csv?step=gesloten", "medewerker");
        assertThat(csv.statusCode()).isEqualTo(200);
        assertThat(csv.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("text/csv"));
        assertThat(csv.headers().firstValue("Content-Disposition"))
                .hasValueSatisfying(d -> assertThat(d).contains("attachment", "informatiebehoeften-"));
        assertThat(csv.body()).startsWith((byte) 0xEF, (byte) 0xBB, (byte) 0xBF);
        String[] lines = text(csv).substring(1).split("\r\n");
        assertThat(lines).hasSize(2);
        assertThat(lines[0]).startsWith("Nummer;Vraag;Stap;Soort;Domein;Sturingsniveau;Indiener;Behandelaar");
        assertThat(lines[1]).startsWith("n5eed00000005;Hoeveel mensen stroomden in 2025 uit de bijstand")
                .contains(";Gesloten;Ad hoc;Participatie;Tactisch;medewerker;analist;2026-03-01;Eenmalig;");

        String[] openParticipation = text(get("/api/needs.csv?domain=participatie&open=true", "medewerker"))
                .substring(1).split("\r\n");
        assertThat(openParticipation).hasSize(1);
        String[] participation = text(get("/api/needs.csv?domain=participatie", "medewerker")).substring(1).split("\r\n");
        assertThat(participation).hasSize(2);
    }
}
