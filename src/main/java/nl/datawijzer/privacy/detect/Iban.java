package nl.datawijzer.privacy.detect;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * International bank account numbers (IBAN, ISO 13616).
 *
 * <p>Rule: two letters (country), two check digits and at most 30 letters or digits; spaces are ignored.
 * Move the first four characters to the end, replace every letter by a number (A = 10 .. Z = 35) and the
 * resulting number modulo 97 must be 1. A Dutch IBAN has 18 characters: {@code NLkk}, a four-letter bank
 * code and ten digits. For the other countries listed here the length is checked too; for the rest only
 * the general form, because a wrong length table would reject real accounts.
 */
public final class Iban {

    private static final Pattern GENERAL = Pattern.compile("[A-Z]{2}[0-9]{2}[A-Z0-9]{11,30}");
    private static final Pattern DUTCH = Pattern.compile("NL[0-9]{2}[A-Z]{4}[0-9]{10}");

    // SEPA countries a Dutch municipality meets most; lengths from the SWIFT IBAN registry.
    private static final Map<String, Integer> LENGTHS = Map.ofEntries(
            Map.entry("AT", 20), Map.entry("BE", 16), Map.entry("BG", 22), Map.entry("CH", 21),
            Map.entry("CY", 28), Map.entry("CZ", 24), Map.entry("DE", 22), Map.entry("DK", 18),
            Map.entry("EE", 20), Map.entry("ES", 24), Map.entry("FI", 18), Map.entry("FR", 27),
            Map.entry("GB", 22), Map.entry("GR", 27), Map.entry("HR", 21), Map.entry("HU", 28),
            Map.entry("IE", 22), Map.entry("IS", 26), Map.entry("IT", 27), Map.entry("LI", 21),
            Map.entry("LT", 20), Map.entry("LU", 20), Map.entry("LV", 21), Map.entry("MT", 31),
            Map.entry("NL", 18), Map.entry("NO", 15), Map.entry("PL", 28), Map.entry("PT", 25),
            Map.entry("RO", 24), Map.entry("SE", 24), Map.entry("SI", 19), Map.entry("SK", 24));

    private Iban() {
    }

    public static boolean isValid(String value) {
        return normalised(value).isPresent();
    }

    /** The IBAN in groups of four as printed on a bank card ({@code "NL91 ABNA 0417 1643 00"}), or empty. */
    public static Optional<String> normalised(String value) {
        String compact = compact(value);
        if (!GENERAL.matcher(compact).matches()) {
            return Optional.empty();
        }
        String country = compact.substring(0, 2);
        Integer length = LENGTHS.get(country);
        if (length != null && compact.length() != length
                || country.equals("NL") && !DUTCH.matcher(compact).matches()
                || mod97(compact) != 1) {
            return Optional.empty();
        }
        StringBuilder grouped = new StringBuilder(compact.length() + compact.length() / 4);
        for (int i = 0; i < compact.length(); i++) {
            if (i > 0 && i % 4 == 0) {
                grouped.append(' ');
            }
            grouped.append(compact.charAt(i));
        }
        return Optional.of(grouped.toString());
    }

    private static String compact(String value) {
        StringBuilder compact = new StringBuilder(value.length());
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (!Character.isWhitespace(c)) {
                compact.append(c);
            }
        }
        return compact.toString().toUpperCase(Locale.ROOT);
    }

    /** Digit by digit, so the 30-odd digit number never needs a BigInteger. */
    private static int mod97(String iban) {
        String rearranged = iban.substring(4) + iban.substring(0, 4);
        int remainder = 0;
        for (int i = 0; i < rearranged.length(); i++) {
            char c = rearranged.charAt(i);
            if (c >= '0' && c <= '9') {
                remainder = (remainder * 10 + (c - '0')) % 97;
            } else {
                remainder = (remainder * 100 + (c - 'A' + 10)) % 97;
            }
        }
        return remainder;
    }
}
