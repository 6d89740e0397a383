package nl.datawijzer.opendata.hosting;

import static nl.datawijzer.opendata.hosting.HostedFilesFixture.utf8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import nl.datawijzer.catalog.DatasetId;
import nl.datawijzer.privacy.SecurityHolderIsolation;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.authentication.TestingAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/**
 * Serving hosted files over real HTTP (Vaadin runs too and must not take the path): the public gets a file only when
 * its dataset is published; staff get every hosted file; everyone else gets 404, as for a file that does not exist.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@DirtiesContext
@ExtendWith(SecurityHolderIsolation.class)
class HostedFileControllerIT {

    private static final String PUBLISHED = "/open-data/bestanden/bevolking-per-wijk/csv/bevolking-per-wijk.csv";
    private static final String CLOSED = "/open-data/bestanden/zaken-sociaal-domein/intern-overzicht-csv/intern-overzicht.csv";
    private static final byte[] CLOSED_CSV = utf8("jaar,aantal\n2025,120\n");

    @LocalServerPort int port;
    @Autowired HostedFileService hosting;
    @Autowired WebApplicationContext context;
    @Autowired nl.datawijzer.opendata.internal.OpenDataView openDataView;
    /** The strategy this context's method security reads (Vaadin installs its own per context). */
    @Autowired SecurityContextHolderStrategy securityHolder;

    private final HttpClient http = HttpClient.newHttpClient();

    @BeforeEach
    void hostAFileOfAClosedDataset() {
        // bevolking-per-wijk is published by the seed (catalog-seed/catalog/publications.trig); a test class that shared
        // this context may have replaced the view with a fixture, so its entry is derived again.
        openDataView.put("bevolking-per-wijk");
        securityHolder.getContext().setAuthentication(
                new TestingAuthenticationToken("beheerder", "", "ROLE_MEDEWERKER", "ROLE_BEHEERDER"));
        try {
            hosting.upload(new DatasetId("zaken-sociaal-domein"), "Intern overzicht", "intern-overzicht.csv",
                    new ByteArrayInputStream(CLOSED_CSV), "http://publications.europa.eu/resource/authority/licence/CC0");
        } finally {
            securityHolder.clearContext();
        }
    }

    @Test
    void anyoneDownloadsTheFileOfAPublishedDatasetWithItsHeaders() throws Exception {
        byte[] extract = extract("bevolking-per-wijk");
        HostedFile file = hostedFile("bevolking-per-wijk", "csv");

        HttpResponse<byte[]> response = send("GET", PUBLISHED, null);

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).isEqualTo(extract);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("text/csv;charset=UTF-8");
        assertThat(response.headers().firstValue("Content-Length")).hasValue(Integer.toString(extract.length));
        assertThat(response.headers().firstValue("ETag")).hasValue("\"" + file.sha256() + "\"");
        assertThat(response.headers().firstValue("Content-Disposition")).hasValueSatisfying(d ->
                assertThat(d).startsWith("attachment").contains("filename=\"bevolking-per-wijk.csv\""));
        assertThat(response.headers().firstValue("Cache-Control")).hasValueSatisfying(c ->
                assertThat(c).contains("public").contains("max-age=3600"));
    }

    @Test
    void headGivesTheHeadersWithoutTheFileAndAKnownETagGivesNotModified() throws Exception {
        HttpResponse<byte[]> head = send("HEAD", PUBLISHED, null);
        assertThat(head.statusCode()).isEqualTo(200);
        assertThat(head.body()).isEmpty();
        assertThat(head.headers().firstValue("Content-Length"))
                .hasValue(Integer.toString(extract("bevolking-per-wijk").length));

        String etag = head.headers().firstValue("ETag").orElseThrow();
        HttpResponse<byte[]> again = send("GET", PUBLISHED, etag);
        assertThat(again.statusCode()).isEqualTo(304);
        assertThat(again.body()).isEmpty();
    }

    @Test
    void theFileOfAnUnpublishedDatasetIsNotFoundForTheAnonymousPublic() throws Exception {
        for (String path : List.of(CLOSED,
                "/open-data/bestanden/bevolking-per-wijk/csv/ander-bestand.csv",
                "/open-data/bestanden/bestaat-niet/csv/bestaat-niet.csv",
                "/open-data/bestanden/Bevolking/csv/bevolking-per-wijk.csv")) {
            HttpResponse<byte[]> response = send("GET", path, null);
            assertThat(response.statusCode()).as(path).isEqualTo(404);
            assertThat(new String(response.body(), java.nio.charset.StandardCharsets.UTF_8)).as(path)
                    .doesNotContain("120").doesNotContain("<html");
        }
        assertThat(send("HEAD", CLOSED, null).statusCode()).isEqualTo(404);
    }

    @Test
    void staffGetEveryHostedFileOthersWithoutTheStaffRoleDoNot() throws Exception {
        MockMvc mvc = MockMvcBuilders.webAppContextSetup(context).apply(springSecurity()).build();

        MvcResult staff = mvc.perform(get(CLOSED).with(user("medewerker").roles("MEDEWERKER"))).andReturn();
        assertThat(staff.getResponse().getStatus()).isEqualTo(200);
        assertThat(staff.getResponse().getContentAsByteArray()).isEqualTo(CLOSED_CSV);
        assertThat(staff.getResponse().getHeader("Cache-Control")).contains("private").contains("no-cache");

        MvcResult stranger = mvc.perform(get(CLOSED).with(user("iemand").roles("ONBEKEND"))).andReturn();
        assertThat(stranger.getResponse().getStatus()).isEqualTo(404);
        MvcResult anonymous = mvc.perform(get(CLOSED)).andReturn();
        assertThat(anonymous.getResponse().getStatus()).isEqualTo(404);
    }

    private HostedFile hostedFile(String dataset, String distribution) {
        securityHolder.getContext().setAuthentication(
                new TestingAuthenticationToken("medewerker", "", "ROLE_MEDEWERKER"));
        try {
            return hosting.list(new DatasetId(dataset)).stream()
                    .filter(f -> f.distributionSlug().equals(distribution)).findFirst().orElseThrow();
        } finally {
            securityHolder.clearContext();
        }
    }

    private HttpResponse<byte[]> send(String method, String path, String ifNoneMatch) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .method(method, HttpRequest.BodyPublishers.noBody());
        if (ifNoneMatch != null) {
            request.header("If-None-Match", ifNoneMatch);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    private static byte[] extract(String slug) throws IOException {
        try (InputStream in = HostedFileControllerIT.class.getClassLoader()
                .getResourceAsStream("catalog-seed/extracts/" + slug + ".csv")) {
            return in.readAllBytes();
        }
    }

}
