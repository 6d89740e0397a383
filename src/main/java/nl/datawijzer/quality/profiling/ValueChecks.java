package nl.datawijzer.quality.profiling;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import nl.datawijzer.privacy.detect.Elfproef;
import nl.datawijzer.privacy.detect.EmailAddress;
import nl.datawijzer.privacy.detect.Iban;
import nl.datawijzer.privacy.detect.PartialDate;
import nl.datawijzer.privacy.detect.PhoneNumber;
import nl.datawijzer.privacy.detect.Postcode;

/**
 * The one definition of a valid value, shared by the file profilers (here, on bytes) and the database profiler
 * ({@link SqlChecks} writes the same rules as SQL; {@code CsvSqlAgreementIT} holds them to each other).
 *
 * <p>Every check sees the value trimmed of ASCII space, tab, CR and LF (what {@link #trimStart}/{@link #trimEnd}
 * remove and {@code btrim(v, E' \t\r\n')} removes in SQL). A declared {@link ValueFormat} decides validity on its own:
 * it is stricter than any datatype it goes with (a BSN in an {@code integer} column, a partial birth date in a
 * {@code date} column, which the date datatype alone would reject).
 *
 * <p>Datatypes: {@code string} always valid; {@code integer} an optional sign and digits; {@code decimal} the same with
 * an optional fraction after a dot or a Dutch comma (no exponent, no thousands separator); {@code boolean}
 * true/false/ja/nee/j/n/0/1/yes/no in any case; {@code date} an existing date as {@code yyyy-MM-dd}, {@code dd-MM-yyyy}
 * or {@code yyyyMMdd} (year 0001-9999); {@code dateTime} an ISO date, {@code T} or a space, {@code HH:mm}, optional
 * {@code :ss} and fraction, optional {@code Z} or offset ({@code +01}, {@code +0100}, {@code +01:00}); {@code gYear}
 * {@code yyyy}; {@code gYearMonth} {@code yyyy-MM}; {@code anyURI} an http(s), urn or mailto URI in URI characters (no
 * spaces, non-ASCII percent-encoded). An unknown datatype is treated as {@code string}: the catalogue's shapes decide
 * which datatypes exist, profiling does not reject a field for it.
 */
final class ValueChecks {

    enum Datatype {
        STRING, INTEGER, DECIMAL, BOOLEAN, DATE, DATE_TIME, G_YEAR, G_YEAR_MONTH, ANY_URI;

        static Datatype of(String localName) {
            return switch (localName.toLowerCase(Locale.ROOT)) {
                case "integer", "int", "long", "short", "nonnegativeinteger", "positiveinteger" -> INTEGER;
                case "decimal", "double", "float" -> DECIMAL;
                case "boolean" -> BOOLEAN;
                case "date" -> DATE;
                case "datetime", "datetimestamp" -> DATE_TIME;
                case "gyear" -> G_YEAR;
                case "gyearmonth" -> G_YEAR_MONTH;
                case "anyuri" -> ANY_URI;
                default -> STRING;
            };
        }
    }

    private ValueChecks() {
    }

    static boolean isTrimmed(int b) {
        return b == ' ' || b == '\t' || b == '\r' || b == '\n';
    }

    static int trimStart(byte[] b, int from, int to) {
        while (from < to && isTrimmed(b[from])) {
            from++;
        }
        return from;
    }

    static int trimEnd(byte[] b, int from, int to) {
        while (to > from && isTrimmed(b[to - 1])) {
            to--;
        }
        return to;
    }

    /** The value trimmed as the profilers trim it. */
    static String trim(String value) {
        int start = 0;
        int end = value.length();
        while (start < end && isTrimmed(value.charAt(start))) {
            start++;
        }
        while (end > start && isTrimmed(value.charAt(end - 1))) {
            end--;
        }
        return value.substring(start, end);
    }

