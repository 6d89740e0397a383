package nl.datawijzer.opendata.export.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirements;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import nl.datawijzer.opendata.OpenDataUrls;
import nl.datawijzer.opendata.export.CatalogExportService;
import nl.datawijzer.opendata.export.ExportFormat;
import nl.datawijzer.rdf.PublicRdfStore;
import org.jspecify.annotations.Nullable;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

/**
 * The open catalog as DCAT-AP-NL 3.0 for everyone. The whole catalog is streamed from one snapshot; with {@code page}
 * (and optionally {@code pageSize}) one page with hydra links is sent. The ETag is the public store's revision, which
 * grows with every change of the open-data view, so a harvester that sends it back gets 304 without an export.
 */
@RestController
@RequestMapping(OpenDataUrls.DCAT)
@Tag(name = "DCAT-AP-NL", description = "De open-datacatalogus van de gemeente volgens DCAT-AP-NL 3.0 (zonder aanmelden)")
class DcatApi {

    static final int DEFAULT_PAGE_SIZE = 100;
    /** Documents up to 4 MiB each, 32 MiB together: the whole catalog of a municipality, its datasets and pages. */
    static final int CACHED_DOCUMENT_MAX = 4 * 1024 * 1024;
    static final long CACHE_MAX = 32L * 1024 * 1024;

    private final CatalogExportService exports;
    private final PublicRdfStore store;
    private final ExportCache cache = new ExportCache(CACHED_DOCUMENT_MAX, CACHE_MAX);

    DcatApi(CatalogExportService exports, PublicRdfStore store) {
        this.exports = exports;
        this.store = store;
    }

    @GetMapping("/catalog.ttl")
    @SecurityRequirements
    @Operation(summary = "De hele catalogus in Turtle (of één pagina met page en pageSize)")
    ResponseEntity<StreamingResponseBody> turtle(@RequestParam(required = false) @Nullable String page,
            @RequestParam(required = false) @Nullable String pageSize, WebRequest request) {
        return catalog(ExportFormat.TURTLE, page, pageSize, request);
    }

    @GetMapping("/catalog.jsonld")
    @SecurityRequirements
    @Operation(summary = "De hele catalogus in JSON-LD 1.1 (of één pagina met page en pageSize)")
    ResponseEntity<StreamingResponseBody> jsonLd(@RequestParam(required = false) @Nullable String page,
            @RequestParam(required = false) @Nullable String pageSize, WebRequest request) {
        return catalog(ExportFormat.JSON_LD, page, pageSize, request);
    }

    @GetMapping("/catalog.rdf")
    @SecurityRequirements
    @Operation(summary = "De hele catalogus in RDF/XML (of één pagina met page en pageSize)")
    ResponseEntity<StreamingResponseBody> rdfXml(@RequestParam(required = false) @Nullable String page,
            @RequestParam(required = false) @Nullable String pageSize, WebRequest request) {
        return catalog(ExportFormat.RDF_XML, page, pageSize, request);
    }

    @GetMapping("/catalog")
    @SecurityRequirements
    @Operation(summary = "De catalogus in het formaat dat de kop Accept vraagt",
            description = "text/turtle, application/ld+json of application/rdf+xml; zonder Accept (of */*) Turtle; "
                    + "een ander formaat geeft 406.")
    ResponseEntity<StreamingResponseBody> negotiated(@RequestHeader(value = HttpHeaders.ACCEPT, required = false) @Nullable String accept,
            @RequestParam(required = false) @Nullable String page,
            @RequestParam(required = false) @Nullable String pageSize, WebRequest request) {
        Optional<ExportFormat> format = negotiate(accept);
        if (format.isEmpty()) {
            throw new Refused(HttpStatus.NOT_ACCEPTABLE, "Formaat niet beschikbaar",
                    "De catalogus is er als text/turtle, application/ld+json of application/rdf+xml (gevraagd: '"
                            + accept + "').");
        }
        return withVary(catalog(format.get(), page, pageSize, request));
    }

    @GetMapping("/datasets/{slug}.ttl")
    @SecurityRequirements
    @Operation(summary = "Eén gepubliceerde dataset in Turtle")
    ResponseEntity<byte[]> datasetTurtle(@PathVariable String slug, WebRequest request) {
        return dataset(slug, ExportFormat.TURTLE, request);
    }

    @GetMapping("/datasets/{slug}.jsonld")
    @SecurityRequirements
    @Operation(summary = "Eén gepubliceerde dataset in JSON-LD 1.1")
    ResponseEntity<byte[]> datasetJsonLd(@PathVariable String slug, WebRequest request) {
        return dataset(slug, ExportFormat.JSON_LD, request);
    }

    @GetMapping("/datasets/{slug}.rdf")
    @SecurityRequirements
    @Operation(summary = "Eén gepubliceerde dataset in RDF/XML")
    ResponseEntity<byte[]> datasetRdfXml(@PathVariable String slug, WebRequest request) {
        return dataset(slug, ExportFormat.RDF_XML, request);
    }

