package nl.datawijzer.opendata.sparql;

import java.util.List;

/** A serialisation of a SPARQL answer: its media type and the other media types that ask for it. */
public enum SparqlResultFormat {
    JSON("application/sparql-results+json", List.of("application/json")),
    XML("application/sparql-results+xml", List.of("application/xml", "text/xml")),
    CSV("text/csv", List.of()),
    TSV("text/tab-separated-values", List.of()),
    TURTLE("text/turtle", List.of("application/x-turtle")),
    JSON_LD("application/ld+json", List.of("application/json")),
    N_TRIPLES("application/n-triples", List.of());

    private final String mediaType;
    private final List<String> aliases;

    SparqlResultFormat(String mediaType, List<String> aliases) {
        this.mediaType = mediaType;
        this.aliases = aliases;
    }

    public String mediaType() {
        return mediaType;
    }

    /** The media type and its aliases. */
    public List<String> mediaTypes() {
        return java.util.stream.Stream.concat(java.util.stream.Stream.of(mediaType), aliases.stream()).toList();
    }
}