    /** Whether a trimmed, non-empty value is valid for the field. */
    static boolean isValid(Datatype type, ValueFormat format, String trimmed) {
        if (format != null) {
            return formatValid(format, trimmed);
        }
        byte[] bytes = trimmed.getBytes(StandardCharsets.UTF_8);
        return isValid(type, bytes, 0, bytes.length);
    }

    static boolean formatValid(ValueFormat format, String v) {
        return switch (format) {
            case BSN -> Elfproef.isValid(v);
            case POSTCODE -> Postcode.isValid(v);
            case DATE -> PartialDate.parse(v).filter(date -> date.day() != 0).isPresent();
            case PARTIAL_DATE -> PartialDate.isValid(v);
            case IBAN -> Iban.isValid(v);
            case EMAIL -> EmailAddress.isValid(v);
            case PHONE -> PhoneNumber.isValid(v);
        };
    }

    /** Whether the trimmed, non-empty bytes {@code [from, to)} are valid for the datatype; every rule is ASCII. */
    static boolean isValid(Datatype type, byte[] b, int from, int to) {
        return switch (type) {
            case STRING -> true;
            case INTEGER -> isInteger(b, from, to);
            case DECIMAL -> isDecimal(b, from, to);
            case BOOLEAN -> isBoolean(b, from, to);
            case DATE -> isDate(b, from, to);
            case DATE_TIME -> isDateTime(b, from, to);
            case G_YEAR -> to - from == 4 && digits(b, from, 4) && number(b, from, 4) > 0;
            case G_YEAR_MONTH -> to - from == 7 && digits(b, from, 4) && b[from + 4] == '-' && digits(b, from + 5, 2)
                    && number(b, from, 4) > 0 && between(number(b, from + 5, 2), 1, 12);
            case ANY_URI -> isUri(b, from, to);
        };
    }

    private static boolean isDigit(byte c) {
        return c >= '0' && c <= '9';
    }

    private static boolean digits(byte[] b, int from, int count) {
        for (int i = from; i < from + count; i++) {
            if (!isDigit(b[i])) {
                return false;
            }
        }
        return true;
    }

    private static int number(byte[] b, int from, int count) {
        int n = 0;
        for (int i = from; i < from + count; i++) {
            n = n * 10 + (b[i] - '0');
        }
        return n;
    }

    private static boolean between(int n, int low, int high) {
        return n >= low && n <= high;
    }

    private static int skipDigits(byte[] b, int i, int to) {
        while (i < to && isDigit(b[i])) {
            i++;
        }
        return i;
    }

    static boolean isInteger(byte[] b, int from, int to) {
        int i = from < to && (b[from] == '+' || b[from] == '-') ? from + 1 : from;
        int end = skipDigits(b, i, to);
        return end > i && end == to;
    }

    static boolean isDecimal(byte[] b, int from, int to) {
        int i = from < to && (b[from] == '+' || b[from] == '-') ? from + 1 : from;
        int end = skipDigits(b, i, to);
        if (end == i) {
            return false;
        }
        if (end == to) {
            return true;
        }
        if (b[end] != '.' && b[end] != ',') {
            return false;
        }
        int fraction = skipDigits(b, end + 1, to);
        return fraction > end + 1 && fraction == to;
    }

    private static final byte[][] BOOLEANS = {"true".getBytes(StandardCharsets.US_ASCII),
            "false".getBytes(StandardCharsets.US_ASCII), "ja".getBytes(StandardCharsets.US_ASCII),
            "nee".getBytes(StandardCharsets.US_ASCII), "j".getBytes(StandardCharsets.US_ASCII),
            "n".getBytes(StandardCharsets.US_ASCII), "0".getBytes(StandardCharsets.US_ASCII),
            "1".getBytes(StandardCharsets.US_ASCII), "yes".getBytes(StandardCharsets.US_ASCII),
            "no".getBytes(StandardCharsets.US_ASCII)};

