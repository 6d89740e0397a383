package nl.datawijzer.privacy.api;

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

/** The FG downloads the register over REST; other roles get 403 problem JSON and nothing of the register. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class RegisterApiIT {

    @LocalServerPort
    int port;

    @Test
    void theFgGetsTheRegisterAsCsvAndXlsx() throws Exception {
        HttpResponse<byte[]> csv = get("/api/privacy/register.csv", "fg");
        assertThat(csv.statusCode()).isEqualTo(200);
        assertThat(csv.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("text/csv"));
        assertThat(csv.headers().firstValue("Content-Disposition")).hasValueSatisfying(d ->
                assertThat(d).contains("attachment").contains("verwerkingsregister-").contains(".csv"));
        String text = new String(csv.body(), StandardCharsets.UTF_8);
        assertThat(text).startsWith("\uFEFFId;Naam;").contains("Wmo-maatwerkvoorzieningen");

        HttpResponse<byte[]> xlsx = get("/api/privacy/register.xlsx", "fg");
        assertThat(xlsx.statusCode()).isEqualTo(200);
        assertThat(xlsx.body()).startsWith('P', 'K', 3, 4);
    }

    @Test
    void otherRolesGetProblemJsonAndAnonymousCallersMustSignIn() throws Exception {
        for (String user : new String[] {"medewerker", "beheerder", "admin"}) {
            HttpResponse<byte[]> denied = get("/api/privacy/register.csv", user);
            assertThat(denied.statusCode()).as(user).isEqualTo(403);
            assertThat(denied.headers().firstValue("Content-Type")).hasValueSatisfying(t ->
                    assertThat(t).startsWith("application/problem+json"));
            assertThat(new String(denied.body(), StandardCharsets.UTF_8)).contains("Geen toegang")
                    .doesNotContain("Wmo-maatwerkvoorzieningen");
        }
        HttpResponse<byte[]> anonymous = HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/privacy/register.xlsx")).build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertThat(anonymous.statusCode()).isEqualTo(401);
    }

    private HttpResponse<byte[]> get(String path, String user) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString(
                        (user + ":datawijzer").getBytes(StandardCharsets.UTF_8))).build(),
                HttpResponse.BodyHandlers.ofByteArray());
    }
}
