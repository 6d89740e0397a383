package nl.datawijzer.opendata;

import java.time.Duration;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Settings of the open-data side ({@code datawijzer.opendata.*}).
 *
 * @param publicUrl where the public reaches this portal (scheme, host, port, no trailing slash): hosted files and
 *        the links in exports and the CKAN API are built on it
 * @param maxUploadSize largest file a steward may host as a distribution
 * @param sparqlTimeout longest time one public SPARQL query may run
 * @param sparqlResultLimit most rows (or triples) one public SPARQL query returns
 * @param importAllowList URL prefixes an administrator may fetch DCAT documents from (e.g.
 *        {@code https://opendata.cbs.nl/}); empty means fetching is off and only uploads are possible
 * @param maxImportSize largest DCAT document that is imported, uploaded or fetched
 * @param reachabilityTimeout how long the gate waits for an external distribution URL to answer
 */
@ConfigurationProperties("datawijzer.opendata")
public record OpenDataProperties(
        @DefaultValue("http://localhost:8080") String publicUrl,
        @DefaultValue("20MB") DataSize maxUploadSize,
        @DefaultValue("5s") Duration sparqlTimeout,
        @DefaultValue("10000") int sparqlResultLimit,
        @DefaultValue List<String> importAllowList,
        @DefaultValue("20MB") DataSize maxImportSize,
        @DefaultValue("5s") Duration reachabilityTimeout) {

    public OpenDataProperties {
        publicUrl = publicUrl.endsWith("/") ? publicUrl.substring(0, publicUrl.length() - 1) : publicUrl;
        importAllowList = List.copyOf(importAllowList);
    }

    /** The defaults, for tests and tools that run without Spring. */
    public static OpenDataProperties defaults() {
        return new OpenDataProperties("http://localhost:8080", DataSize.ofMegabytes(20), Duration.ofSeconds(5), 10_000,
                List.of(), DataSize.ofMegabytes(20), Duration.ofSeconds(5));
    }
}
