package nl.datawijzer.opendata.export;

import nl.datawijzer.opendata.export.internal.OpenDataExporter;
import nl.datawijzer.rdf.Iris;
import nl.datawijzer.rdf.PublicRdfStore;

/** An {@link OpenDataCatalog} over a given public store, for tests and the benchmark that run without Spring. */
public final class OpenDataCatalogs {

    private OpenDataCatalogs() {
    }

    public static OpenDataCatalog over(PublicRdfStore store, Iris iris) {
        return new OpenDataCatalog(new OpenDataExporter(store, iris), iris);
    }
}
