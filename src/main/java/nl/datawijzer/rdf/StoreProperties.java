package nl.datawijzer.rdf;

import java.nio.file.Path;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where the store lives and which base IRI the municipality's records get.
 *
 * @param dataDir      folder for the embedded TDB2 database, the search indexes and backups (created when missing)
 * @param baseIri      base of every record IRI, ending in {@code /}
 * @param queryTimeout longest time one SPARQL query may run
 * @param remote       a SPARQL 1.1 server to use instead of the embedded database (off when its url is empty)
 * @param filesDir     folder for hosted open-data files; by default {@code files} in the data folder. Nodes that share
 *                     a remote store must share this folder too (a shared volume), since the files are part of the
 *                     catalog
 */
@ConfigurationProperties("datawijzer.store")
public record StoreProperties(
        @DefaultValue("./data") Path dataDir,
        @DefaultValue("https://data.huizen.nl/id/") String baseIri,
        @DefaultValue("10s") Duration queryTimeout,
        @DefaultValue Remote remote,
        @org.jspecify.annotations.Nullable Path filesDir) {

    /** An embedded store in {@code dataDir}, with the remote store's defaults (off): for code that builds one by hand. */
    public static StoreProperties embedded(Path dataDir, String baseIri, Duration queryTimeout) {
        return new StoreProperties(dataDir, baseIri, queryTimeout, new Remote(null, "query", "update", null, null,
                Duration.ofSeconds(5), Duration.ofSeconds(60), Duration.ofSeconds(2), Duration.ofSeconds(30), 5), null);
    }

    /** Where hosted files live: {@link #filesDir}, or {@code files} in the data folder. */
    public Path hostedFiles() {
        return filesDir != null ? filesDir : dataDir.resolve("files");
    }

    /**
     * A shared store on a SPARQL 1.1 server, for several app nodes (see README, "Meerdere knooppunten").
     *
     * @param url             the dataset, e.g. {@code http://fuseki:3030/datawijzer}; empty = the embedded store
     * @param queryEndpoint   path of the query service below {@code url}
     * @param updateEndpoint  path of the update service below {@code url}
     * @param user            user for HTTP basic authentication (optional)
     * @param password        its password
     * @param connectTimeout  how long to wait for a connection
     * @param startupWait     how long a starting node waits for the store to answer before it gives up
     * @param followInterval  how often a node looks for changes other nodes made
     * @param outcomeWait     how long a write whose answer was lost waits to learn whether it was committed
     * @param conflictRetries how often a write runs again when other nodes' writes keep coming first
     */
    public record Remote(
            String url,
            @DefaultValue("query") String queryEndpoint,
            @DefaultValue("update") String updateEndpoint,
            String user,
            String password,
            @DefaultValue("5s") Duration connectTimeout,
            @DefaultValue("60s") Duration startupWait,
            @DefaultValue("2s") Duration followInterval,
            @DefaultValue("30s") Duration outcomeWait,
            @DefaultValue("5") int conflictRetries) {

        public boolean enabled() {
            return url != null && !url.isBlank();
        }
    }
}
