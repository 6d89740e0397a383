package nl.datawijzer.backup;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import nl.datawijzer.rdf.ClasspathRdf;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.dboe.base.file.Location;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Dataset;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.TDB2Factory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The command line: {@code --datawijzer.backup.create=<file>} and {@code --datawijzer.backup.restore=<file>} start the
 * store only (no web server, no seed), do the job and give the exit code; anything else starts the application.
 */
class BackupCommandTest {

    private static final String BASE = "https://data.huizen.nl/id/";

    @TempDir
    Path folder;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @Test
    void argumentsWithoutABackupOptionStartTheApplication() {
        assertThat(BackupCommand.runIfAsked(new String[] {"--server.port=0"})).isEmpty();
    }

    @Test
    void createsABackupAndRestoresItIntoAnotherDataFolder() throws Exception {
        Path source = folder.resolve("bron");
        fillWithSeed(source);
        Path file = folder.resolve("uit/datawijzer.trig.gz");

        assertThat(run("--datawijzer.store.data-dir=" + source, BackupCommand.CREATE + file)).contains(0);
        assertThat(text(out)).startsWith("Back-up gemaakt in " + file).contains("revisie 7");
        assertThat(file).isRegularFile();

        Path target = folder.resolve("doel");
        assertThat(run("--datawijzer.store.data-dir=" + target, BackupCommand.RESTORE + file)).contains(0);
        assertThat(text(out)).contains("Teruggezet uit " + file).contains("revisie 7");
        // Every graph of the backup, plus the audit trail that now holds the restore's entry.
        assertThat(graphCount(target)).isEqualTo(graphCount(source) + 1).isGreaterThan(10);
    }

    @Test
    void aBrokenFileEndsWithExitCodeOneAndTheReasonAndReplacesNothing() throws Exception {
        Path target = folder.resolve("doel");
        fillWithSeed(target);
        // The first start of the store adds the reference data; count after it.
        assertThat(run("--datawijzer.store.data-dir=" + target, BackupCommand.CREATE + folder.resolve("eerst.trig.gz")))
                .contains(0);
        long graphs = graphCount(target);
        Path file = Files.write(folder.resolve("kapot.trig.gz"), new byte[] {0x1f, (byte) 0x8b, 8, 0, 1, 2, 3});

        assertThat(run("--datawijzer.store.data-dir=" + target, BackupCommand.RESTORE + file)).contains(1);

        assertThat(text(err)).startsWith("Dit bestand is geen volledige Datawijzer-back-up: ")
                .contains("Er is niets vervangen.");
        assertThat(graphCount(target)).isEqualTo(graphs);
    }

    @Test
    void aMissingFileEndsWithExitCodeOne() {
        Path target = folder.resolve("doel");
        assertThat(run("--datawijzer.store.data-dir=" + target, BackupCommand.RESTORE + folder.resolve("weg.trig.gz")))
                .contains(1);
        assertThat(text(err)).startsWith("Terugzetten mislukt: ").contains("bestaat niet");
    }

    private Optional<Integer> run(String... args) {
        out.reset();
        err.reset();
        return BackupCommand.runIfAsked(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private static String text(ByteArrayOutputStream bytes) {
        return bytes.toString(StandardCharsets.UTF_8);
    }

    private static void fillWithSeed(Path dataDir) {
        Dataset dataset = TDB2Factory.connectDataset(Location.create(dataDir.resolve("tdb2").toAbsolutePath()));
        Txn.executeWrite(dataset, () -> {
            ClasspathRdf.parseInto("classpath*:catalog-seed/**/*.trig", BASE, dataset.asDatasetGraph());
            Node meta = NodeFactory.createURI(BASE + "graph/meta");
            dataset.asDatasetGraph().add(meta, meta, NodeFactory.createURI("https://w3id.org/datawijzer/def#revision"),
                    NodeFactory.createLiteralDT("7", XSDDatatype.XSDlong));
        });
    }

    private static long graphCount(Path dataDir) {
        Dataset dataset = TDB2Factory.connectDataset(Location.create(dataDir.resolve("tdb2").toAbsolutePath()));
        return Txn.calculateRead(dataset, () -> {
            long count = 0;
            for (var it = dataset.asDatasetGraph().listGraphNodes(); it.hasNext(); it.next()) {
                count++;
            }
            return count;
        });
    }
}
