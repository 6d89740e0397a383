package nl.datawijzer.catalog;

import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The article of the GDPR (AVG) that makes a personal-data category special, as {@code dw:gdprArticle} on its
 * concept in {@code dwv:persoonsgegevens} says it.
 */
public enum GdprArticle {
    /** The special categories of art. 9(1): health, ethnic origin, religion and the other five kinds. */
    ART_9("art. 9 lid 1"),
    /** Criminal convictions and offences, kept apart from the special categories. */
    ART_10("art. 10");

    private final String literal;

    GdprArticle(String literal) {
        this.literal = literal;
    }

    /** The value of {@code dw:gdprArticle}. */
    public String literal() {
        return literal;
    }

    public static Optional<GdprArticle> of(@Nullable String literal) {
        for (GdprArticle article : values()) {
            if (article.literal.equals(literal)) {
                return Optional.of(article);
            }
        }
        return Optional.empty();
    }
}
