package nl.datawijzer.quality.profiling;

import java.util.Map;

/**
 * The privacy detectors' format validators ({@code Elfproef}, {@code Postcode}, {@code PartialDate}, {@code Iban},
 * {@code EmailAddress}, {@code PhoneNumber}) rewritten over ASCII bytes, because their regular expressions and strings
 * per value are most of the cost of profiling a large file. They are the same rules, not new ones:
 * {@code FastFormatsTest} holds every one to its validator over crafted and random values. A value with a non-ASCII
 * byte is not judged here ({@link #UNKNOWN}) and goes to the validator itself.
 */
final class FastFormats {

    static final int INVALID = 0;
    static final int VALID = 1;
    static final int UNKNOWN = -1;

    /** The lengths {@code Iban} checks, from the SWIFT IBAN registry; shared with {@link SqlChecks}. */
    static final Map<String, Integer> IBAN_LENGTHS = Map.ofEntries(
            Map.entry("AT", 20), Map.entry("BE", 16), Map.entry("BG", 22), Map.entry("CH", 21),
            Map.entry("CY", 28), Map.entry("CZ", 24), Map.entry("DE", 22), Map.entry("DK", 18),
            Map.entry("EE", 20), Map.entry("ES", 24), Map.entry("FI", 18), Map.entry("FR", 27),
            Map.entry("GB", 22), Map.entry("GR", 27), Map.entry("HR", 21), Map.entry("HU", 28),
            Map.entry("IE", 22), Map.entry("IS", 26), Map.entry("IT", 27), Map.entry("LI", 21),
            Map.entry("LT", 20), Map.entry("LU", 20), Map.entry("LV", 21), Map.entry("MT", 31),
            Map.entry("NL", 18), Map.entry("NO", 15), Map.entry("PL", 28), Map.entry("PT", 25),
            Map.entry("RO", 24), Map.entry("SE", 24), Map.entry("SI", 19), Map.entry("SK", 24));

    private static final int[] IBAN_LENGTH_BY_COUNTRY = new int[26 * 26];

    static {
        IBAN_LENGTHS.forEach((country, length) ->
                IBAN_LENGTH_BY_COUNTRY[(country.charAt(0) - 'A') * 26 + country.charAt(1) - 'A'] = length);
    }

    private FastFormats() {
    }

    static int check(ValueFormat format, byte[] b, int from, int to) {
        for (int i = from; i < to; i++) {
            if (b[i] < 0) {
                return UNKNOWN;
            }
        }
        // String.strip() as the validators do it: Java white space, which in ASCII is 9-13, 28-31 and space
        while (from < to && javaSpace(b[from])) {
            from++;
        }
        while (to > from && javaSpace(b[to - 1])) {
            to--;
        }
        boolean valid = switch (format) {
            case BSN -> bsn(b, from, to);
            case POSTCODE -> postcode(b, from, to);
            case DATE -> date(b, from, to, false);
            case PARTIAL_DATE -> date(b, from, to, true);
            case IBAN -> iban(b, from, to);
            case EMAIL -> email(b, from, to);
            case PHONE -> phone(b, from, to);
        };
        return valid ? VALID : INVALID;
    }

    private static boolean javaSpace(byte c) {
        return c == ' ' || c >= 9 && c <= 13 || c >= 28 && c <= 31;
    }

    private static boolean digit(byte c) {
        return c >= '0' && c <= '9';
    }

    private static boolean upper(byte c) {
        return c >= 'A' && c <= 'Z';
    }

    private static byte toUpper(byte c) {
        return c >= 'a' && c <= 'z' ? (byte) (c - 32) : c;
    }

    static boolean bsn(byte[] b, int from, int to) {
        int length = to - from;
        if (length != 8 && length != 9) {
            return false;
        }
        int sum = 0;
        boolean allZero = true;
        for (int i = 0; i < 9; i++) {
            int digit;
            if (length == 8 && i == 0) {
                digit = 0;
            } else {
                byte c = b[from + i - (9 - length)];
                if (!digit(c)) {
                    return false;
                }
                digit = c - '0';
            }
            allZero &= digit == 0;
            sum += (i < 8 ? 9 - i : -1) * digit;
        }
        return !allZero && sum % 11 == 0;
    }

    static boolean postcode(byte[] b, int from, int to) {
        int length = to - from;
        if (length != 6 && length != 7 || b[from] < '1' || b[from] > '9' || !digit(b[from + 1])
                || !digit(b[from + 2]) || !digit(b[from + 3]) || length == 7 && b[from + 4] != ' ') {
            return false;
        }
        byte first = toUpper(b[to - 2]);
        byte second = toUpper(b[to - 1]);
        return upper(first) && upper(second) && !(first == 'S' && (second == 'A' || second == 'D' || second == 'S'));
    }

    private static int number(byte[] b, int from, int count) {
        int n = 0;
        for (int i = from; i < from + count; i++) {
            if (!digit(b[i])) {
                return -1;
            }
            n = n * 10 + (b[i] - '0');
        }
        return n;
    }

    static boolean date(byte[] b, int from, int to, boolean partial) {
        int length = to - from;
        int year;
        int month;
        int day;
        if (length == 10 && b[from + 4] == '-' && b[from + 7] == '-') {
            year = number(b, from, 4);
            month = number(b, from + 5, 2);
            day = number(b, from + 8, 2);
        } else if (length == 10 && b[from + 2] == '-' && b[from + 5] == '-') {
            day = number(b, from, 2);
            month = number(b, from + 3, 2);
            year = number(b, from + 6, 4);
        } else if (length == 8) {
            year = number(b, from, 4);
            month = number(b, from + 4, 2);
            day = number(b, from + 6, 2);
        } else {
            return false;
        }
        if (year < 0 || month < 0 || day < 0) {
            return false;
        }
        if (!partial) {
            return ValueChecks.completeDate(year, month, day);
        }
        if (year == 0) {
            return month == 0 && day == 0;
        }
        if (month == 0) {
            return day == 0;
        }
        return month <= 12 && (day == 0 || ValueChecks.completeDate(year, month, day));
    }

