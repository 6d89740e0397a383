package nl.datawijzer.privacy.detect;

/**
 * The kinds of special-category personal data of art. 9(1) GDPR (AVG). Criminal data (art. 10) is not one
 * of them and is flagged apart in {@link Suggestion#criminal()}.
 */
public enum SpecialCategory {
    RACIAL_OR_ETHNIC_ORIGIN,
    POLITICAL_OPINIONS,
    RELIGIOUS_OR_PHILOSOPHICAL_BELIEFS,
    TRADE_UNION_MEMBERSHIP,
    GENETIC,
    BIOMETRIC,
    HEALTH,
    SEX_LIFE_OR_SEXUAL_ORIENTATION
}
