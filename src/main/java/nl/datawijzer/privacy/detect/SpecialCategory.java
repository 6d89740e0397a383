package nl.datawijzer.privacy.detect;

/**
 * The kinds of special-category personal data of art. 9(1) GDPR (AVG), each a concept of its own in
 * {@code dwv:persoonsgegevens} (with {@code dw:specialCategory true} and {@code dw:gdprArticle "art. 9 lid 1"}).
 * Criminal data (art. 10) is not one of them and is flagged apart in {@link Suggestion#criminal()}.
 */
public enum SpecialCategory {
    RACIAL_OR_ETHNIC_ORIGIN("ras-etnische-afkomst"),
    POLITICAL_OPINIONS("politieke-opvattingen"),
    RELIGIOUS_OR_PHILOSOPHICAL_BELIEFS("religie-levensovertuiging"),
    TRADE_UNION_MEMBERSHIP("vakbondslidmaatschap"),
    GENETIC("genetisch"),
    BIOMETRIC("biometrisch"),
    HEALTH("gezondheid"),
    SEX_LIFE_OR_SEXUAL_ORIENTATION("seksueel-gedrag-gerichtheid");

    private final String conceptIri;

    SpecialCategory(String code) {
        this.conceptIri = Vocabulary.PERSONAL_DATA + code;
    }

    /** The concept of {@code dwv:persoonsgegevens} for this kind, the IRI a field's classification uses. */
    public String conceptIri() {
        return conceptIri;
    }
}
