package nl.datawijzer.rdf;

import java.util.function.Function;

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

    void close() {
        delegate.close();
    }
}
