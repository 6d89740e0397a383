package nl.datawijzer.opendata.ckan;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import nl.datawijzer.catalog.DatasetFilter;
import nl.datawijzer.catalog.DatasetService;
import nl.datawijzer.catalog.DatasetSummary;
import nl.datawijzer.catalog.PageRequest;
import nl.datawijzer.opendata.OpenDataViewChangedEvent;
import nl.datawijzer.privacy.SecurityHolderIsolation;
import nl.datawijzer.rdf.Iris;
import nl.datawijzer.rdf.PublicRdfStore;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.graph.GraphFactory;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.annotation.DirtiesContext;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The CKAN API over HTTP, anonymous: the public store holds the open-data view fixture (three datasets), the internal
 * store the demo catalog with its closed datasets. Nothing but the three may ever appear.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@DirtiesContext
@ExtendWith(SecurityHolderIsolation.class)
class CkanActionApiIT {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Set<String> PUBLISHED = Set.of("wmo-voorzieningen-per-wijk", "afvalinzameling-per-buurt",
            "begraafplaatsen");

    @LocalServerPort int port;
    @Autowired PublicRdfStore publicStore;
    @Autowired Iris iris;
    @Autowired ApplicationEventPublisher events;
    @Autowired DatasetService datasets;

    private final HttpClient client = HttpClient.newHttpClient();

    @BeforeEach
    void publishTheFixture() {
        Graph view = GraphFactory.createDefaultGraph();
        RDFParser.source(getClass().getClassLoader().getResourceAsStream("opendata/open-data-view.ttl"))
                .base(iris.base()).lang(Lang.TURTLE).parse(view);
        publicStore.write(w -> {
            w.replaceGraph(NodeFactory.createURI(iris.recordGraphPrefix() + "opendata"), view);
            return null;
        });
        events.publishEvent(new OpenDataViewChangedEvent(List.of()));
    }

    @Test
    void everyActionAnswersAnonymousGetsInCkansEnvelopeAsJsonUtf8() throws Exception {
        for (String call : List.of("package_list", "package_show?id=begraafplaatsen", "package_search?q=wmo",
                "organization_list", "group_list?all_fields=true", "status_show", "help_show?name=package_list")) {
            HttpResponse<String> response = get(call);
            assertThat(response.statusCode()).as(call).isEqualTo(200);
            assertThat(response.headers().firstValue("Content-Type")).as(call).hasValue("application/json;charset=utf-8");
            JsonNode body = JSON.readTree(response.body());
            assertThat(body.properties().stream().map(java.util.Map.Entry::getKey).toList()).as(call)
                    .containsExactly("help", "success", "result");
            assertThat(body.get("success").asBoolean()).isTrue();
            assertThat(body.get("help").asString()).startsWith("http").contains("/api/3/action/help_show?name=");
        }
    }

    @Test
    void postWithAJsonBodyIsTheSameCallAsGet() throws Exception {
        HttpResponse<String> response = post("package_search",
                "{\"q\": \"wmo\", \"rows\": 5, \"facet.field\": [\"groups\"], \"fq\": \"res_format:CSV\"}");
        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode result = JSON.readTree(response.body()).get("result");
        assertThat(result.get("count").asLong()).isEqualTo(1);
        assertThat(result.get("results").get(0).get("name").asString()).isEqualTo("wmo-voorzieningen-per-wijk");
        assertThat(result.get("facets").get("groups").get("soci").asLong()).isEqualTo(1);

        HttpResponse<String> show = post("package_show", "{\"id\": \"begraafplaatsen\"}");
        assertThat(JSON.readTree(show.body()).get("result").get("title").asString()).isEqualTo("Begraafplaatsen");
    }

