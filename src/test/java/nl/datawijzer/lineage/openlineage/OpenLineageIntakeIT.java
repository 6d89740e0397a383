package nl.datawijzer.lineage.openlineage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import nl.datawijzer.privacy.SecurityHolderIsolation;
import nl.datawijzer.rdf.Iris;
import nl.datawijzer.rdf.RdfStore;
import nl.datawijzer.rdf.RecordKind;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.annotation.DirtiesContext;

/** The OpenLineage endpoint over real HTTP with API tokens, on the seed catalogue. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@DirtiesContext
@ExtendWith(SecurityHolderIsolation.class)
class OpenLineageIntakeIT {

    private static final String DW = "https://w3id.org/datawijzer/def#";
    private static final Node TYPE = iri("http://www.w3.org/1999/02/22-rdf-syntax-ns#type");
    private static final Node USED = iri("http://www.w3.org/ns/prov#used");
    private static final Node GENERATED_BY = iri("http://www.w3.org/ns/prov#wasGeneratedBy");
    private static final Node DERIVED_FROM = iri("http://www.w3.org/ns/prov#wasDerivedFrom");
    private static final Node TECHNICAL_NAME = iri(DW + "technicalName");
    private static final Node PART_OF = iri(DW + "partOfDataset");
    private static final Node POSITION = iri(DW + "position");

    @LocalServerPort
    int port;

    @Autowired
    ApiTokenService tokens;

    @Autowired
    DiscoveredDatasets discovered;

    @Autowired
    RdfStore store;

    @Autowired
    Iris iris;

    private final HttpClient client = HttpClient.newHttpClient();
    private String token;

    @BeforeEach
    void issueToken() {
        token = as("ADMIN", () -> tokens.issue("ETL-platform test")).secret();
    }

    @Test
    void theSpecificationsExampleEventsAreAcceptedAndMapped() throws Exception {
        HttpResponse<String> start = post(example("start-single-input.json"), token);
        assertThat(start.statusCode()).as(start.body()).isEqualTo(201);
        assertThat(post(example("start-with-run-and-job-facets.json"), token).statusCode())
                .as("the same runId and eventType again").isEqualTo(200);
        HttpResponse<String> complete = post(example("complete-single-output.json"), token);
        assertThat(complete.statusCode()).as(complete.body()).isEqualTo(201);

        Node job = discoveredRecord(RecordKind.JOB, "process_taxes", "workshop/process_taxes");
        Node taxes = discoveredRecord(RecordKind.DATASET, "workshop.public.taxes",
                "postgres://workshop-db:None/workshop.public.taxes");
        Node unpaid = discoveredRecord(RecordKind.DATASET, "workshop.public.unpaid_taxes",
                "postgres://workshop-db:None/workshop.public.unpaid_taxes");
        Graph jobGraph = graph(job);
        assertThat(jobGraph.contains(job, TYPE, iri(DW + "Job"))).isTrue();
        assertThat(jobGraph.contains(job, USED, taxes)).isTrue();
        assertThat(jobGraph.contains(job, iri(DW + "discovered"), NodeFactory.createLiteralDT("true",
                org.apache.jena.datatypes.xsd.XSDDatatype.XSDboolean))).isTrue();
        assertThat(graph(unpaid).contains(unpaid, GENERATED_BY, job)).isTrue();

        Node run = iris.record(RecordKind.JOB_RUN, "rd46e465b-d358-4d32-83d4-df660ff614dd");
        Graph runGraph = store.read(reader -> reader.graph(iris.graph(RecordKind.JOB_RUN, "rd46e465b-d358-4d32-83d4-df660ff614dd")));
        assertThat(objects(runGraph, run, iri(DW + "runState"))).containsExactly("COMPLETE");
        assertThat(objects(runGraph, run, iri(DW + "receivedEventType"))).containsExactlyInAnyOrder("START", "COMPLETE");
        assertThat(objects(runGraph, run, iri("http://www.w3.org/ns/prov#startedAtTime")))
                .containsExactly("2020-12-28T19:52:00.001+10:00");
        assertThat(objects(runGraph, run, iri("http://www.w3.org/ns/prov#endedAtTime")))
                .containsExactly("2020-12-28T20:52:00.001+10:00");
        assertThat(objects(runGraph, run, iri(DW + "lastEventAt"))).as("the job's last run is found by this time")
                .containsExactly("2020-12-28T20:52:00.001+10:00");
        assertThat(jobGraph.find(job, Node.ANY, run).hasNext()).as("the job does not change with every run").isFalse();

        // The dataset-facet example: a new run of the same job, so that its schema is not a repeat.
        String withSchema = example("complete-with-dataset-facets.json")
                .replace("d46e465b-d358-4d32-83d4-df660ff614dd", "0f5e1c3a-0000-4000-8000-000000000001");
        HttpResponse<String> schema = post(withSchema, token);
        assertThat(schema.statusCode()).as(schema.body()).isEqualTo(201);
        assertThat(fieldNames(unpaid)).containsExactlyInAnyOrder("id", "tax_dt", "tax_item_id", "amount", "ref_id", "comment");
        assertThat(post(withSchema, token).statusCode()).isEqualTo(200);
        assertThat(fieldNames(unpaid)).as("a repeat adds no fields").hasSize(6);
        assertThat(discoveredRecord(RecordKind.DATASET, "workshop.public.unpaid_taxes",
                "postgres://workshop-db:None/workshop.public.unpaid_taxes")).isEqualTo(unpaid);
    }

    @Test
    void aRepeatOfARunIdAndEventTypeChangesNothing() throws Exception {
        // A new job whose first event names only outputs: a discovered job may lack prov:used.
        String event = example("complete-single-output.json")
                .replace("d46e465b-d358-4d32-83d4-df660ff614dd", "0f5e1c3a-0000-4000-8000-000000000002")
                .replace("process_taxes", "alleen_uitvoer");
        HttpResponse<String> first = post(event, token);
        assertThat(first.statusCode()).as(first.body()).isEqualTo(201);
        long revision = store.revision();
        HttpResponse<String> again = post(event, token);
        assertThat(again.statusCode()).isEqualTo(200);
        assertThat(again.body()).contains("\"repeat\":true");
        assertThat(store.revision()).isEqualTo(revision);
    }

    @Test
    void aLateEventNeitherUndoesTheFinalStateNorMovesTheLastEventBack() throws Exception {
        String runId = "0f5e1c3a-0000-4000-8000-00000000000a";
        String complete = example("complete-single-output.json").replace("d46e465b-d358-4d32-83d4-df660ff614dd", runId)
                .replace("process_taxes", "laat_event");
        assertThat(post(complete, token).statusCode()).isEqualTo(201);
        String lateRunning = complete.replace("\"COMPLETE\"", "\"RUNNING\"")
                .replace("2020-12-28T20:52:00.001+10:00", "2020-12-28T20:10:00+10:00");
        assertThat(post(lateRunning, token).statusCode()).isEqualTo(201);

        Node run = iris.record(RecordKind.JOB_RUN, "r" + runId);
        Graph runGraph = store.read(reader -> reader.graph(iris.graph(RecordKind.JOB_RUN, "r" + runId)));
        assertThat(objects(runGraph, run, iri(DW + "runState"))).containsExactly("COMPLETE");
        assertThat(objects(runGraph, run, iri(DW + "receivedEventType"))).containsExactlyInAnyOrder("COMPLETE", "RUNNING");
        assertThat(objects(runGraph, run, iri(DW + "lastEventAt"))).containsExactly("2020-12-28T20:52:00.001+10:00");
    }

    @Test
    void columnLineageGivesFieldLinksAndQualityMetricsGiveMeasurements() throws Exception {
        HttpResponse<String> response = post(example("column-lineage-and-quality.json"), token);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        assertThat(response.body()).contains("\"measurements\":3");
        Node input = discoveredRecord(RecordKind.DATASET, "input_dataset", "file/input_dataset");
        Node output = discoveredRecord(RecordKind.DATASET, "output_dataset", "file/output_dataset");
        Graph outputGraph = graph(output);
        Node outA = field(outputGraph, output, "a");
        Node outB = field(outputGraph, output, "b");
        Graph inputGraph = graph(input);
        assertThat(outputGraph.find(outA, DERIVED_FROM, Node.ANY).mapWith(Triple::getObject).toSet())
                .containsExactly(field(inputGraph, input, "a"));
        assertThat(outputGraph.find(outB, DERIVED_FROM, Node.ANY).mapWith(Triple::getObject).toSet())
                .containsExactlyInAnyOrder(field(inputGraph, input, "c"), field(inputGraph, input, "d"));

        String runSlug = "r3f0c9a52-6f0e-4d3b-9a57-2b8f7f1f0c11";
        Graph runGraph = store.read(reader -> reader.graph(iris.graph(RecordKind.JOB_RUN, runSlug)));
        Node dqv = iri("http://www.w3.org/ns/dqv#QualityMeasurement");
        Set<String> measured = runGraph.find(Node.ANY, TYPE, dqv).mapWith(Triple::getSubject).toList().stream()
                .map(m -> one(runGraph, m, iri("http://www.w3.org/ns/dqv#isMeasurementOf")).getLocalName() + "="
                        + one(runGraph, m, iri("http://www.w3.org/ns/dqv#value")).getLiteralLexicalForm() + "@"
                        + (one(runGraph, m, iri("http://www.w3.org/ns/dqv#computedOn")).equals(input) ? "dataset" : "a"))
                .collect(Collectors.toSet());
        assertThat(measured).containsExactlyInAnyOrder("RowCount=123@dataset", "NullCount=132@a", "DistinctCount=11@a");
        assertThat(outputGraph.find().toList().toString()).doesNotContain("someVendor", "anything");
    }

    @Test
    void aCatalogueDatasetIsFoundByItsOpenLineageNameAndKeepsItsFields() throws Exception {
        Node meldingen = iris.record(RecordKind.DATASET, "wmo-meldingen");
        Node graphName = iris.graph(RecordKind.DATASET, "wmo-meldingen");
        store.write(writer -> {
            writer.changeGraph(graphName, live -> live.add(Triple.create(meldingen, iri(DW + "openLineageName"),
                    NodeFactory.createLiteralString("mssql://isamenleving/dbo.wmo_melding"))));
            return null;
        });
        int fieldsBefore = fieldNames(meldingen).size();
        String event = """
                {"eventType": "START", "eventTime": "2026-11-29T02:00:00+01:00",
                 "run": {"runId": "0f5e1c3a-0000-4000-8000-000000000003"},
                 "job": {"namespace": "etl", "name": "laad_meldingen"},
                 "inputs": [{"namespace": "mssql://isamenleving", "name": "dbo.wmo_melding",
                   "facets": {"schema": {"fields": [{"name": "bsn", "type": "VARCHAR(9)"},
                                                    {"name": "nieuw veld", "type": "INTEGER"}]}}}],
                 "producer": "https://example.org/etl"}
                """;
        HttpResponse<String> response = post(event, token);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        assertThat(response.body()).contains("\"discoveredDatasets\":0", "\"newFields\":1");
        Node job = discoveredRecord(RecordKind.JOB, "laad_meldingen", "etl/laad_meldingen");
        assertThat(graph(job).contains(job, USED, meldingen)).isTrue();
        Graph after = graph(meldingen);
        assertThat(fieldNames(meldingen)).hasSize(fieldsBefore + 1).contains("bsn", "nieuw_veld");
        Node added = field(after, meldingen, "nieuw_veld");
        assertThat(Integer.parseInt(one(after, added, POSITION).getLiteralLexicalForm())).isEqualTo(fieldsBefore + 1);
        assertThat(one(after, added, iri(DW + "datatype")).getURI()).endsWith("#integer");
    }

    @Test
    void malformedEventsGetProblemJsonWithAPointerAndWriteNothing() throws Exception {
        long revision = store.revision();
        String start = example("start-single-input.json");
        assertProblem(post(start.replace("\"runId\": \"d46e465b-d358-4d32-83d4-df660ff614dd\"", "\"id\": 1"), token),
                "/run/runId");
        assertProblem(post(start.replace("\"name\": \"workshop.public.taxes\"", "\"name\": 12"), token), "/inputs/0/name");
        assertProblem(post(start.replace("2020-12-28T19:52:00.001+10:00", "gisteren"), token), "/eventTime");
        assertProblem(post("dit is geen json", token), "");
        assertProblem(post("[" + start + "]", token), "");
        HttpResponse<String> huge = post(start.replace("\"producer\"", "\"x\": \"" + "a".repeat(1_100_000) + "\", \"producer\""), token);
        assertThat(huge.statusCode()).isEqualTo(413);
        assertThat(huge.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("application/problem+json"));
        assertThat(store.revision()).as("nothing written").isEqualTo(revision);
    }

    @Test
    void onlyALiveApiTokenMayPost() throws Exception {
        String event = example("start-single-input.json")
                .replace("d46e465b-d358-4d32-83d4-df660ff614dd", "0f5e1c3a-0000-4000-8000-000000000004");
        assertThat(post(event, null).statusCode()).isEqualTo(401);
        assertThat(post(event, "dwol_verzonnen").statusCode()).isEqualTo(401);
        HttpResponse<String> basic = client.send(HttpRequest.newBuilder(uri()).POST(HttpRequest.BodyPublishers.ofString(event))
                .header("Content-Type", "application/json")
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString("admin:datawijzer".getBytes(StandardCharsets.UTF_8)))
                .build(), HttpResponse.BodyHandlers.ofString());
        assertThat(basic.statusCode()).as("a portal account is no API token").isEqualTo(401);
        assertThat(basic.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("application/problem+json"));

        IssuedToken revoked = as("ADMIN", () -> tokens.issue("Wordt ingetrokken"));
        assertThat(as("ADMIN", () -> tokens.revoke(revoked.token().id()))).isTrue();
        assertThat(as("ADMIN", () -> tokens.revoke(revoked.token().id()))).as("revoked already").isFalse();
        assertThat(post(event, revoked.secret()).statusCode()).isEqualTo(401);
        assertThat(post(event, token).statusCode()).isEqualTo(201);

        List<ApiToken> listed = as("ADMIN", () -> tokens.list());
        assertThat(listed).anySatisfy(t -> {
            assertThat(t.id()).isEqualTo(revoked.token().id());
            assertThat(t.revoked()).isTrue();
            assertThat(t.revokedBy()).isEqualTo("admin");
        });
        String stored = store.read(reader -> reader.graph(iris.graph(RecordKind.API_TOKEN, revoked.token().id())).find()
                .toList().toString());
        assertThat(stored).as("only the hash is stored").doesNotContain(revoked.secret());
        assertThatThrownBy(() -> as("BEHEERDER", () -> tokens.issue("x"))).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void discoveredDatasetsAreListedForStewards() throws Exception {
        String event = example("start-single-input.json")
                .replace("d46e465b-d358-4d32-83d4-df660ff614dd", "0f5e1c3a-0000-4000-8000-000000000005")
                .replace("workshop.public.taxes", "workshop.public.ontdekt");
        assertThat(post(event, token).statusCode()).isEqualTo(201);
        assertThat(as("BEHEERDER", () -> discovered.list())).anySatisfy(d -> {
            assertThat(d.openLineageName()).isEqualTo("postgres://workshop-db:None/workshop.public.ontdekt");
            assertThat(d.title()).isEqualTo("workshop.public.ontdekt");
        });
        assertThatThrownBy(() -> as("MEDEWERKER", () -> discovered.list())).isInstanceOf(AccessDeniedException.class);

        // Published after the commit like any catalogue change, so the search index follows at once.
        HttpResponse<String> found = client.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port
                        + "/api/v1/search?q=workshop.public.ontdekt"))
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString("medewerker:datawijzer"
                        .getBytes(StandardCharsets.UTF_8))).GET().build(), HttpResponse.BodyHandlers.ofString());
        assertThat(found.statusCode()).isEqualTo(200);
        assertThat(found.body()).contains(slug("workshop.public.ontdekt",
                "postgres://workshop-db:None/workshop.public.ontdekt"));
    }

    private void assertProblem(HttpResponse<String> response, String pointer) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(400);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("application/problem+json"));
        assertThat(response.body()).contains("\"pointer\":\"" + pointer + "\"");
    }

    private HttpResponse<String> post(String body, String bearer) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri()).POST(HttpRequest.BodyPublishers.ofString(body))
                .header("Content-Type", "application/json");
        if (bearer != null) {
            request.header("Authorization", "Bearer " + bearer);
        }
        return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private URI uri() {
        return URI.create("http://localhost:" + port + "/api/v1/lineage");
    }

    private static String example(String name) {
        return new String(RunEventParserTest.example(name), StandardCharsets.UTF_8);
    }

    /** The record with this OpenLineage name; its slug starts readable and ends with a hash of the name. */
    private Node discoveredRecord(RecordKind kind, String name, String openLineageName) {
        Node node = store.read(reader -> {
            for (String slugCandidate : List.of(slug(name, openLineageName))) {
                Node record = iris.record(kind, slugCandidate);
                if (reader.containsGraph(iris.graph(kind, slugCandidate))) {
                    return record;
                }
            }
            return null;
        });
        assertThat(node).as(kind + " " + openLineageName).isNotNull();
        return node;
    }

    private static String slug(String name, String openLineageName) {
        try {
            String readable = name.toLowerCase().replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
            String hash = java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256")
                    .digest(openLineageName.getBytes(StandardCharsets.UTF_8))).substring(0, 10);
            return "ol-" + readable + "-" + hash;
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private Graph graph(Node record) {
        for (RecordKind kind : List.of(RecordKind.DATASET, RecordKind.JOB)) {
            var slug = iris.slugOf(kind, record.getURI());
            if (slug.isPresent()) {
                return store.read(reader -> reader.graph(iris.graph(kind, slug.get())));
            }
        }
        throw new IllegalArgumentException(record.getURI());
    }

    private List<String> fieldNames(Node dataset) {
        Graph g = graph(dataset);
        return g.find(Node.ANY, PART_OF, dataset).mapWith(Triple::getSubject).toList().stream()
                .map(f -> one(g, f, TECHNICAL_NAME).getLiteralLexicalForm()).toList();
    }

    private static Node field(Graph g, Node dataset, String technicalName) {
        return g.find(Node.ANY, PART_OF, dataset).mapWith(Triple::getSubject).toList().stream()
                .filter(f -> g.contains(f, TECHNICAL_NAME, NodeFactory.createLiteralString(technicalName)))
                .findFirst().orElseThrow(() -> new AssertionError("no field " + technicalName));
    }

    private static Node one(Graph g, Node s, Node p) {
        return g.find(s, p, Node.ANY).mapWith(Triple::getObject).nextOptional()
                .orElseThrow(() -> new AssertionError(s + " has no " + p));
    }

    private static List<String> objects(Graph g, Node s, Node p) {
        return g.find(s, p, Node.ANY).mapWith(t -> t.getObject().getLiteralLexicalForm()).toList();
    }

    private static <T> T as(String role, Supplier<T> action) {
        var roles = new java.util.ArrayList<SimpleGrantedAuthority>(List.of(new SimpleGrantedAuthority("ROLE_MEDEWERKER")));
        roles.add(new SimpleGrantedAuthority("ROLE_" + role));
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(role.toLowerCase(), "n/a", roles));
        SecurityContext previous = SecurityContextHolder.getContext();
        SecurityContextHolder.setContext(context);
        try {
            return action.get();
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }

    private static Node iri(String uri) {
        return NodeFactory.createURI(uri);
    }

}
