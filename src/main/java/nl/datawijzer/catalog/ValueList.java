package nl.datawijzer.catalog;

/** The SKOS value lists in {@code ontology/vocabularies}, by scheme name under {@code dwv:}. */
public enum ValueList {
    CONFIDENTIALITY("vertrouwelijkheid"),
    PERSONAL_DATA_CATEGORY("persoonsgegevens"),
    LEGAL_BASIS("grondslag"),
    ACCESS_RIGHTS("toegangsrecht"),
    EU_THEME("eu-thema"),
    GOVERNMENT_THEME("overheidsthema"),
    LICENCE("licentie"),
    FREQUENCY("frequentie"),
    SYSTEM_KIND("systeemsoort"),
    BIV_LEVEL("biv-niveau"),
    REVIEW_STATUS("beoordeling"),
    STEERING_LEVEL("sturingsniveau"),
    /** Categories of data subjects, for the processing register. */
    DATA_SUBJECT("betrokkenen");

    public static final String BASE = "https://w3id.org/datawijzer/vocab/";

    private final String scheme;

    ValueList(String scheme) {
        this.scheme = scheme;
    }

    public String schemeIri() {
        return BASE + scheme;
    }
}