    private ResponseEntity<StreamingResponseBody> catalog(ExportFormat format, @Nullable String pageText, @Nullable String pageSizeText,
            WebRequest request) {
        long revision = store.revision();
        String what = pageText == null && pageSizeText == null ? "all" : pageText + "-" + pageSizeText;
        String etag = etag(revision, format, what);
        if (request.checkNotModified(etag)) {
            return ResponseEntity.status(HttpStatus.NOT_MODIFIED).eTag(etag).build();
        }
        String fileName = "catalog." + format.extension();
        String key = "catalog-" + format.extension() + "-" + what;
        Optional<byte[]> cached = cache.get(revision, key);
        if (cached.isPresent()) {
            return headers(format, fileName, etag).body(bytes(cached.get()));
        }
        if (pageText == null && pageSizeText == null) {
            StreamingResponseBody body = out -> {
                var copy = cache.copying(out);
                exports.exportAll(format, copy);
                copy.document().ifPresent(document -> cache.put(revision, key, document));
            };
            return headers(format, fileName, etag).body(body);
        }
        int page = number("page", pageText, 1);
        int pageSize = number("pageSize", pageSizeText, DEFAULT_PAGE_SIZE);
        // A page is at most MAX_PAGE_SIZE datasets, small enough to build before answering, so a bad page number
        // still gets a clean 400 instead of a broken stream.
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        exports.exportPage(format, page, pageSize, out);
        byte[] document = out.toByteArray();
        cache.put(revision, key, document);
        return headers(format, fileName, etag).body(bytes(document));
    }

    /** Built before answering (a dataset is small): a synchronous answer, cheaper than a streamed asynchronous one. */
    private ResponseEntity<byte[]> dataset(String slug, ExportFormat format, WebRequest request) {
        long revision = store.revision();
        String etag = etag(revision, format, slug);
        String key = "dataset-" + format.extension() + "-" + slug;
        Optional<byte[]> cached = cache.get(revision, key);
        byte[] document;
        if (cached.isPresent()) {
            document = cached.get();
        } else {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            if (!exports.exportDataset(slug, format, out)) {
                throw new Refused(HttpStatus.NOT_FOUND, "Niet gevonden",
                        "De gemeente publiceert geen dataset met identificatie '" + slug + "' als open data.");
            }
            document = out.toByteArray();
            cache.put(revision, key, document);
        }
        if (request.checkNotModified(etag)) {
            return ResponseEntity.status(HttpStatus.NOT_MODIFIED).eTag(etag).build();
        }
        return headers(format, slug + "." + format.extension(), etag).body(document);
    }

    private ResponseEntity.BodyBuilder headers(ExportFormat format, String fileName, String etag) {
        return ResponseEntity.ok()
                .contentType(new MediaType(MediaType.parseMediaType(format.mediaType()), StandardCharsets.UTF_8))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.inline().filename(fileName).build().toString())
                .eTag(etag)
                .cacheControl(CacheControl.noCache());
    }

    private static ResponseEntity<StreamingResponseBody> withVary(ResponseEntity<StreamingResponseBody> response) {
        HttpHeaders headers = new HttpHeaders();
        headers.addAll(response.getHeaders());
        headers.setVary(List.of(HttpHeaders.ACCEPT));
        return new ResponseEntity<>(response.getBody(), headers, response.getStatusCode());
    }

    private static String etag(long revision, ExportFormat format, String what) {
        return "\"r" + revision + "-" + format.extension() + "-" + Integer.toHexString(what.hashCode()) + "\"";
    }

    /** The format Accept asks for first (by quality); Turtle for no Accept or a wildcard. */
    static Optional<ExportFormat> negotiate(@Nullable String accept) {
        if (accept == null || accept.isBlank()) {
            return Optional.of(ExportFormat.TURTLE);
        }
        List<MediaType> wanted;
        try {
            wanted = MediaType.parseMediaTypes(accept);
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
        wanted = wanted.stream().sorted(java.util.Comparator.comparingDouble(MediaType::getQualityValue).reversed()
                .thenComparing(t -> t.isWildcardType() || t.isWildcardSubtype())).toList();
        for (MediaType type : wanted) {
            if (type.getQualityValue() == 0) {
                continue;
            }
            for (ExportFormat format : ExportFormat.values()) {
                if (type.includes(MediaType.parseMediaType(format.mediaType()))) {
                    return Optional.of(format);
                }
            }
        }
        return Optional.empty();
    }

    private static int number(String name, @Nullable String text, int fallback) {
        if (text == null) {
            return fallback;
        }
        try {
            return Integer.parseInt(text.strip());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("Parameter '" + name + "' moet een geheel getal zijn (ontvangen: '"
                    + text + "').");
        }
    }

    private static StreamingResponseBody bytes(byte[] content) {
        return out -> out.write(content);
    }

    /** A 404 or 406 as problem JSON, whatever the client accepts (the content type is set, not negotiated). */
    @ExceptionHandler(Refused.class)
    ResponseEntity<ProblemDetail> refused(Refused e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(e.status, e.getMessage());
        problem.setTitle(e.title);
        return ResponseEntity.status(e.status).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }

    private static final class Refused extends RuntimeException {
        private final HttpStatus status;
        private final String title;

        Refused(HttpStatus status, String title, String detail) {
            super(detail);
            this.status = status;
            this.title = title;
        }
    }
}
