package nl.datawijzer.search;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * The facets search results can be narrowed by. Values are the Dutch labels shown to the user. In JSON a facet is
 * named by its request parameter, so the names in a response are the names to filter with.
 */
public enum Facet {
    @JsonProperty("soort") KIND("soort"),
    @JsonProperty("systeem") SYSTEM("systeem"),
    @JsonProperty("thema") THEME("thema"),
    @JsonProperty("eigenaar") OWNER("eigenaar"),
    @JsonProperty("vertrouwelijkheid") CONFIDENTIALITY("vertrouwelijkheid"),
    @JsonProperty("persoonsgegevens") CATEGORY("persoonsgegevens");

    private final String parameter;

    Facet(String parameter) {
        this.parameter = parameter;
    }

    /** The name used in URLs and the REST API. */
    public String parameter() {
        return parameter;
    }

    public static Facet fromParameter(String name) {
        for (Facet facet : values()) {
            if (facet.parameter.equals(name) || facet.name().equalsIgnoreCase(name)) {
                return facet;
            }
        }
        throw new IllegalArgumentException("Onbekend filter '" + name + "'; kies uit soort, systeem, thema, eigenaar, "
                + "vertrouwelijkheid, persoonsgegevens");
    }
}
