package nl.datawijzer.opendata;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Component;

/**
 * Every public address of the open-data side in one place, so that the portal, the exports, the CKAN API and the
 * hosted files link to each other the same way. Paths are relative to the portal's root; {@link #absolute} puts
 * {@code datawijzer.opendata.public-url} in front.
 */
@Component
@EnableConfigurationProperties(OpenDataProperties.class)
public class OpenDataUrls {

    /** The portal's open-data pages (Vaadin). */
    public static final String PORTAL = "open-data";
    /** Hosted distribution files: {@code /open-data/bestanden/{dataset}/{distribution}/{file name}}. */
    public static final String FILES = "/open-data/bestanden";
    /** DCAT-AP-NL exports: {@code /api/public/dcat/catalog.ttl}, {@code /api/public/dcat/datasets/{id}.ttl}. */
    public static final String DCAT = "/api/public/dcat";
    /** CKAN Action API: {@code /api/3/action/{action}}. */
    public static final String CKAN = "/api/3/action";
    /** Public SPARQL endpoint over the open-data view. */
    public static final String SPARQL = "/api/public/sparql";

    private final String publicUrl;

    public OpenDataUrls(OpenDataProperties properties) {
        this.publicUrl = properties.publicUrl();
    }

    public String publicUrl() {
        return publicUrl;
    }

    /** The public address of a path of this portal. */
    public String absolute(String path) {
        return publicUrl + (path.startsWith("/") ? path : "/" + path);
    }

    /** The portal page of a published dataset (Vaadin route). */
    public static String datasetPage(String datasetSlug) {
        return PORTAL + "/" + datasetSlug;
    }

    /** The stable address of a hosted file. */
    public static String hostedFile(String datasetSlug, String distributionSlug, String fileName) {
        return FILES + "/" + datasetSlug + "/" + distributionSlug + "/" + encode(fileName);
    }

    /** The whole catalog in a format: extension {@code ttl}, {@code jsonld} or {@code rdf}. */
    public static String catalogExport(String extension) {
        return DCAT + "/catalog." + extension;
    }

    /** One dataset in a format: extension {@code ttl}, {@code jsonld} or {@code rdf}. */
    public static String datasetExport(String datasetSlug, String extension) {
        return DCAT + "/datasets/" + datasetSlug + "." + extension;
    }

    /** CKAN's package_show for one dataset. */
    public static String ckanPackageShow(String datasetSlug) {
        return CKAN + "/package_show?id=" + encode(datasetSlug);
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
