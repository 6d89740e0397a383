package nl.datawijzer.privacy.detect;

/**
 * The concepts of the project value lists that detection suggests, with their exact IRIs. The source of
 * truth is {@code ontology/vocabularies/personal-data-categories.ttl} and {@code confidentiality.ttl};
 * {@code VocabularyTest} fails when an IRI here is missing there.
 */
final class Vocabulary {

    static final String PERSONAL_DATA = "https://w3id.org/datawijzer/vocab/persoonsgegevens/";
    static final String CONFIDENTIALITY = "https://w3id.org/datawijzer/vocab/vertrouwelijkheid/";

    private Vocabulary() {
    }

    /** Scheme {@code dwv:persoonsgegevens}; the Dutch label is lower-case to sit inside a sentence. */
    enum Category {
        NAW("naw", "NAW-gegevens", "name and address data"),
        FINANCIAL("financieel", "financiële gegevens", "financial data"),
        PERSONAL_CHARACTERISTICS("persoonskenmerken", "persoonskenmerken", "personal characteristics"),
        PHYSICAL("fysiek", "fysieke gegevens", "physical data"),
        LIFESTYLE("leefgewoonten", "leefgewoonten", "lifestyle data"),
        PSYCHOLOGICAL("psychisch", "psychische gegevens", "psychological data"),
        HOUSEHOLD("gezinssamenstelling", "gezinssamenstelling", "household composition"),
        HOUSING("huisvesting", "huisvesting", "housing data"),
        HEALTH("gezondheid", "gezondheidsgegevens", "health data"),
        EDUCATION("opleiding", "opleiding", "education"),
        OCCUPATION("beroep", "beroep", "occupation"),
        NATIONAL_ID("nationaal-identificatienummer", "een nationaal identificatienummer (BSN)",
                "a national identification number (BSN)"),
        IMAGES("beeld", "beeldmateriaal", "images"),
        SOUND("geluid", "geluidsopnamen", "sound recordings"),
        LOCATION("locatie", "locatiegegevens", "location data"),
        CRIMINAL("strafrechtelijk", "strafrechtelijke gegevens", "criminal data");

        private final String iri;
        private final String labelNl;
        private final String labelEn;

        Category(String code, String labelNl, String labelEn) {
            this.iri = PERSONAL_DATA + code;
            this.labelNl = labelNl;
            this.labelEn = labelEn;
        }

        String iri() {
            return iri;
        }

        String labelNl() {
            return labelNl;
        }

        String labelEn() {
            return labelEn;
        }
    }

    /** Scheme {@code dwv:vertrouwelijkheid}, the ZGW scale; {@code rank} is its {@code dw:rank}, 1 to 8. */
    enum Confidentiality {
        OPENBAAR("openbaar", 1),
        BEPERKT_OPENBAAR("beperkt-openbaar", 2),
        INTERN("intern", 3),
        ZAAKVERTROUWELIJK("zaakvertrouwelijk", 4),
        VERTROUWELIJK("vertrouwelijk", 5),
        CONFIDENTIEEL("confidentieel", 6),
        GEHEIM("geheim", 7),
        ZEER_GEHEIM("zeer-geheim", 8);

        private final String iri;
        private final int rank;

        Confidentiality(String code, int rank) {
            this.iri = CONFIDENTIALITY + code;
            this.rank = rank;
        }

        String iri() {
            return iri;
        }

        int rank() {
            return rank;
        }

        static int rankOf(String iri) {
            for (Confidentiality level : values()) {
                if (level.iri.equals(iri)) {
                    return level.rank;
                }
            }
            throw new IllegalArgumentException("Onbekende vertrouwelijkheid / unknown confidentiality: " + iri);
        }

        /**
         * The suggested mapping of domain brief section 2 (not a standard): a BSN, special-category (art. 9
         * GDPR) and criminal (art. 10) data are vertrouwelijk, the lowest level the shapes accept for them;
         * other personal data is zaakvertrouwelijk.
         */
        static Confidentiality suggestedFor(Category category, boolean specialCategory, boolean criminal) {
            boolean sensitive = category == Category.NATIONAL_ID || category == Category.HEALTH
                    || category == Category.CRIMINAL || specialCategory || criminal;
            return sensitive ? VERTROUWELIJK : ZAAKVERTROUWELIJK;
        }
    }
}
