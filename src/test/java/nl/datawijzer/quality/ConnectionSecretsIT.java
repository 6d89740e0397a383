package nl.datawijzer.quality;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import nl.datawijzer.catalog.DatasetId;
import nl.datawijzer.privacy.SecurityHolderIsolation;
import nl.datawijzer.quality.internal.QualityRepository;
import nl.datawijzer.quality.profiling.DatabaseConnection;
import nl.datawijzer.rdf.Iris;
import nl.datawijzer.rdf.RdfStore;
import nl.datawijzer.rdf.RecordKind;
import nl.datawijzer.rdf.Row;
import nl.datawijzer.rdf.Sparql;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.annotation.Import;
import org.springframework.security.test.context.support.WithMockUser;

/**
 * A connection's password comes from configuration and goes to the engine only: not into a log line, the store, a run's
 * message or a page, even when the driver puts it in its exception.
 */
@SpringBootTest(properties = {
        "datawijzer.quality.connections.warehouse.url=jdbc:postgresql://127.0.0.1:1/dwh",
        "datawijzer.quality.connections.warehouse.username=dwh_lezer",
        "datawijzer.quality.connections.warehouse.password=" + ConnectionSecretsIT.PASSWORD})
@Import(FakeProfilingEngine.Configuration.class)
@ExtendWith({SecurityHolderIsolation.class, OutputCaptureExtension.class})
@WithMockUser(username = "admin", roles = {"ADMIN", "MEDEWERKER"})
class ConnectionSecretsIT {

    static final String PASSWORD = "Zeer-Geheim-4711-wachtwoord";
    private static final String DW = "https://w3id.org/datawijzer/def#";

    @Autowired ReliabilityService quality;
    @Autowired ProfileRunner runner;
    @Autowired FakeProfilingEngine engine;
    @Autowired QualityRepository repository;
    @Autowired RdfStore store;
    @Autowired Iris iris;

    /** Points a dataset without source at a table on {@code connection}. */
    private DatasetId tableSource(String connection) {
        DatasetId dataset = repository.datasets().stream().filter(d -> !d.hasSource()).findFirst().orElseThrow()
                .dataset();
        Node node = iris.record(RecordKind.DATASET, dataset.slug());
        Node table = NodeFactory.createURI(node.getURI() + "/bron");
        store.write(writer -> {
            writer.changeGraph(iris.graph(RecordKind.DATASET, dataset.slug()), graph -> {
                graph.add(node, NodeFactory.createURI(DW + "profileSource"), table);
                graph.add(table, NodeFactory.createURI("http://www.w3.org/1999/02/22-rdf-syntax-ns#type"),
                        NodeFactory.createURI(DW + "DatabaseTable"));
                graph.add(table, NodeFactory.createURI(DW + "connectionName"), NodeFactory.createLiteralString(connection));
                graph.add(table, NodeFactory.createURI(DW + "tableName"), NodeFactory.createLiteralString("dwh.client"));
            });
            return null;
        });
        return dataset;
    }

    private ProfileRun run(DatasetId dataset) {
        quality.startRun(dataset);
        return RunWaits.finished(quality, dataset, Duration.ofSeconds(30));
    }

    @Test
    void thePasswordReachesTheEngineAndNothingElse(CapturedOutput output) {
        engine.reset();
        // A driver that quotes the connection with its password in its message, as some do.
        engine.answer = call -> {
            throw new IllegalStateException("FATAL: connection to " + call.connection().jdbcUrl() + " user="
                    + call.connection().username() + " password=" + call.connection().password() + " refused");
        };
        DatasetId dataset = tableSource("warehouse");

        ProfileRun run = run(dataset);

        DatabaseConnection used = engine.calls.getLast().connection();
        assertThat(used.password()).isEqualTo(PASSWORD);
        assertThat(used.toString()).doesNotContain(PASSWORD);
        assertThat(engine.calls.getLast().table()).isEqualTo("dwh.client");
        assertThat(run.state()).isEqualTo(RunState.FAILED);
        assertThat(run.failureNl().orElseThrow()).doesNotContain(PASSWORD).doesNotContain("FATAL");
        assertThat(run.failureEn().orElseThrow()).doesNotContain(PASSWORD);

        DatasetQuality page = quality.dataset(dataset);
        assertThat(page.source()).hasValue("database warehouse, tabel dwh.client");
        assertThat(page.toString()).doesNotContain(PASSWORD).doesNotContain("127.0.0.1");
        assertThat(quality.progress(dataset).orElseThrow().toString()).doesNotContain(PASSWORD);

        // Mapped inside the read: a row's nodes are resolved lazily, outside the transaction they read as empty.
        List<String> everything = store.read(r -> Row.of(r.select(Sparql.query("quality/all-objects.rq"))).stream()
                .map(row -> row.text("s") + " " + row.text("p") + " " + row.text("o")).toList());
        assertThat(everything).isNotEmpty().noneMatch(t -> t.contains(PASSWORD)).noneMatch(t -> t.contains("dwh_lezer"));
        assertThat(output.getAll()).contains("Profiling run of " + dataset + " failed unexpectedly")
                .doesNotContain(PASSWORD);
    }

    @Test
    void anUnknownConnectionIsAFailedRunThatSaysSo() {
        engine.reset();
        DatasetId dataset = tableSource("onbekend");

        ProfileRun run = run(dataset);

        assertThat(run.state()).isEqualTo(RunState.FAILED);
        assertThat(run.failureNl()).hasValue("Verbinding 'onbekend' is niet geconfigureerd.");
        assertThat(run.failureEn()).hasValue("Connection 'onbekend' is not configured.");
        assertThat(engine.calls).isEmpty();
    }
}
