package nl.datawijzer.privacy.detect;

import java.util.regex.Pattern;

/**
 * Dutch telephone numbers, as the Dutch numbering plan (Nummerplan) assigns them.
 *
 * <p>Rule: {@code 0} and nine digits, or the country code {@code +31} or {@code 0031} and the same nine
 * digits without the leading 0; the first of the nine is not 0. Mobile numbers are {@code 06} and eight
 * digits. Spaces and dashes are ignored, and so is the {@code (0)} often written after {@code +31}. Service
 * numbers (0800, 0900) are shorter and not accepted: they do not belong to a person.
 */
public final class PhoneNumber {

    private static final Pattern NATIONAL = Pattern.compile("0[1-9][0-9]{8}");
    private static final Pattern INTERNATIONAL = Pattern.compile("(?:\\+31|0031)[1-9][0-9]{8}");

    private PhoneNumber() {
    }

    public static boolean isValid(String value) {
        String digits = compact(value);
        return NATIONAL.matcher(digits).matches() || INTERNATIONAL.matcher(digits).matches();
    }

    /** Whether the value is a valid Dutch mobile number (06 and eight digits, or +31 6 and eight digits). */
    public static boolean isMobile(String value) {
        if (!isValid(value)) {
            return false;
        }
        String digits = compact(value);
        int afterCountryCode = digits.startsWith("+31") ? 3 : digits.startsWith("0031") ? 4 : 1;
        return digits.charAt(afterCountryCode) == '6';
    }

    private static String compact(String value) {
        String stripped = value.strip();
        StringBuilder compact = new StringBuilder(stripped.length());
        for (int i = 0; i < stripped.length(); i++) {
            char c = stripped.charAt(i);
            if (c != ' ' && c != '-') {
                compact.append(c);
            }
        }
        String result = compact.toString();
        if (result.startsWith("+31(0)")) {
            return "+31" + result.substring(6);
        }
        if (result.startsWith("0031(0)")) {
            return "0031" + result.substring(7);
        }
        return result;
    }
}
