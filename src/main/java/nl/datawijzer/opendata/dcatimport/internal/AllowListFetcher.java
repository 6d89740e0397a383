package nl.datawijzer.opendata.dcatimport.internal;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeoutException;
import nl.datawijzer.opendata.dcatimport.DcatDocument;
import nl.datawijzer.opendata.dcatimport.DcatImportRefusedException;
import nl.datawijzer.opendata.export.ExportFormat;

/**
 * Fetches a DCAT document from an address that starts with an entry of the allow list. Every hop is checked: the
 * first address and each redirect (followed by hand, at most {@value #MAX_REDIRECTS}) must use an allowed scheme (https)
 * and start with an allow-list entry, so no request ever leaves the list. Connect and read time out; the body is read
 * up to the import size and the rest is not read at all.
 */
public final class AllowListFetcher {

    static final int MAX_REDIRECTS = 5;
    private static final Set<String> HTTPS_ONLY = Set.of("https");

    private final List<String> allowList;
    private final Set<String> schemes;
    private final long maxSize;
    private final Duration readTimeout;
    private final HttpClient client;

    /** The production fetcher: https only. */
    public AllowListFetcher(List<String> allowList, long maxSize, Duration connectTimeout, Duration readTimeout) {
        this(allowList, HTTPS_ONLY, maxSize, connectTimeout, readTimeout);
    }

    /**
     * @param schemes the URL schemes allowed besides the list; only tests against a local server on the loopback
     *        address widen it to http, because a test has no certificate
     */
    AllowListFetcher(List<String> allowList, Set<String> schemes, long maxSize, Duration connectTimeout,
            Duration readTimeout) {
        this.allowList = List.copyOf(allowList);
        this.schemes = Set.copyOf(schemes);
        this.maxSize = maxSize;
        this.readTimeout = readTimeout;
        this.client = HttpClient.newBuilder().connectTimeout(connectTimeout)
                .followRedirects(HttpClient.Redirect.NEVER).proxy(HttpClient.Builder.NO_PROXY).build();
    }

    public DcatDocument fetch(String address) {
        URI uri = checked(address.strip());
        for (int hop = 0; hop <= MAX_REDIRECTS; hop++) {
            URI current = uri;
            HttpResponse<InputStream> response = send(current);
            int status = response.statusCode();
            try (InputStream body = response.body()) {
                if (status >= 300 && status < 400 && status != 304) {
                    String location = response.headers().firstValue("Location").orElseThrow(() ->
                            new DcatImportRefusedException("Het adres " + current + " stuurt door zonder nieuw adres."));
                    uri = checked(current.resolve(location.strip()).toString());
                    continue;
                }
                if (status != 200) {
                    throw new DcatImportRefusedException("Het adres " + uri + " gaf HTTP-status " + status
                            + " in plaats van een DCAT-document. Er is niets geïmporteerd.");
                }
                long declared = response.headers().firstValueAsLong("Content-Length").orElse(-1);
                if (declared > maxSize) {
                    throw DocumentParser.tooLarge(maxSize);
                }
                String contentType = response.headers().firstValue("Content-Type").orElse("");
                ExportFormat format = DocumentParser.formatOf(uri.getPath(), contentType)
                        .or(() -> DocumentParser.formatOf(null, contentType))
                        .orElseThrow(() -> new DcatImportRefusedException("Het adres " + current + " geeft geen Turtle, "
                                + "JSON-LD of RDF/XML (inhoudstype '" + contentType + "'). Er is niets geïmporteerd."));
                // The request timeout ends when the headers arrive; the body must also be in within the same time, so
                // it is read on a virtual thread that the caller waits for no longer than that.
                CompletableFuture<byte[]> reading = new CompletableFuture<>();
                Thread.ofVirtual().name("dcat-import-body").start(() -> {
                    try {
                        reading.complete(DocumentParser.readBounded(body, maxSize));
                    } catch (IOException | RuntimeException e) {
                        reading.completeExceptionally(e);
                    }
                });
                try {
                    return new DcatDocument(uri.toString(), format, reading.get(readTimeout.toMillis(), TimeUnit.MILLISECONDS));
                } catch (TimeoutException e) {
                    throw new DcatImportRefusedException("Het adres " + current + " antwoordde niet op tijd (het "
                            + "document kwam te langzaam binnen). Er is niets geïmporteerd.", e);
                } catch (ExecutionException e) {
                    if (e.getCause() instanceof DcatImportRefusedException refused) {
                        throw refused;
                    }
                    throw e.getCause() instanceof IOException io ? io : new IOException(e.getCause());
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new DcatImportRefusedException("Het ophalen is afgebroken. Er is niets geïmporteerd.", e);
                }
            } catch (IOException e) {
                throw new DcatImportRefusedException("Het document van " + uri + " kon niet helemaal worden gelezen ("
                        + e.getMessage() + "). Er is niets geïmporteerd.", e);
            }
        }
        throw new DcatImportRefusedException("Het adres stuurt vaker dan " + MAX_REDIRECTS
                + " keer door. Er is niets geïmporteerd.");
    }

