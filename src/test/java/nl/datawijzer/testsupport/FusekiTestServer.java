package nl.datawijzer.testsupport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Path;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;

/**
 * A real Apache Jena Fuseki server on a free port, started from the deployment's own {@code docker/fuseki/config.ttl}
 * (TDB2 dataset {@code /datawijzer}, the union of the named graphs as default graph, only user {@link #USER} allowed)
 * with HTTP basic authentication, the database location moved to a test folder. It can be stopped and started again
 * on the same port and database, to play a store that goes down and comes back.
 */
public final class FusekiTestServer implements AutoCloseable {

    public static final String USER = "datawijzer";
    public static final String PASSWORD = "test-wachtwoord";
    private static final Path DEPLOYED_CONFIG = Path.of("docker/fuseki/config.ttl");

    private final Path database;
    private final int port;
    private FusekiServer server;
    private DatasetGraph dataset;

    private FusekiTestServer(Path database, int port) {
        this.database = database;
        this.port = port;
    }

    /** Starts a server on a free port over the TDB2 database in {@code database} (created when missing). */
    public static FusekiTestServer start(Path database) {
        FusekiTestServer server = new FusekiTestServer(database, freePort());
        server.startAgain();
        return server;
    }

    public String datasetUrl() {
        return "http://localhost:" + port + "/datawijzer";
    }

    public synchronized void stop() {
        if (server != null) {
            server.stop();
            server = null;
            org.apache.jena.tdb2.sys.TDBInternal.expel(dataset);
            dataset = null;
        }
    }

    public synchronized void startAgain() {
        if (server != null) {
            return;
        }
        // One log line per request drowns the test output; errors still show.
        ((ch.qos.logback.classic.Logger) org.slf4j.LoggerFactory.getLogger("org.apache.jena.fuseki"))
                .setLevel(ch.qos.logback.classic.Level.WARN);
        try {
            java.nio.file.Files.createDirectories(database);
            String config = java.nio.file.Files.readString(DEPLOYED_CONFIG)
                    .replace("\"/var/lib/fuseki/databases/datawijzer\"", "\"" + database.toAbsolutePath() + "\"");
            if (config.equals(java.nio.file.Files.readString(DEPLOYED_CONFIG))) {
                throw new IllegalStateException("docker/fuseki/config.ttl no longer names the database location");
            }
            Path configFile = database.resolveSibling(database.getFileName() + "-config.ttl");
            java.nio.file.Files.writeString(configFile, config);
            Path passwords = database.resolveSibling(database.getFileName() + "-passwd");
            java.nio.file.Files.writeString(passwords, USER + ": " + PASSWORD + "\n");
            server = FusekiServer.create().port(port).loopback(true).parseConfigFile(configFile)
                    .passwordFile(passwords.toString()).auth(org.apache.jena.atlas.web.AuthScheme.BASIC).build().start();
            dataset = server.getDataAccessPointRegistry().get("/datawijzer").getDataService().getDataset();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        // Tests that build their own connection to this server send these credentials (as RemoteStores does).
        org.apache.jena.http.auth.AuthEnv.get().registerUsernamePassword(java.net.URI.create(datasetUrl()), USER, PASSWORD);
    }

    /** Empties the dataset, for tests that share one server. */
    public synchronized void clear() {
        Txn.executeWrite(dataset, dataset::clear);
    }

    @Override
    public void close() {
        stop();
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
