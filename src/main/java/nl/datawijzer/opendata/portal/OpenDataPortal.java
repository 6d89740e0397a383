package nl.datawijzer.opendata.portal;

import java.util.Optional;
import nl.datawijzer.opendata.export.OpenDataCatalog;
import nl.datawijzer.opendata.portal.internal.ViewDetails;
import org.springframework.stereotype.Service;

/**
 * Published datasets for the public pages. Anonymous on purpose: it reads the open-data view only (through
 * {@link OpenDataCatalog} and the same graph for the few details the export record leaves out), so an unpublished
 * dataset is simply absent, whether or not the internal catalog holds it.
 */
@Service
public class OpenDataPortal {

    private final OpenDataCatalog catalog;
    private final ViewDetails details;

    OpenDataPortal(OpenDataCatalog catalog, ViewDetails details) {
        this.catalog = catalog;
        this.details = details;
    }

    /** A published dataset by its identifier (slug); empty when it is not (or no longer) published or not valid. */
    public Optional<PublishedDataset> find(String slug) {
        return catalog.find(slug).map(dataset -> {
            ViewDetails.Extras extras = details.of(dataset.iri());
            return new PublishedDataset(dataset, extras.contactPhone(), extras.issued(), extras.byteSizes());
        });
    }

    /** How many datasets are published. */
    public long count() {
        return catalog.count();
    }
}
