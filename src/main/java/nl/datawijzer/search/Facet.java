package nl.datawijzer.search;

/** The facets search results can be narrowed by. Values are the Dutch labels shown to the user. */
public enum Facet {
    KIND("soort"),
    SYSTEM("systeem"),
    THEME("thema"),
    OWNER("eigenaar"),
    CONFIDENTIALITY("vertrouwelijkheid"),
    CATEGORY("persoonsgegevens");

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
