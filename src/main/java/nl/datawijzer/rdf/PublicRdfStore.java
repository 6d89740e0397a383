package nl.datawijzer.rdf;

import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import org.apache.jena.graph.Node;
import org.apache.jena.query.ARQ;
import org.apache.jena.query.Query;
import org.apache.jena.sparql.ARQConstants;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.service.ServiceExecutorRegistry;

/**
 * The public store: a separate TDB2 database holding only the derived open-data view, validated against
 * {@code ontology/public-shapes} (the official DCAT-AP-NL shapes join them with the publication gate). Keeping it apart means internal queries never see published copies,
 * and nothing on the public side (search index, exports, public SPARQL) can even reach closed data.
 */
public final class PublicRdfStore implements RdfStore {

    private final TdbRdfStore delegate;

    PublicRdfStore(TdbRdfStore delegate) {
        this.delegate = delegate;
    }

    @Override
    public <T> T read(Function<StoreReader, T> action) {
        return delegate.read(action);
    }

    @Override
    public <T> T write(Function<StoreWriter, T> action) {
        return delegate.write(action);
    }

    @Override
    public java.util.List<WriteRefusedException.Violation> trial(java.util.function.Consumer<StoreWriter> action) {
        return delegate.trial(action);
    }

    @Override
    public boolean isEmptyCatalog() {
        return delegate.isEmptyCatalog();
    }

    @Override
    public long revision() {
        return delegate.revision();
    }

    /** Derived data: rebuilt from the published records after a restore, so it is never backed up itself. */
    @Override
    public BackupSummary backup(java.io.OutputStream out) {
        throw new UnsupportedOperationException("The public store is derived from the catalog; back up the catalog store");
    }

    @Override
    public BackupSummary restore(java.nio.file.Path backup) {
        throw new UnsupportedOperationException("The public store is derived from the catalog; restore the catalog store");
    }

    /**
     * Runs a read query over one graph of this store, and only that graph, as the default graph: the query sees no
     * named graph at all, so GRAPH, FROM and FROM NAMED reach nothing else, whatever else the store holds. SERVICE
     * cannot leave the machine (no service executor is registered for it), and the query is cancelled after
     * {@code timeout}. {@code action} runs inside the read transaction and must copy out what it needs.
     */
    public <T> T queryGraph(Node graphName, Query query, Duration timeout, Function<QueryExec, T> action) {
        return delegate.readDatasetGraph(dsg -> {
            DatasetGraph only = DatasetGraphFactory.wrap(dsg.getGraph(graphName));
            try (QueryExec exec = QueryExec.dataset(only).query(query)
                    .set(ARQ.httpServiceAllowed, false)
                    .set(ARQConstants.registryServiceExecutors, new ServiceExecutorRegistry())
                    .timeout(timeout.toMillis(), TimeUnit.MILLISECONDS)
                    .build()) {
                return action.apply(exec);
            }
        });
    }

    void close() {
        delegate.close();
    }
}