    private HttpResponse<InputStream> send(URI uri) {
        HttpRequest request = HttpRequest.newBuilder(uri).timeout(readTimeout)
                .header("Accept", "text/turtle, application/ld+json;q=0.9, application/rdf+xml;q=0.8").GET().build();
        try {
            return client.send(request, HttpResponse.BodyHandlers.ofInputStream());
        } catch (HttpTimeoutException e) {
            throw new DcatImportRefusedException("Het adres " + uri + " antwoordde niet op tijd. Er is niets "
                    + "geïmporteerd.", e);
        } catch (IOException e) {
            throw new DcatImportRefusedException("Het adres " + uri + " is niet bereikbaar (" + e.getMessage()
                    + "). Er is niets geïmporteerd.", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new DcatImportRefusedException("Het ophalen is afgebroken. Er is niets geïmporteerd.", e);
        }
    }

    /** The address, normalised, when its scheme is allowed and it starts with an allow-list entry. */
    URI checked(String address) {
        URI uri;
        try {
            uri = new URI(address).normalize();
        } catch (URISyntaxException e) {
            throw new DcatImportRefusedException("'" + address + "' is geen geldig webadres.");
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!schemes.contains(scheme)) {
            throw new DcatImportRefusedException("Alleen https-adressen worden opgehaald; '" + address + "' wordt niet "
                    + "opgehaald.");
        }
        if (uri.getRawUserInfo() != null || uri.getHost() == null) {
            throw new DcatImportRefusedException("'" + address + "' is geen toegestaan webadres (gebruikersnaam in het "
                    + "adres of geen host).");
        }
        String text = uri.toString();
        boolean allowed = allowList.stream().anyMatch(entry -> startsWithEntry(text, entry));
        if (!allowed) {
            throw new DcatImportRefusedException(allowList.isEmpty()
                    ? "Ophalen van een adres staat uit: de lijst met toegestane adressen "
                            + "(datawijzer.opendata.import-allow-list) is leeg. Upload het document als bestand."
                    : "'" + address + "' staat niet op de lijst met toegestane adressen (" + String.join(", ", allowList)
                            + "); er is niets opgehaald.");
        }
        return uri;
    }

    /** A prefix match that cannot be stretched: "https://a.nl" does not allow "https://a.nl.evil.example/". */
    static boolean startsWithEntry(String address, String entry) {
        if (entry.isBlank() || !address.regionMatches(true, 0, entry, 0, entry.length())) {
            return false;
        }
        if (entry.endsWith("/") || address.length() == entry.length()) {
            return true;
        }
        char next = address.charAt(entry.length());
        return next == '/' || next == '?' || next == '#';
    }
}
