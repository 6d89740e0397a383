package nl.datawijzer.opendata.sparql.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import nl.datawijzer.opendata.sparql.PublicSparqlService;
import nl.datawijzer.privacy.SecurityHolderIsolation;
import nl.datawijzer.rdf.Iris;
import nl.datawijzer.rdf.PublicRdfStore;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.graph.GraphFactory;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * The public SPARQL endpoint over real HTTP, anonymous: read queries over the open-data view answer in the asked
 * format; updates, SERVICE and broken queries are refused and change nothing; a runaway query is stopped; the result
 * limit cuts and says so; and no other graph of the public store can be reached.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "datawijzer.opendata.sparql-timeout=2s", "datawijzer.opendata.sparql-result-limit=20"})
@ExtendWith(SecurityHolderIsolation.class)
class PublicSparqlApiIT {

    private static final Duration TIMEOUT = Duration.ofSeconds(2);
    private static final String PREFIXES = "PREFIX dcat: <http://www.w3.org/ns/dcat#> PREFIX dct: <http://purl.org/dc/terms/> ";
    private static final String SECRET = "GEHEIM-NIET-OPENBAAR";
    private static final String RUNAWAY_JOIN = "SELECT (COUNT(*) AS ?n) { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l . ?m ?n2 ?o }";
    private static final String RUNAWAY_PATH = PREFIXES
            + "SELECT (COUNT(*) AS ?n) { ?s (dct:title|!dct:title)* ?o . ?x (dct:title|!dct:title)* ?y . ?z ?p ?w . ?q ?r ?t }";

    @LocalServerPort int port;
    @Autowired PublicRdfStore store;
    @Autowired Iris iris;
    @Autowired PublicSparqlService service;

    private final HttpClient http = HttpClient.newHttpClient();
    private final ObjectMapper json = new ObjectMapper();

    @BeforeEach
    void publishTheFixtureViewAndASecretGraphBesideIt() {
        Graph view = GraphFactory.createDefaultGraph();
        RDFParser.source(getClass().getClassLoader().getResourceAsStream("opendata/open-data-view.ttl"))
                .base(iris.base()).lang(Lang.TURTLE).parse(view);
        Graph secret = GraphFactory.createDefaultGraph();
        secret.add(Triple.create(NodeFactory.createURI(iris.base() + "geheim/1"),
                NodeFactory.createURI("http://purl.org/dc/terms/title"), NodeFactory.createLiteralString(SECRET)));
        store.write(w -> {
            w.replaceGraph(openDataGraph(), view);
            w.replaceGraph(secretGraph(), secret);
            return null;
        });
    }

    // ------------------------------------------------------------------ answers

    @Test
    void selectOverTheViewReturnsThePublishedDatasets() throws Exception {
        HttpResponse<String> response = get(PREFIXES + "SELECT ?d ?t { ?d a dcat:Dataset ; dct:title ?t FILTER(lang(?t) = 'nl') } ORDER BY ?t", null);
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(t ->
                assertThat(t).startsWith("application/sparql-results+json"));
        assertThat(response.headers().firstValue(PublicSparqlApi.TRUNCATED)).hasValue("false");
        List<String> titles = new ArrayList<>();
        json.readTree(response.body()).path("results").path("bindings").forEach(b -> titles.add(b.path("t").path("value").asString()));
        assertThat(titles).containsExactly("Afvalinzameling per buurt", "Begraafplaatsen", "Wmo-voorzieningen per wijk");
    }

