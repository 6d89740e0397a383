package nl.datawijzer.rdf;

import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;

/** A store that hands every call to another: tests and benchmarks override the calls they want to count or hold. */
public abstract class ForwardingRdfStore implements RdfStore {

    protected final RdfStore store;

    protected ForwardingRdfStore(RdfStore store) {
        this.store = store;
    }

    @Override
    public <T> T read(Function<StoreReader, T> action) {
        return store.read(action);
    }

    @Override
    public <T> T write(Function<StoreWriter, T> action) {
        return store.write(action);
    }

    @Override
    public List<WriteRefusedException.Violation> trial(Consumer<StoreWriter> action) {
        return store.trial(action);
    }

    @Override
    public boolean isEmptyCatalog() {
        return store.isEmptyCatalog();
    }

    @Override
    public long revision() {
        return store.revision();
    }

    @Override
    public BackupSummary backup(java.io.OutputStream out) {
        return store.backup(out);
    }

    @Override
    public BackupSummary restore(java.nio.file.Path backup) {
        return store.restore(backup);
    }
}
