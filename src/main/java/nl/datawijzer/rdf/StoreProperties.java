package nl.datawijzer.rdf;

import java.nio.file.Path;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where the embedded store lives and which base IRI the municipality's records get.
 *
 * @param dataDir      folder for the TDB2 database (created when missing)
 * @param baseIri      base of every record IRI, ending in {@code /}
 * @param queryTimeout longest time one SPARQL query may run
 */
@ConfigurationProperties("datawijzer.store")
public record StoreProperties(
        @DefaultValue("./data") Path dataDir,
        @DefaultValue("https://data.huizen.nl/id/") String baseIri,
        @DefaultValue("10s") Duration queryTimeout) {
}
