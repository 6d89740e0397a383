package nl.datawijzer.privacy.detect;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Dutch postcodes (PostNL; the BAG uses the same form).
 *
 * <p>Rule: {@code ^[1-9][0-9]{3} ?[A-Z]{2}$}: four digits not starting with 0, an optional space and two
 * letters; the letter pairs SA, SD and SS are not issued. The normal form is {@code "1234 AB"}. Lower-case
 * letters are accepted and upper-cased, because exports often lose the case.
 */
public final class Postcode {

    private static final Pattern POSTCODE = Pattern.compile("([1-9][0-9]{3}) ?([A-Z]{2})");

    private Postcode() {
    }

    public static boolean isValid(String value) {
        return normalised(value).isPresent();
    }

    /** The postcode in its normal form {@code "1234 AB"}, or empty when the value is not a postcode. */
    public static Optional<String> normalised(String value) {
        Matcher matcher = POSTCODE.matcher(value.strip().toUpperCase(Locale.ROOT));
        if (!matcher.matches()) {
            return Optional.empty();
        }
        String letters = matcher.group(2);
        if (letters.equals("SA") || letters.equals("SD") || letters.equals("SS")) {
            return Optional.empty();
        }
        return Optional.of(matcher.group(1) + " " + letters);
    }
}
