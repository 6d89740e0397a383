package nl.datawijzer.opendata.export;

/** The serialisations of the export, with their media type and file extension. */
public enum ExportFormat {
    TURTLE("text/turtle", "ttl"),
    /** JSON-LD 1.1 with its context inline: no remote context is fetched by either side. */
    JSON_LD("application/ld+json", "jsonld"),
    RDF_XML("application/rdf+xml", "rdf");

    private final String mediaType;
    private final String extension;

    ExportFormat(String mediaType, String extension) {
        this.mediaType = mediaType;
        this.extension = extension;
    }

    public String mediaType() {
        return mediaType;
    }

    public String extension() {
        return extension;
    }
}
