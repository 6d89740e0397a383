package nl.datawijzer.ops;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The Fuseki configuration the compose store and the store contract tests both start from. */
class FusekiConfigTest {

    private static final Path ROOT = Path.of("").toAbsolutePath();
    private static final Path CONFIG = ROOT.resolve("docker/fuseki/config.ttl");

    @Test
    void servesOneTdb2DatasetWhoseDefaultGraphIsTheUnionOfTheRecordGraphs() {
        var config = FusekiConfig.read(CONFIG);

        assertThat(config.datasetName()).isEqualTo("datawijzer");
        assertThat(config.datasetType()).isEqualTo(FusekiConfig.TDB2 + "DatasetTDB2");
        assertThat(config.unionDefaultGraph()).isTrue();
        assertThat(config.operations()).contains("query", "update", "gsp-rw");
    }

    @Test
    void keepsTheDatabaseInTheImageVolume() throws IOException {
        var config = FusekiConfig.read(CONFIG);
        var run = Dockerfiles.read(ROOT.resolve("docker/fuseki/Dockerfile")).runStage();

        assertThat(config.location()).startsWith(run.last("VOLUME") + "/");
        assertThat(run.all("COPY")).anyMatch(c -> c.contains("docker/fuseki/config.ttl") && c.endsWith(" /opt/fuseki/"));
        assertThat(String.join(" ", run.all("ENV"))).contains("FUSEKI_CONFIG=/opt/fuseki/config.ttl");
    }
}
