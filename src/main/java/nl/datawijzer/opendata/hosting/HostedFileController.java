package nl.datawijzer.opendata.hosting;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Duration;
import java.util.Optional;
import nl.datawijzer.opendata.OpenDataUrls;
import nl.datawijzer.opendata.export.OpenDataCatalog;
import nl.datawijzer.rdf.Iris;
import nl.datawijzer.security.Role;
import org.jspecify.annotations.Nullable;
import org.springframework.core.io.FileSystemResource;
import org.springframework.core.io.Resource;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestMethod;

/**
 * Serves hosted files at {@code /open-data/bestanden/{dataset}/{distribution}/{file name}}. Anyone gets the file of a
 * published dataset (the open-data view lists the distribution); signed-in staff get every hosted file; everyone else
 * gets 404, the same answer as for a file that does not exist, so an address reveals nothing about closed data. The
 * security chain lets every request through to here: this is the control.
 */
@Controller
class HostedFileController {

    private static final String STAFF = "ROLE_" + Role.MEDEWERKER_NAME;

    private final HostedFileService hosted;
    private final OpenDataCatalog published;

    HostedFileController(HostedFileService hosted, OpenDataCatalog published) {
        this.hosted = hosted;
        this.published = published;
    }

    @RequestMapping(path = OpenDataUrls.FILES + "/{dataset}/{distribution}/{fileName}",
            method = {RequestMethod.GET, RequestMethod.HEAD})
    ResponseEntity<Resource> file(@PathVariable String dataset, @PathVariable String distribution,
            @PathVariable String fileName, java.security.@Nullable Principal principal) {
        if (!Iris.isValidSlug(dataset) || !Iris.isValidSlug(distribution)) {
            return ResponseEntity.notFound().build();
        }
        Optional<HostedFileService.Download> download = hosted.download(dataset, distribution, fileName);
        if (download.isEmpty()) {
            return ResponseEntity.notFound().build();
        }
        HostedFile file = download.get().file();
        boolean isPublic = isPublished(file);
        // The request's own principal (set by the security filter chain), not a thread-wide holder.
        if (!isPublic && !isStaff(principal instanceof Authentication authentication ? authentication : null)) {
            return ResponseEntity.notFound().build();
        }
        long length;
        try {
            length = Files.size(download.get().path());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        MediaType type = file.type() == HostedFileType.CSV
                ? new MediaType("text", "csv", StandardCharsets.UTF_8) : MediaType.parseMediaType(file.type().contentType());
        return ResponseEntity.ok()
                .contentType(type)
                .contentLength(length)
                .eTag("\"" + file.sha256() + "\"")
                .header(HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment().filename(file.fileName(), StandardCharsets.UTF_8).build().toString())
                // A published file may be cached anywhere; one seen only by staff stays out of shared caches.
                .cacheControl(isPublic ? CacheControl.maxAge(Duration.ofHours(1)).cachePublic()
                        : CacheControl.noCache().cachePrivate())
                .body(new FileSystemResource(download.get().path()));
    }

    private boolean isPublished(HostedFile file) {
        return published.find(file.datasetSlug()).map(d -> d.distributions().stream()
                .anyMatch(x -> x.iri().equals(file.distributionIri()))).orElse(false);
    }

    private static boolean isStaff(@Nullable Authentication authentication) {
        return authentication != null && authentication.isAuthenticated()
                && authentication.getAuthorities().stream().anyMatch(a -> STAFF.equals(a.getAuthority()));
    }
}