    @Test
    void errorsUseCkansStatusAndErrorTypes() throws Exception {
        HttpResponse<String> missing = get("package_show?id=bestaat-niet");
        assertThat(missing.statusCode()).isEqualTo(404);
        assertThat(missing.headers().firstValue("Content-Type")).hasValue("application/json;charset=utf-8");
        JsonNode notFound = JSON.readTree(missing.body());
        assertThat(notFound.get("success").asBoolean()).isFalse();
        assertThat(notFound.get("error").get("__type").asString()).isEqualTo("Not Found Error");

        HttpResponse<String> invalid = get("package_search?rows=veel");
        assertThat(invalid.statusCode()).isEqualTo(409);
        assertThat(JSON.readTree(invalid.body()).get("error").get("__type").asString()).isEqualTo("Validation Error");

        HttpResponse<String> unknown = get("package_delete?id=begraafplaatsen");
        assertThat(unknown.statusCode()).isEqualTo(400);
        assertThat(unknown.headers().firstValue("Content-Type")).hasValue("application/json;charset=utf-8");
        assertThat(JSON.readTree(unknown.body()).asString()).isEqualTo("Bad request - Action name not known: package_delete");

        HttpResponse<String> notJson = post("package_search", "{q: wmo");
        assertThat(notJson.statusCode()).isEqualTo(400);
        assertThat(JSON.readTree(notJson.body()).asString()).startsWith("Bad request - JSON Error");
        HttpResponse<String> notObject = post("package_search", "[1, 2]");
        assertThat(notObject.statusCode()).isEqualTo(400);
    }

    @Test
    @WithMockUser(roles = "MEDEWERKER")
    void closedDatasetsOfTheInternalCatalogNeverAppear() throws Exception {
        List<DatasetSummary> internal = datasets.list(DatasetFilter.NONE, new PageRequest(0, 500, "title", false)).items();
        assertThat(internal).hasSizeGreaterThan(PUBLISHED.size());

        assertThat(names(JSON.readTree(get("package_list").body()).get("result")))
                .containsExactlyInAnyOrderElementsOf(PUBLISHED);
        Set<String> seen = new java.util.HashSet<>();
        for (DatasetSummary d : internal) {
            String slug = d.id().slug();
            int status = get("package_show?id=" + slug).statusCode();
            assertThat(status).as(slug).isEqualTo(PUBLISHED.contains(slug) ? 200 : 404);
            for (String word : d.title().toLowerCase().split("[^\\p{L}\\p{N}]+")) {
                if (word.length() >= 4 && seen.add(word)) {
                    JsonNode result = JSON.readTree(get("package_search?rows=1000&q=" + encode(word)).body()).get("result");
                    List<String> found = new ArrayList<>();
                    result.get("results").forEach(p -> found.add(p.get("name").asString()));
                    assertThat(found).as(word).allMatch(PUBLISHED::contains);
                    assertThat(result.get("count").asLong()).isLessThanOrEqualTo(PUBLISHED.size());
                }
            }
        }
        JsonNode all = JSON.readTree(get("package_search?rows=1000&facet.field=" + encode("[\"tags\",\"groups\",\"organization\"]"))
                .body()).get("result");
        assertThat(all.get("count").asLong()).isEqualTo(PUBLISHED.size());
        long tagged = 0;
        for (var tag : all.get("facets").get("tags").properties()) {
            tagged += tag.getValue().asLong();
        }
        assertThat(tagged).isEqualTo(3); // Wmo, maatschappelijke ondersteuning, begraven: the published keywords only
    }

    @Test
    void anAnnouncedChangeOfTheViewIsVisibleAtOnce() throws Exception {
        publicStore.write(w -> {
            w.replaceGraph(NodeFactory.createURI(iris.recordGraphPrefix() + "opendata"), GraphFactory.createDefaultGraph());
            return null;
        });
        events.publishEvent(new OpenDataViewChangedEvent(List.copyOf(PUBLISHED)));
        assertThat(JSON.readTree(get("package_list").body()).get("result")).isEmpty();
        assertThat(get("package_show?id=begraafplaatsen").statusCode()).isEqualTo(404);
        assertThat(JSON.readTree(get("package_search").body()).get("result").get("count").asLong()).isZero();
    }

    private HttpResponse<String> get(String call) throws Exception {
        return client.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/3/action/" + call)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> post(String action, String body) throws Exception {
        return client.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/3/action/" + action))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static List<String> names(JsonNode array) {
        List<String> names = new ArrayList<>();
        array.forEach(n -> names.add(n.asString()));
        return names;
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}
