package nl.datawijzer.opendata.export.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import nl.datawijzer.opendata.export.DcatApNlValidation;
import nl.datawijzer.privacy.SecurityHolderIsolation;
import nl.datawijzer.rdf.Iris;
import nl.datawijzer.rdf.PublicRdfStore;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.shacl.validation.ReportEntry;
import org.apache.jena.sparql.graph.GraphFactory;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.ObjectMapper;

/** The DCAT-AP-NL exports over real HTTP, not signed in, over the open-data view of the test fixture. */
@ExtendWith(SecurityHolderIsolation.class)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class DcatApiIT {

    private static final Map<String, Lang> FORMATS = Map.of("ttl", Lang.TURTLE, "jsonld", Lang.JSONLD11, "rdf", Lang.RDFXML);
    private static final Map<String, String> MEDIA = Map.of("ttl", "text/turtle", "jsonld", "application/ld+json",
            "rdf", "application/rdf+xml");
    private static final String DCAT = "/api/public/dcat";

    @LocalServerPort
    int port;

    @Autowired
    PublicRdfStore store;

    @Autowired
    Iris iris;

    private final HttpClient client = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    @BeforeEach
    void publishTheFixture() {
        Graph view = GraphFactory.createDefaultGraph();
        RDFParser.source(getClass().getClassLoader().getResourceAsStream("opendata/open-data-view.ttl"))
                .base(iris.base()).lang(Lang.TURTLE).parse(view);
        store.write(w -> {
            w.replaceGraph(NodeFactory.createURI(iris.recordGraphPrefix() + "opendata"), view);
            return null;
        });
    }

    @Test
    void servesTheWholeCatalogInEachFormatThatParsesAndConformsToDcatApNl() throws Exception {
        for (var format : FORMATS.entrySet()) {
            HttpResponse<byte[]> response = get(DCAT + "/catalog." + format.getKey(), null);

            assertThat(response.statusCode()).as(format.getKey()).isEqualTo(200);
            assertThat(response.headers().firstValue("Content-Type").orElse(""))
                    .isEqualToIgnoringCase(MEDIA.get(format.getKey()) + ";charset=UTF-8");
            assertThat(response.headers().firstValue("Content-Disposition").orElse(""))
                    .startsWith("inline").contains("catalog." + format.getKey());
            assertThat(response.headers().firstValue("ETag")).isPresent();
            Graph export = parse(response.body(), format.getValue());
            assertThat(datasets(export)).as(format.getKey()).isEqualTo(3);
            List<ReportEntry> violations = DcatApNlValidation.violations(DcatApNlValidation.validate(export), export);
            assertThat(violations).as(format.getKey() + DcatApNlValidation.describe(violations)).isEmpty();
        }
    }

    @Test
    void answersNotModifiedWhenTheViewHasNotChanged() throws Exception {
        HttpResponse<byte[]> first = get(DCAT + "/catalog.ttl", null);
        String etag = first.headers().firstValue("ETag").orElseThrow();

        HttpResponse<byte[]> again = client.send(HttpRequest.newBuilder(uri(DCAT + "/catalog.ttl"))
                .header("If-None-Match", etag).GET().build(), HttpResponse.BodyHandlers.ofByteArray());

        assertThat(again.statusCode()).isEqualTo(304);
        publishTheFixture();
        HttpResponse<byte[]> changed = client.send(HttpRequest.newBuilder(uri(DCAT + "/catalog.ttl"))
                .header("If-None-Match", etag).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
        assertThat(changed.statusCode()).as("a write to the view changes the ETag").isEqualTo(200);
    }

    @Test
    void servesTheChangedViewAfterAWriteAndNotAnEarlierExport() throws Exception {
        assertThat(datasets(parse(get(DCAT + "/catalog.ttl", null).body(), Lang.TURTLE))).isEqualTo(3);
        assertThat(get(DCAT + "/datasets/begraafplaatsen.ttl", null).statusCode()).isEqualTo(200);

        store.write(w -> {
            w.replaceGraph(NodeFactory.createURI(iris.recordGraphPrefix() + "opendata"), GraphFactory.createDefaultGraph());
            return null;
        });

        assertThat(datasets(parse(get(DCAT + "/catalog.ttl", null).body(), Lang.TURTLE))).isZero();
        assertThat(get(DCAT + "/datasets/begraafplaatsen.ttl", null).statusCode()).isEqualTo(404);
    }

    @Test
    void servesOnePageWithHydraLinks() throws Exception {
        HttpResponse<byte[]> response = get(DCAT + "/catalog.jsonld?page=2&pageSize=2", null);

        assertThat(response.statusCode()).isEqualTo(200);
        Graph page = parse(response.body(), Lang.JSONLD11);
        assertThat(datasets(page)).isEqualTo(1);
        Node previous = NodeFactory.createURI("http://www.w3.org/ns/hydra/core#previous");
        assertThat(page.contains(Node.ANY, previous, NodeFactory.createURI(iris.base() + "catalog?page=1&pageSize=2"))).isTrue();
    }

    @Test
    void negotiatesTheFormatOfTheCatalogOnAccept() throws Exception {
        for (var format : FORMATS.entrySet()) {
            HttpResponse<byte[]> response = get(DCAT + "/catalog", MEDIA.get(format.getKey()));
            assertThat(response.statusCode()).isEqualTo(200);
            assertThat(response.headers().firstValue("Content-Type").orElse("")).startsWith(MEDIA.get(format.getKey()));
            assertThat(response.headers().firstValue("Vary").orElse("")).contains("Accept");
            assertThat(datasets(parse(response.body(), format.getValue()))).isEqualTo(3);
        }
        HttpResponse<byte[]> preferred = get(DCAT + "/catalog", "text/html;q=0.9, application/rdf+xml;q=0.5, application/ld+json");
        assertThat(preferred.headers().firstValue("Content-Type").orElse("")).startsWith("application/ld+json");
        assertThat(get(DCAT + "/catalog", "*/*").headers().firstValue("Content-Type").orElse("")).startsWith("text/turtle");

        HttpResponse<byte[]> refused = get(DCAT + "/catalog", "text/csv");
        assertThat(refused.statusCode()).isEqualTo(406);
        assertThat(refused.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
        assertThat(detail(refused)).contains("text/turtle");
    }

    @Test
    void servesOnePublishedDatasetInEachFormat() throws Exception {
        for (var format : FORMATS.entrySet()) {
            HttpResponse<byte[]> response = get(DCAT + "/datasets/begraafplaatsen." + format.getKey(), null);
            assertThat(response.statusCode()).isEqualTo(200);
            assertThat(response.headers().firstValue("Content-Type").orElse(""))
                    .isEqualToIgnoringCase(MEDIA.get(format.getKey()) + ";charset=UTF-8");
            assertThat(response.headers().firstValue("Content-Disposition").orElse(""))
                    .startsWith("inline").contains("begraafplaatsen." + format.getKey());
            Graph graph = parse(response.body(), format.getValue());
            assertThat(datasets(graph)).isEqualTo(1);
            assertThat(DcatApNlValidation.violations(DcatApNlValidation.validate(graph), graph)).isEmpty();
        }
    }

    @Test
    void answersNotFoundForADatasetThatIsNotPublished() throws Exception {
        HttpResponse<byte[]> response = get(DCAT + "/datasets/jeugdhulp-clienten.ttl", "text/turtle");

        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(response.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
        assertThat(detail(response)).contains("jeugdhulp-clienten", "open data");
    }

    @Test
    void refusesAnInvalidIdentifierOrBadPagingWithADutchExplanation() throws Exception {
        HttpResponse<byte[]> badId = get(DCAT + "/datasets/Begraaf_Plaatsen.ttl", null);
        assertThat(badId.statusCode()).isEqualTo(400);
        assertThat(badId.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
        assertThat(detail(badId)).contains("Ongeldige dataset-identificatie");

        assertThat(detail(expect400(DCAT + "/catalog.ttl?page=0"))).contains("paginanummer");
        assertThat(detail(expect400(DCAT + "/catalog.ttl?page=1&pageSize=5000"))).contains("paginagrootte");
        assertThat(detail(expect400(DCAT + "/catalog.rdf?page=een"))).contains("geheel getal");
    }

    private HttpResponse<byte[]> expect400(String path) throws Exception {
        HttpResponse<byte[]> response = get(path, null);
        assertThat(response.statusCode()).as(path).isEqualTo(400);
        assertThat(response.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
        return response;
    }

    private HttpResponse<byte[]> get(String path, String accept) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri(path)).GET();
        if (accept != null) {
            request.header("Accept", accept);
        }
        return client.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    private URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }

    private static String detail(HttpResponse<byte[]> response) {
        return new ObjectMapper().readTree(response.body()).get("detail").asString();
    }

    private static Graph parse(byte[] body, Lang lang) {
        Graph graph = GraphFactory.createDefaultGraph();
        RDFParser.source(new ByteArrayInputStream(body)).lang(lang).parse(graph);
        return graph;
    }

    private static int datasets(Graph graph) {
        return graph.find(Node.ANY, NodeFactory.createURI("http://www.w3.org/1999/02/22-rdf-syntax-ns#type"),
                NodeFactory.createURI("http://www.w3.org/ns/dcat#Dataset")).toList().size();
    }
}