    static boolean iban(byte[] b, int from, int to) {
        byte[] c = new byte[Math.min(to - from, 40)];
        int n = 0;
        for (int i = from; i < to; i++) {
            if (javaSpace(b[i])) {
                continue;
            }
            if (n == c.length) {
                return false;
            }
            c[n++] = toUpper(b[i]);
        }
        if (n < 15 || n > 34 || !upper(c[0]) || !upper(c[1]) || !digit(c[2]) || !digit(c[3])) {
            return false;
        }
        for (int i = 4; i < n; i++) {
            if (!upper(c[i]) && !digit(c[i])) {
                return false;
            }
        }
        int expected = IBAN_LENGTH_BY_COUNTRY[(c[0] - 'A') * 26 + c[1] - 'A'];
        if (expected != 0 && n != expected) {
            return false;
        }
        if (c[0] == 'N' && c[1] == 'L') {
            for (int i = 4; i < 8; i++) {
                if (!upper(c[i])) {
                    return false;
                }
            }
            for (int i = 8; i < 18; i++) {
                if (!digit(c[i])) {
                    return false;
                }
            }
        }
        int remainder = 0;
        for (int k = 0; k < n; k++) {
            byte ch = c[(k + 4) % n];
            remainder = digit(ch) ? (remainder * 10 + (ch - '0')) % 97 : (remainder * 100 + (ch - 'A' + 10)) % 97;
        }
        return remainder == 1;
    }

    private static final boolean[] LOCAL = new boolean[128];

    static {
        for (char ch : "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789!#$%&'*+/=?^_`{|}~.-"
                .toCharArray()) {
            LOCAL[ch] = true;
        }
    }

    private static boolean alphanumeric(byte c) {
        return digit(c) || upper(c) || c >= 'a' && c <= 'z';
    }

    static boolean email(byte[] b, int from, int to) {
        if (to - from > 254) {
            return false;
        }
        int at = from;
        while (at < to && b[at] != '@') {
            if (!LOCAL[b[at]]) {
                return false;
            }
            if (b[at] == '.' && at + 1 < to && b[at + 1] == '.') {
                return false;
            }
            at++;
        }
        int localLength = at - from;
        if (at == to || localLength < 1 || localLength > 64 || b[from] == '.' || b[at - 1] == '.') {
            return false;
        }
        // the domain: labels of letters, digits and inner hyphens, then a top-level domain of 2-63 letters
        int labels = 0;
        int start = at + 1;
        for (int i = start; i <= to; i++) {
            if (i < to && b[i] != '.') {
                continue;
            }
            int length = i - start;
            if (i == to) {
                if (labels == 0 || length < 2 || length > 63) {
                    return false;
                }
                for (int k = start; k < i; k++) {
                    if (!upper(b[k]) && !(b[k] >= 'a' && b[k] <= 'z')) {
                        return false;
                    }
                }
                return true;
            }
            if (length < 1 || length > 63 || !alphanumeric(b[start]) || !alphanumeric(b[i - 1])) {
                return false;
            }
            for (int k = start; k < i; k++) {
                if (!alphanumeric(b[k]) && b[k] != '-') {
                    return false;
                }
            }
            labels++;
            start = i + 1;
        }
        return false;
    }

    private static final byte[] PLUS31 = {'+', '3', '1', '(', '0', ')'};
    private static final byte[] ZERO031 = {'0', '0', '3', '1', '(', '0', ')'};

    static boolean phone(byte[] b, int from, int to) {
        byte[] c = new byte[to - from];
        int n = 0;
        for (int i = from; i < to; i++) {
            if (b[i] != ' ' && b[i] != '-') {
                c[n++] = b[i];
            }
        }
        int start = 0;
        int prefix;
        if (startsWith(c, n, PLUS31)) {
            prefix = 3;
            start = 6;
        } else if (startsWith(c, n, ZERO031)) {
            prefix = 4;
            start = 7;
        } else if (n > 0 && c[0] == '+') {
            prefix = startsWith(c, n, new byte[] {'+', '3', '1'}) ? 3 : -1;
            start = 3;
        } else if (startsWith(c, n, new byte[] {'0', '0', '3', '1'})) {
            prefix = 4;
            start = 4;
        } else {
            prefix = 0;
        }
        if (prefix < 0) {
            return false;
        }
        if (prefix == 0) {
            // 0[1-9][0-9]{8}; a value beginning 0031 was taken above, and is national too when it fits this
            return n == 10 && c[0] == '0' && c[1] >= '1' && c[1] <= '9' && allDigits(c, 2, 10);
        }
        boolean international = n - start == 9 && c[start] >= '1' && c[start] <= '9' && allDigits(c, start + 1, n);
        if (international) {
            return true;
        }
        // "0031..." with ten characters in all can still be a national number ("0031234567" is not: 0 then 0)
        return n == 10 && c[0] == '0' && c[1] >= '1' && c[1] <= '9' && allDigits(c, 2, 10);
    }

    private static boolean startsWith(byte[] c, int n, byte[] prefix) {
        if (n < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if (c[i] != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    private static boolean allDigits(byte[] c, int from, int to) {
        for (int i = from; i < to; i++) {
            if (!digit(c[i])) {
                return false;
            }
        }
        return true;
    }
}
