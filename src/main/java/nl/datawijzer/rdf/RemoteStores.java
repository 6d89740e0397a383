package nl.datawijzer.rdf;

import java.net.URI;
import java.net.http.HttpClient;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.apache.jena.http.auth.AuthEnv;
import org.apache.jena.rdflink.RDFLink;
import org.apache.jena.rdflink.RDFLinkHTTP;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Connects to the remote SPARQL store and waits, within limits, for it to answer before the node starts. */
final class RemoteStores {

    private static final Logger log = LoggerFactory.getLogger(RemoteStores.class);

    private RemoteStores() {
    }

    static RemoteRdfStore open(StoreProperties properties, ShapeValidator validator, Iris iris, WriteAuthor author) {
        StoreProperties.Remote remote = properties.remote();
        String url = remote.url().endsWith("/") ? remote.url().substring(0, remote.url().length() - 1) : remote.url();
        HttpClient client = HttpClient.newBuilder().connectTimeout(remote.connectTimeout())
                .followRedirects(HttpClient.Redirect.NORMAL).build();
        if (remote.user() != null && !remote.user().isBlank()) {
            // Jena sends the credentials for requests to this server only (matched by URL prefix).
            AuthEnv.get().registerUsernamePassword(URI.create(url), remote.user(),
                    remote.password() == null ? "" : remote.password());
        }
        RDFLink link = RDFLinkHTTP.newBuilder().destination(url).queryEndpoint(remote.queryEndpoint())
                .updateEndpoint(remote.updateEndpoint()).httpClient(client).build();
        RemoteRdfStore store = new RemoteRdfStore(link, url, validator, iris, properties.queryTimeout().toMillis(),
                author, remote.conflictRetries(), remote.outcomeWait());
        awaitAnswer(store, url, remote.startupWait());
        log.info("RDF store: remote SPARQL server at {}", url);
        return store;
    }

    private static void awaitAnswer(RemoteRdfStore store, String url, Duration wait) {
        long deadline = System.nanoTime() + wait.toNanos();
        while (true) {
            try {
                store.revision();
                return;
            } catch (StoreUnavailableException e) {
                if (System.nanoTime() > deadline) {
                    store.close();
                    throw new IllegalStateException("De opslag op " + url + " antwoordt niet (na " + wait.toSeconds()
                            + " s gewacht). Controleer datawijzer.store.remote.url en of de SPARQL-server draait. / The"
                            + " store at " + url + " does not answer.", e);
                }
                log.warn("Waiting for the store at {} to answer: {}", url, e.getCause() == null ? e.getMessage()
                        : e.getCause().toString());
                try {
                    TimeUnit.SECONDS.sleep(2);
                } catch (InterruptedException interrupted) {
                    Thread.currentThread().interrupt();
                    throw new IllegalStateException("Interrupted while waiting for the store", interrupted);
                }
            }
        }
    }
}
