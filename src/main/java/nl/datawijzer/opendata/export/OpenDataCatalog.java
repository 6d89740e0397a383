package nl.datawijzer.opendata.export;

import java.util.List;
import java.util.Optional;
import nl.datawijzer.opendata.export.internal.OpenDataExporter;
import nl.datawijzer.rdf.Iris;
import org.springframework.stereotype.Service;

/**
 * The published datasets as records, for everyone: read only from the public store's open-data view (the same view
 * the exports, the public search and the CKAN API read), so nothing here can reach closed data. Anonymous on purpose.
 */
@Service
public class OpenDataCatalog {

    public static final int MAX_PAGE_SIZE = 1000;

    private final OpenDataExporter exporter;
    private final CatalogDescription catalog;

    OpenDataCatalog(OpenDataExporter exporter, Iris iris) {
        this.exporter = exporter;
        this.catalog = CatalogDescription.huizen(iris.base());
    }

    /** The catalog node's description (title, publisher, contact point). */
    public CatalogDescription catalog() {
        return catalog;
    }

    /** How many datasets are published. */
    public long count() {
        return exporter.count();
    }

    /**
     * Published datasets in identifier-IRI order.
     *
     * @throws IllegalArgumentException when offset is negative or limit outside 1..{@value #MAX_PAGE_SIZE}
     */
    public List<ExportedDataset> list(long offset, int limit) {
        if (offset < 0) {
            throw new IllegalArgumentException("De startpositie kan niet negatief zijn.");
        }
        if (limit < 1 || limit > MAX_PAGE_SIZE) {
            throw new IllegalArgumentException("Het aantal ligt tussen 1 en " + MAX_PAGE_SIZE + ".");
        }
        return exporter.list(catalog, offset, limit);
    }

    /** One published dataset by its identifier (slug); empty when it is not published or not a valid identifier. */
    public Optional<ExportedDataset> find(String identifier) {
        if (!Iris.isValidSlug(identifier)) {
            return Optional.empty();
        }
        return exporter.find(catalog, identifier);
    }
}
