package nl.datawijzer.privacy.detect;

import org.jspecify.annotations.Nullable;

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

    /**
     * Scheme {@code dwv:persoonsgegevens}; the Dutch label is lower-case to sit inside a sentence. Each art. 9 kind
     * is a category of its own, so a suggestion names the kind and the shapes see it as special.
     */
    enum Category {
        NAW("naw", "NAW-gegevens", "name and address data"),
        FINANCIAL("financieel", "financiële gegevens", "financial data"),
        PERSONAL_CHARACTERISTICS("persoonskenmerken", "persoonskenmerken", "personal characteristics"),
        PHYSICAL("fysiek", "fysieke gegevens", "physical data"),
        LIFESTYLE("leefgewoonten", "leefgewoonten", "lifestyle data"),
        PSYCHOLOGICAL("psychisch", "psychische gegevens", "psychological data"),
        HOUSEHOLD("gezinssamenstelling", "gezinssamenstelling", "household composition"),
        HOUSING("huisvesting", "huisvesting", "housing data"),
        EDUCATION("opleiding", "opleiding", "education"),
        OCCUPATION("beroep", "beroep", "occupation"),
        NATIONAL_ID("nationaal-identificatienummer", "een nationaal identificatienummer (BSN)",
                "a national identification number (BSN)"),
        IMAGES("beeld", "beeldmateriaal", "images"),
        SOUND("geluid", "geluidsopnamen", "sound recordings"),
        LOCATION("locatie", "locatiegegevens", "location data"),
        RACIAL_OR_ETHNIC_ORIGIN(SpecialCategory.RACIAL_OR_ETHNIC_ORIGIN, "ras of etnische afkomst",
                "racial or ethnic origin"),
        POLITICAL_OPINIONS(SpecialCategory.POLITICAL_OPINIONS, "politieke opvattingen", "political opinions"),
        RELIGIOUS_OR_PHILOSOPHICAL_BELIEFS(SpecialCategory.RELIGIOUS_OR_PHILOSOPHICAL_BELIEFS,
                "religie of levensovertuiging", "religious or philosophical beliefs"),
        TRADE_UNION_MEMBERSHIP(SpecialCategory.TRADE_UNION_MEMBERSHIP, "vakbondslidmaatschap",
                "trade union membership"),
        GENETIC(SpecialCategory.GENETIC, "genetische gegevens", "genetic data"),
        BIOMETRIC(SpecialCategory.BIOMETRIC, "biometrische gegevens", "biometric data"),
        HEALTH(SpecialCategory.HEALTH, "gezondheidsgegevens", "health data"),
        SEX_LIFE_OR_SEXUAL_ORIENTATION(SpecialCategory.SEX_LIFE_OR_SEXUAL_ORIENTATION,
                "seksueel gedrag of seksuele gerichtheid", "sex life or sexual orientation"),
        CRIMINAL("strafrechtelijk", "strafrechtelijke gegevens", "criminal data");

        private final String iri;
        private final String labelNl;
        private final String labelEn;
        private final @Nullable SpecialCategory special;

        Category(String code, String labelNl, String labelEn) {
            this.iri = PERSONAL_DATA + code;
            this.labelNl = labelNl;
            this.labelEn = labelEn;
            this.special = null;
        }

        Category(SpecialCategory special, String labelNl, String labelEn) {
            this.iri = special.conceptIri();
            this.labelNl = labelNl;
            this.labelEn = labelEn;
            this.special = special;
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

        /** The art. 9 kind this category is, or null for ordinary personal data and for criminal data. */
        @Nullable SpecialCategory special() {
            return special;
        }

        /** Criminal-offence data (art. 10 GDPR), kept apart from the art. 9 kinds. */
        boolean criminal() {
            return this == CRIMINAL;
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
        static Confidentiality suggestedFor(Category category) {
            boolean sensitive = category == Category.NATIONAL_ID || category.special() != null || category.criminal();
            return sensitive ? VERTROUWELIJK : ZAAKVERTROUWELIJK;
        }
    }
}