    static boolean isBoolean(byte[] b, int from, int to) {
        int length = to - from;
        next:
        for (byte[] word : BOOLEANS) {
            if (word.length != length) {
                continue;
            }
            for (int i = 0; i < length; i++) {
                int c = b[from + i];
                if (c >= 'A' && c <= 'Z') {
                    c += 'a' - 'A';
                }
                if (c != word[i]) {
                    continue next;
                }
            }
            return true;
        }
        return false;
    }

    static boolean isDate(byte[] b, int from, int to) {
        int length = to - from;
        if (length == 10 && b[from + 4] == '-' && b[from + 7] == '-') {
            return digits(b, from, 4) && digits(b, from + 5, 2) && digits(b, from + 8, 2)
                    && completeDate(number(b, from, 4), number(b, from + 5, 2), number(b, from + 8, 2));
        }
        if (length == 10 && b[from + 2] == '-' && b[from + 5] == '-') {
            return digits(b, from, 2) && digits(b, from + 3, 2) && digits(b, from + 6, 4)
                    && completeDate(number(b, from + 6, 4), number(b, from + 3, 2), number(b, from, 2));
        }
        return length == 8 && digits(b, from, 8)
                && completeDate(number(b, from, 4), number(b, from + 4, 2), number(b, from + 6, 2));
    }

    static boolean completeDate(int year, int month, int day) {
        return year >= 1 && between(month, 1, 12) && between(day, 1, monthLength(year, month));
    }

    private static int monthLength(int year, int month) {
        return switch (month) {
            case 4, 6, 9, 11 -> 30;
            case 2 -> (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28;
            default -> 31;
        };
    }

    static boolean isDateTime(byte[] b, int from, int to) {
        if (to - from < 16 || !isDate(b, from, from + 10) || b[from + 4] != '-'
                || b[from + 10] != 'T' && b[from + 10] != ' '
                || !digits(b, from + 11, 2) || b[from + 13] != ':' || !digits(b, from + 14, 2)
                || number(b, from + 11, 2) > 23 || number(b, from + 14, 2) > 59) {
            return false;
        }
        int i = from + 16;
        if (i < to && b[i] == ':') {
            if (i + 3 > to || !digits(b, i + 1, 2) || number(b, i + 1, 2) > 59) {
                return false;
            }
            i += 3;
            if (i < to && b[i] == '.') {
                int end = skipDigits(b, i + 1, to);
                if (end == i + 1 || end - i - 1 > 9) {
                    return false;
                }
                i = end;
            }
        }
        if (i == to) {
            return true;
        }
        if (b[i] == 'Z') {
            return i + 1 == to;
        }
        if (b[i] != '+' && b[i] != '-' || i + 3 > to || !digits(b, i + 1, 2)) {
            return false;
        }
        i += 3;
        if (i == to) {
            return true;
        }
        if (b[i] == ':') {
            i++;
        }
        return i + 2 == to && digits(b, i, 2);
    }

    private static final boolean[] URI_CHARACTERS = new boolean[128];

    static {
        for (char c : "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789._~:/?#@!$&'()*+,;=%-"
                .toCharArray()) {
            URI_CHARACTERS[c] = true;
        }
    }

    private static final String[] URI_SCHEMES = {"http://", "https://", "urn:", "mailto:"};

    static boolean isUri(byte[] b, int from, int to) {
        for (String scheme : URI_SCHEMES) {
            int rest = from + scheme.length();
            if (rest < to && startsWithIgnoringCase(b, from, scheme)) {
                for (int i = rest; i < to; i++) {
                    if (b[i] < 0 || !URI_CHARACTERS[b[i]]) {
                        return false;
                    }
                }
                return true;
            }
        }
        return false;
    }

    private static boolean startsWithIgnoringCase(byte[] b, int from, String prefix) {
        for (int i = 0; i < prefix.length(); i++) {
            int c = b[from + i];
            if (c >= 'A' && c <= 'Z') {
                c += 'a' - 'A';
            }
            if (c != prefix.charAt(i)) {
                return false;
            }
        }
        return true;
    }
}
