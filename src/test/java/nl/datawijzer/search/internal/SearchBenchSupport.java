package nl.datawijzer.search.internal;

import java.nio.file.Path;
import java.util.List;
import nl.datawijzer.rdf.Iris;
import nl.datawijzer.rdf.RdfStore;
import nl.datawijzer.rdf.RecordKind;

/** Gives the benchmark harness the search internals it measures, without widening their visibility. */
public final class SearchBenchSupport {

    private final DocumentSource source;

    public SearchBenchSupport(RdfStore store, Iris iris) {
        this.source = new DocumentSource(store, null, iris);
    }

    public List<SearchDocument> allDocuments() {
        return source.all();
    }

    /** A rebuild exactly as the application runs it: streamed from the store into {@code index}. */
    public int rebuild(CatalogIndex index) {
        return index.rebuild(batches -> source.all((batch, percent) -> batches.accept(batch)), "bench");
    }

    public List<SearchDocument> datasetDocuments(String slug) {
        return source.record(RecordKind.DATASET, slug);
    }

    /** An index that computes every search (no remembered results): what the benchmark measures. */
    public static CatalogIndex openIndex(Path folder) {
        return new CatalogIndex(folder, false);
    }
}
