package nl.datawijzer.privacy;

import java.util.regex.Pattern;

/**
 * A kind of personal data as a resident reads it: the code and label of a concept of the list
 * {@code dwv:persoonsgegevens}, never a field. {@code special} marks the kinds the law protects extra (art. 9 and 10
 * GDPR: health, criminal records).
 *
 * @param code    the concept's code, e.g. {@code gezondheid} (also used in the page's filter link)
 * @param label   the concept's label in the reader's language
 * @param special a special category of personal data
 */
public record DataCategory(String code, String label, boolean special) {

    private static final Pattern CODE = Pattern.compile("[a-z][a-z0-9-]{0,79}");

    public DataCategory {
        if (!isValidCode(code)) {
            throw new IllegalArgumentException("Ongeldige code van een soort gegevens: '" + code + "'");
        }
    }

    public static boolean isValidCode(String code) {
        return code != null && CODE.matcher(code).matches();
    }
}
