package nl.datawijzer.opendata.export;

import java.io.InputStream;
import java.io.OutputStream;
import java.util.List;
import nl.datawijzer.opendata.export.internal.OpenDataExporter;
import nl.datawijzer.rdf.Iris;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Service;

/**
 * The open catalog as DCAT-AP-NL 3.0 (built on DCAT-AP 3.0.1), read only from the public store's open-data view.
 *
 * <p>Three ways to export, each written straight to an {@link OutputStream}:
 * <ul>
 * <li>{@link #exportPage}: the {@code dcat:Catalog} node with one page of datasets (pages start at 1, ordered by
 * dataset IRI, so every dataset is on exactly one page). The catalog node carries {@code hydra:totalItems} and a
 * {@code hydra:view} of type {@code hydra:PartialCollectionView} with {@code hydra:first}, {@code hydra:last} and,
 * where they exist, {@code hydra:next} and {@code hydra:previous}; page IRIs are
 * {@code <catalog>?page=N&pageSize=M}. The same links are in all three formats.</li>
 * <li>{@link #exportAll}: the whole catalog from one snapshot, no paging links. Turtle is streamed a batch of
 * datasets at a time; JSON-LD and RDF/XML build the graph whole, so use pages for large catalogs in those.</li>
 * <li>{@link #exportDataset}: one dataset with its distributions, publisher and contact point, without the catalog.</li>
 * </ul>
 * A page past the last holds the catalog node and its links only. Where the view leaves a dataset's publisher, contact
 * point or access rights out, the export gives the catalog's publisher and contact point and PUBLIC (the view holds
 * published data only). A dataset without a Dutch title is left out; one without dct:identifier gets the last segment
 * of its IRI (its slug). JSON-LD is JSON-LD 1.1 with an inline context (prefixes only): no remote context. {@link #read} is the other
 * direction, for checking an export or reading a DCAT-AP-NL document.
 */
@Service
public class CatalogExportService {

    public static final int MAX_PAGE_SIZE = 1000;

    private final OpenDataExporter exporter;
    private final CatalogDescription catalog;

    @Autowired
    CatalogExportService(OpenDataExporter exporter, Iris iris) {
        this(exporter, CatalogDescription.huizen(iris.base()));
    }

    public CatalogExportService(OpenDataExporter exporter, CatalogDescription catalog) {
        this.exporter = exporter;
        this.catalog = catalog;
    }

    /**
     * Writes one page of the catalog.
     *
     * @throws IllegalArgumentException when page is below 1 or pageSize is outside 1..{@value #MAX_PAGE_SIZE};
     *         nothing is written then
     */
    public ExportPage exportPage(ExportFormat format, int page, int pageSize, OutputStream out) {
        if (page < 1) {
            throw new IllegalArgumentException("Het paginanummer begint bij 1.");
        }
        if (pageSize < 1 || pageSize > MAX_PAGE_SIZE) {
            throw new IllegalArgumentException("De paginagrootte ligt tussen 1 en " + MAX_PAGE_SIZE + ".");
        }
        return exporter.page(catalog, format, page, pageSize, out);
    }

    /** Writes the whole catalog; returns the number of datasets written. */
    public long exportAll(ExportFormat format, OutputStream out) {
        return exporter.all(catalog, format, out);
    }

    /**
     * Writes one published dataset.
     *
     * @return false (and nothing written) when the open-data view holds no dataset with this identifier
     * @throws IllegalArgumentException when the identifier is not a valid dataset slug
     */
    public boolean exportDataset(String identifier, ExportFormat format, OutputStream out) {
        if (!Iris.isValidSlug(identifier)) {
            throw new IllegalArgumentException("Ongeldige dataset-identificatie: gebruik kleine letters, cijfers en koppeltekens.");
        }
        return exporter.dataset(catalog, identifier, format, out);
    }

    /** The datasets of a DCAT-AP-NL document (the reverse mapping). */
    public List<ExportedDataset> read(InputStream in, ExportFormat format) {
        return exporter.parse(in, format);
    }
}
