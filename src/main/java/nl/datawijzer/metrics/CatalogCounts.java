package nl.datawijzer.metrics;

/** The catalog's sizes at one store revision. */
public record CatalogCounts(long revision, long systems, long datasets, long fields, long publishedDatasets,
        long openNeeds, long unreviewedFields) {

    static final CatalogCounts NONE = new CatalogCounts(-1, 0, 0, 0, 0, 0, 0);
}
