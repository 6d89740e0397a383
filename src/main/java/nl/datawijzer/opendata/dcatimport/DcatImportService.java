package nl.datawijzer.opendata.dcatimport;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import nl.datawijzer.catalog.CatalogChangedEvent;
import nl.datawijzer.opendata.OpenDataProperties;
import nl.datawijzer.opendata.dcatimport.internal.AllowListFetcher;
import nl.datawijzer.opendata.dcatimport.internal.DcatImporter;
import nl.datawijzer.opendata.dcatimport.internal.DocumentParser;
import nl.datawijzer.opendata.export.ExportFormat;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/**
 * DCAT import for the administrator: read a document (upload, or fetch from an address on the allow list), preview
 * what it does to the catalog, and apply it all at once. Each step refuses bad input with a Dutch message and writes
 * nothing; only {@link #apply} writes, in one validated transaction.
 */
@Service
public class DcatImportService {

    private final DcatImporter importer;
    private final AllowListFetcher fetcher;
    private final OpenDataProperties properties;
    private final ApplicationEventPublisher events;

    DcatImportService(DcatImporter importer, OpenDataProperties properties, ApplicationEventPublisher events) {
        this.importer = importer;
        this.properties = properties;
        this.events = events;
        this.fetcher = new AllowListFetcher(properties.importAllowList(), properties.maxImportSize().toBytes(),
                properties.reachabilityTimeout(), properties.reachabilityTimeout().multipliedBy(6));
    }

    /** The address prefixes documents may be fetched from (empty: fetching is off). */
    @PreAuthorize("hasRole('ADMIN')")
    public List<String> allowList() {
        return properties.importAllowList();
    }

    /** The largest document that is read, in bytes. */
    @PreAuthorize("hasRole('ADMIN')")
    public long maxSize() {
        return properties.maxImportSize().toBytes();
    }

    /**
     * Reads an uploaded document, at most the import size; the format follows the file name's extension, else the
     * content type.
     *
     * @throws DcatImportRefusedException when it is too large or its format is not Turtle, JSON-LD or RDF/XML
     */
    @PreAuthorize("hasRole('ADMIN')")
    public DcatDocument upload(String fileName, @Nullable String contentType, InputStream content) {
        ExportFormat format = DocumentParser.formatOf(fileName, contentType).orElseThrow(() ->
                new DcatImportRefusedException("'" + fileName + "' is geen Turtle- (.ttl), JSON-LD- (.jsonld) of "
                        + "RDF/XML-bestand (.rdf). Er is niets geïmporteerd."));
        try {
            return new DcatDocument("bestand: " + fileName, format,
                    DocumentParser.readBounded(content, properties.maxImportSize().toBytes()));
        } catch (IOException e) {
            throw new DcatImportRefusedException("Het bestand kon niet worden gelezen. Er is niets geïmporteerd.", e);
        }
    }

    /**
     * Fetches a document from an address that starts with an entry of the allow list (https only; redirects only
     * within the list; time and size limits).
     */
    @PreAuthorize("hasRole('ADMIN')")
    public DcatDocument fetch(String address) {
        return fetcher.fetch(address);
    }

    /** What importing the document into the target would do; writes nothing. */
    @PreAuthorize("hasRole('ADMIN')")
    public DcatImportReport preview(DcatDocument document, ImportTarget target) {
        return importer.preview(document, target);
    }

    /**
     * Imports the document: every added and updated dataset in one transaction, or nothing when any dataset is
     * refused ({@link DcatImportReport#applied()} is then false and the report says why).
     */
    @PreAuthorize("hasRole('ADMIN')")
    public DcatImportReport apply(DcatDocument document, ImportTarget target) {
        DcatImporter.Applied applied = importer.apply(document, target);
        applied.written().forEach((slug, added) -> events.publishEvent(new CatalogChangedEvent("dataset", slug,
                added ? CatalogChangedEvent.Change.CREATED : CatalogChangedEvent.Change.UPDATED)));
        return applied.report();
    }
}
