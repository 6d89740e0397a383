package nl.datawijzer.testsupport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Path;
import org.apache.jena.dboe.base.file.Location;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.TDB2;
import org.apache.jena.tdb2.DatabaseMgr;

/**
 * A real Apache Jena Fuseki server on a free port, serving one TDB2 dataset {@code /datawijzer} with the union of the
 * named graphs as its default graph, as the deployment's Fuseki does. It can be stopped and started again on the
 * same port and database, to play a store that goes down and comes back.
 */
public final class FusekiTestServer implements AutoCloseable {

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
        dataset = DatabaseMgr.connectDatasetGraph(Location.create(database));
        dataset.getContext().set(TDB2.symUnionDefaultGraph, true);
        server = FusekiServer.create().port(port).loopback(true).add("/datawijzer", dataset).build().start();
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