    @Test
    void theSameQueryComesByPostFormAndByPostBody() throws Exception {
        String query = PREFIXES + "SELECT ?d { ?d a dcat:Dataset }";
        HttpResponse<String> form = send(HttpRequest.newBuilder(endpoint(""))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("query=" + encode(query))).build());
        HttpResponse<String> body = send(HttpRequest.newBuilder(endpoint("")).header("Content-Type", "application/sparql-query")
                .POST(HttpRequest.BodyPublishers.ofString(query)).build());
        assertThat(form.statusCode()).isEqualTo(200);
        assertThat(body.statusCode()).isEqualTo(200);
        assertThat(json.readTree(form.body()).path("results").path("bindings").size()).isEqualTo(3);
        assertThat(json.readTree(body.body()).path("results").path("bindings").size()).isEqualTo(3);
    }

    @Test
    void askAnswersTrueOrFalse() throws Exception {
        HttpResponse<String> yes = get(PREFIXES + "ASK { ?d dct:identifier 'begraafplaatsen' }", null);
        HttpResponse<String> no = get(PREFIXES + "ASK { ?d dct:identifier 'bestaat-niet' }", null);
        assertThat(yes.statusCode()).isEqualTo(200);
        assertThat(json.readTree(yes.body()).path("boolean").asBoolean()).isTrue();
        assertThat(json.readTree(no.body()).path("boolean").asBoolean()).isFalse();
    }

    @Test
    void constructAnswersTurtleByDefaultAndJsonLdOrNTriplesOnRequest() throws Exception {
        String query = PREFIXES + "CONSTRUCT { ?d dct:title ?t } WHERE { ?d a dcat:Dataset ; dct:title ?t }";
        HttpResponse<String> turtle = get(query, null);
        assertThat(turtle.statusCode()).isEqualTo(200);
        assertThat(turtle.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("text/turtle"));
        Graph graph = parse(turtle.body(), Lang.TURTLE);
        assertThat(graph.size()).isEqualTo(4);
        assertThat(graph.contains(NodeFactory.createURI(iris.base() + "dataset/begraafplaatsen"),
                NodeFactory.createURI("http://purl.org/dc/terms/title"), NodeFactory.createLiteralLang("Begraafplaatsen", "nl"))).isTrue();

        HttpResponse<String> jsonLd = get(query, "application/ld+json");
        assertThat(jsonLd.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("application/ld+json"));
        assertThat(parse(jsonLd.body(), Lang.JSONLD11).isIsomorphicWith(graph)).isTrue();
        HttpResponse<String> nTriples = get(query, "application/n-triples");
        assertThat(parse(nTriples.body(), Lang.NTRIPLES).isIsomorphicWith(graph)).isTrue();
    }

    @Test
    void describeAnswersTheDescribedResource() throws Exception {
        HttpResponse<String> response = get("DESCRIBE <" + iris.base() + "dataset/begraafplaatsen>", "text/turtle");
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains("Begraafplaatsen");
    }

    @Test
    void selectResultsComeInEveryTabularFormatAndOtherFormatsAreNotAcceptable() throws Exception {
        String query = PREFIXES + "SELECT ?id { ?d dct:identifier ?id } ORDER BY ?id";
        HttpResponse<String> xml = get(query, "application/sparql-results+xml");
        assertThat(xml.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("application/sparql-results+xml"));
        assertThat(xml.body()).contains("<literal>begraafplaatsen</literal>");
        HttpResponse<String> csv = get(query, "text/csv");
        assertThat(csv.body().lines().toList()).containsExactly("id", "afvalinzameling-per-buurt", "begraafplaatsen",
                "wmo-voorzieningen-per-wijk");
        HttpResponse<String> tsv = get(query, "text/tab-separated-values");
        assertThat(tsv.body().lines().toList()).contains("?id", "\"begraafplaatsen\"");
        HttpResponse<String> preferred = get(query, "text/csv;q=0.5, application/sparql-results+xml");
        assertThat(preferred.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("application/sparql-results+xml"));

        HttpResponse<String> image = get(query, "image/png");
        assertThat(image.statusCode()).isEqualTo(406);
        assertThat(image.body()).contains("text/csv");
        HttpResponse<String> turtleForSelect = get(query, "text/turtle");
        assertThat(turtleForSelect.statusCode()).isEqualTo(406);
    }

    // ------------------------------------------------------------------ refusals

    @Test
    void updatesAreRefusedHoweverTheyAreSentAndChangeNothing() throws Exception {
        long before = openDataSize();
        String insert = "INSERT DATA { <urn:x:a> <urn:x:b> 'c' }";
        String delete = "DELETE WHERE { ?s ?p ?o }";
        List<HttpResponse<String>> responses = List.of(
                send(HttpRequest.newBuilder(endpoint("?update=" + encode(delete))).GET().build()),
                send(HttpRequest.newBuilder(endpoint("")).header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString("update=" + encode(delete))).build()),
                send(HttpRequest.newBuilder(endpoint("")).header("Content-Type", "application/sparql-update")
                        .POST(HttpRequest.BodyPublishers.ofString(delete)).build()),
                get(insert, null),
                send(HttpRequest.newBuilder(endpoint("")).header("Content-Type", "application/sparql-query")
                        .POST(HttpRequest.BodyPublishers.ofString(delete)).build()),
                send(HttpRequest.newBuilder(endpoint("")).header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString("query=" + encode("DROP ALL"))).build()));
        for (HttpResponse<String> response : responses) {
            assertThat(response.statusCode()).as(response.request().toString()).isEqualTo(400);
            assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("application/problem+json"));
            JsonNode problem = json.readTree(response.body());
            assertThat(problem.path("nl").asString()).contains("wijzigen (SPARQL Update) is niet toegestaan");
            assertThat(problem.path("en").asString()).contains("updates (SPARQL Update) are not allowed");
        }
        assertThat(openDataSize()).isEqualTo(before).isPositive();
    }

    @Test
    void serviceIsRefusedAtAnyDepth() throws Exception {
        String service = "SERVICE <http://example.org/sparql> { ?x ?y ?z }";
        List<String> queries = List.of(
                "SELECT * { " + service + " }",
                "SELECT * { { SELECT * { " + service + " } } }",
                "SELECT * { ?s ?p ?o OPTIONAL { " + service + " } }",
                "SELECT * { ?s ?p ?o FILTER EXISTS { " + service + " } }",
                "SELECT * { ?s ?p ?o FILTER NOT EXISTS { { SELECT * { " + service + " } } } }",
                "SELECT * { { ?s ?p ?o } UNION { " + service + " } }",
                "SELECT * { ?s ?p ?o MINUS { " + service + " } }",
                "SELECT * { GRAPH ?g { " + service + " } }",
                "SELECT ?s { ?s ?p ?o BIND(EXISTS { " + service + " } AS ?b) }",
                "SELECT (EXISTS { " + service + " } AS ?b) { ?s ?p ?o }",
                "SELECT ?s { ?s ?p ?o } GROUP BY ?s HAVING (EXISTS { " + service + " })",
                "SELECT ?s { ?s ?p ?o } ORDER BY (EXISTS { " + service + " })",
                "SELECT (COUNT(EXISTS { " + service + " }) AS ?n) { ?s ?p ?o }",
                "SELECT * { SERVICE SILENT ?endpoint { ?x ?y ?z } }",
                "ASK { " + service + " }",
                "CONSTRUCT { ?x ?y ?z } WHERE { " + service + " }",
                "DESCRIBE ?x WHERE { " + service + " }");
        for (String query : queries) {
            HttpResponse<String> response = get(query, null);
            assertThat(response.statusCode()).as(query).isEqualTo(400);
            assertThat(json.readTree(response.body()).path("nl").asString()).as(query).contains("SERVICE is niet toegestaan");
        }
    }

    @Test
    void functionsLoadedByJavaClassNameAreRefused() throws Exception {
        for (String query : List.of(
                "SELECT * { ?s ?p ?o FILTER(<java:org.apache.jena.sparql.function.library.sha1sum>(STR(?o)) = '') }",
                "SELECT ?l { ?s <java:org.apache.jena.sparql.pfunction.library.splitIRI> (?n ?l) }")) {
            HttpResponse<String> response = get(query, null);
            assertThat(response.statusCode()).as(query).isEqualTo(400);
            assertThat(json.readTree(response.body()).path("nl").asString()).as(query).contains("niet toegestaan");
        }
    }

    @Test
    void theEndpointIsInTheApiDescription() throws Exception {
        HttpResponse<String> response = send(HttpRequest.newBuilder(
                URI.create("http://localhost:" + port + "/api/openapi")).GET().build());
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(json.readTree(response.body()).path("paths").has("/api/public/sparql")).isTrue();
    }

    @Test
    void aSyntaxErrorNamesLineAndColumnWhateverTheCallerAccepts() throws Exception {
        HttpResponse<String> response = get("SELECT *\nWHERE { ?s ?p }", "text/csv");
        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("application/problem+json"));
        JsonNode problem = json.readTree(response.body());
        assertThat(problem.path("nl").asString()).contains("regel 2, kolom 15");
        assertThat(problem.path("en").asString()).contains("line 2, column 15");
    }

    @Test
    void emptyAndOverlongQueriesAreRefused() throws Exception {
        assertThat(send(HttpRequest.newBuilder(endpoint("")).GET().build()).statusCode()).isEqualTo(400);
        String overlong = "SELECT * { ?s ?p ?o } #" + "x".repeat(PublicSparqlService.MAX_QUERY_LENGTH);
        HttpResponse<String> response = send(HttpRequest.newBuilder(endpoint("")).header("Content-Type", "application/sparql-query")
                .POST(HttpRequest.BodyPublishers.ofString(overlong)).build());
        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(json.readTree(response.body()).path("nl").asString()).contains("te lang");
    }

    // ------------------------------------------------------------------ limits

    @Test
    void runawayQueriesAreStoppedWithinTheTimeLimit() throws Exception {
        for (String query : List.of(RUNAWAY_JOIN, RUNAWAY_PATH)) {
            long start = System.nanoTime();
            HttpResponse<String> response = get(query, null);
            Duration took = Duration.ofNanos(System.nanoTime() - start);
            assertThat(response.statusCode()).as(query).isEqualTo(503);
            assertThat(json.readTree(response.body()).path("nl").asString()).contains("afgebroken");
            assertThat(took).as(query).isLessThan(TIMEOUT.plusSeconds(1));
            // The query ran on the request thread and gave back its turn: nothing is still running.
            assertThat(service.running()).isZero();
        }
    }

    @Test
    void aThirdQueryAtOnceIsToldItIsTooBusy() throws Exception {
        List<CompletableFuture<HttpResponse<String>>> runaways = List.of(
                http.sendAsync(request(RUNAWAY_JOIN), HttpResponse.BodyHandlers.ofString()),
                http.sendAsync(request(RUNAWAY_PATH), HttpResponse.BodyHandlers.ofString()));
        long deadline = System.nanoTime() + Duration.ofSeconds(5).toNanos();
        while (service.running() < 2 && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        assertThat(service.running()).isEqualTo(2);
        HttpResponse<String> third = get(PREFIXES + "ASK { ?d a dcat:Dataset }", null);
        assertThat(third.statusCode()).isEqualTo(503);
        assertThat(json.readTree(third.body()).path("nl").asString()).contains("te druk");
        for (var runaway : runaways) {
            assertThat(runaway.get().statusCode()).isEqualTo(503);
        }
        assertThat(get(PREFIXES + "ASK { ?d a dcat:Dataset }", null).statusCode()).isEqualTo(200);
    }

    @Test
    void theResultLimitCutsAndSaysSo() throws Exception {
        HttpResponse<String> rows = get("SELECT * { ?s ?p ?o }", null);
        assertThat(rows.statusCode()).isEqualTo(200);
        assertThat(rows.headers().firstValue(PublicSparqlApi.TRUNCATED)).hasValue("true");
        assertThat(json.readTree(rows.body()).path("results").path("bindings").size()).isEqualTo(20);

        HttpResponse<String> triples = get("CONSTRUCT { ?s ?p ?o } WHERE { ?s ?p ?o }", "application/n-triples");
        assertThat(triples.headers().firstValue(PublicSparqlApi.TRUNCATED)).hasValue("true");
        assertThat(parse(triples.body(), Lang.NTRIPLES).size()).isEqualTo(20);

        HttpResponse<String> exactlyTwenty = get("SELECT * { ?s ?p ?o } LIMIT 20", null);
        assertThat(exactlyTwenty.headers().firstValue(PublicSparqlApi.TRUNCATED)).hasValue("false");
    }

    // ------------------------------------------------------------------ the boundary

    @Test
    void onlyTheOpenDataGraphCanBeReached() throws Exception {
        int secretTriples = store.read(r -> r.graph(secretGraph()).size());
        assertThat(secretTriples).as("the secret graph is in the public store").isEqualTo(1);
        String secret = secretGraph().getURI();
        List<String> queries = List.of(
                "SELECT * { ?s ?p ?o FILTER(CONTAINS(STR(?o), '" + SECRET + "')) }",
                "SELECT * { GRAPH ?g { ?s ?p ?o } }",
                "SELECT * { GRAPH <" + secret + "> { ?s ?p ?o } }",
                "SELECT * FROM <" + secret + "> { ?s ?p ?o }",
                "SELECT * FROM NAMED <" + secret + "> { GRAPH ?g { ?s ?p ?o } }",
                "SELECT * { GRAPH <urn:x-arq:UnionGraph> { ?s ?p ?o FILTER(isLiteral(?o)) } }",
                "SELECT ?g { GRAPH ?g { } }");
        for (String query : queries) {
            HttpResponse<String> response = get(query, null);
            assertThat(response.statusCode()).as(query).isEqualTo(200);
            assertThat(response.body()).as(query).doesNotContain(SECRET).doesNotContain(secret);
            assertThat(response.body()).as(query).doesNotContain("geheim/1");
        }
        assertThat(json.readTree(get("SELECT * { GRAPH ?g { ?s ?p ?o } }", null).body()).path("results").path("bindings").size())
                .isZero();
        HttpResponse<String> withDatasetParameter = send(HttpRequest.newBuilder(
                endpoint("?query=" + encode("SELECT * { ?s ?p ?o }") + "&default-graph-uri=" + encode(secret))).GET().build());
        assertThat(withDatasetParameter.statusCode()).isEqualTo(400);
        assertThat(withDatasetParameter.body()).doesNotContain(SECRET);
    }

    // ------------------------------------------------------------------ helpers

    private Node openDataGraph() {
        return NodeFactory.createURI(iris.recordGraphPrefix() + "opendata");
    }

    private Node secretGraph() {
        return NodeFactory.createURI(iris.recordGraphPrefix() + "geheim");
    }

    private long openDataSize() {
        return store.read(r -> (long) r.graph(openDataGraph()).size());
    }

    private HttpResponse<String> get(String query, String accept) throws Exception {
        return send(request(query, accept));
    }

    private HttpRequest request(String query) {
        return request(query, null);
    }

    private HttpRequest request(String query, String accept) {
        HttpRequest.Builder request = HttpRequest.newBuilder(endpoint("?query=" + encode(query))).GET();
        if (accept != null) {
            request.header("Accept", accept);
        }
        return request.build();
    }

    private HttpResponse<String> send(HttpRequest request) throws Exception {
        return http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private URI endpoint(String suffix) {
        return URI.create("http://localhost:" + port + "/api/public/sparql" + suffix);
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    private static Graph parse(String text, Lang lang) {
        Graph graph = GraphFactory.createDefaultGraph();
        RDFParser.source(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8))).lang(lang).parse(graph);
        return graph;
    }
}
