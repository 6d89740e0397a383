package nl.datawijzer.quality.profiling;

import java.util.Map;
import java.util.TreeMap;
import nl.datawijzer.quality.profiling.ValueChecks.Datatype;

/**
 * {@link ValueChecks}'s rules as PostgreSQL boolean expressions over a trimmed text value, so the database computes the
 * same validity the file profilers do. Every expression is safe on any text: a cast only happens inside a {@code CASE}
 * branch whose regular expression guarantees it succeeds, so bad data never makes the query fail.
 *
 * <p>The expressions are built from constants and a column alias the caller made; no value from a source or a user
 * is ever part of them.
 *
 * <p>Known difference, deliberately left: the Java validators also strip other white space ({@code String.strip()}:
 * form feed, vertical tab, Unicode spaces) at the ends of a value, SQL only what both trim (space, tab, CR, LF). A
 * value ending in a form feed is therefore valid in a file and invalid in a table; such values do not occur in practice
 * and matching {@code strip()} in SQL would cost a regular expression per value.
 */
final class SqlChecks {

    /** What {@link ValueChecks#trim} removes. */
    static final String TRIM_CHARACTERS = "E' \\t\\r\\n'";

    private SqlChecks() {
    }

    /** The expression that trims a column's text as the file profilers trim a value. */
    static String trimmed(String quotedColumn) {
        return "btrim(" + quotedColumn + "::text, " + TRIM_CHARACTERS + ")";
    }

    /** True when the trimmed, non-empty value {@code v} is valid for the field. */
    static String valid(Datatype type, ValueFormat format, String v) {
        return valid(type, format, v, helper(type, format, v));
    }

    /**
     * What the check works on besides the value, or null: a date normalised to {@code yyyyMMdd}
     * ({@link #normalisedDate}), an IBAN without white space in upper case. Computed once in an inner query, because an
     * expression used ten times in a check is otherwise evaluated ten times.
     */
    static String helper(Datatype type, ValueFormat format, String v) {
        if (format == ValueFormat.DATE || format == ValueFormat.PARTIAL_DATE || format == null && type == Datatype.DATE) {
            return normalisedDate(v);
        }
        return format == ValueFormat.IBAN ? "upper(regexp_replace(" + v + ", '[[:space:]]', '', 'g'))" : null;
    }

    /**
     * As {@link #valid(Datatype, ValueFormat, String)}, with the value's normalised date already computed as
     * {@code helper} (a column of an inner query, see {@link #helper}), so the regular expressions run once a value rather than once a use.
     */
    static String valid(Datatype type, ValueFormat format, String v, String helper) {
        if (format != null) {
            return formatValid(format, v, helper);
        }
        return switch (type) {
            case STRING -> "true";
            case INTEGER -> "(" + v + " ~ '^[+-]?[0-9]+$')";
            case DECIMAL -> "(" + v + " ~ '^[+-]?[0-9]+([.,][0-9]+)?$')";
            case BOOLEAN -> "(lower(" + v + ") IN ('true', 'false', 'ja', 'nee', 'j', 'n', '0', '1', 'yes', 'no'))";
            case DATE -> date(helper, false);
            case DATE_TIME -> dateTime(v);
            case G_YEAR -> "(" + v + " ~ '^[0-9]{4}$' AND " + v + " <> '0000')";
            case G_YEAR_MONTH -> "(" + v + " ~ '^[0-9]{4}-(0[1-9]|1[0-2])$' AND left(" + v + ", 4) <> '0000')";
            case ANY_URI -> "(" + v + " ~* '^(https?://|urn:|mailto:)[A-Za-z0-9._~:/?#@!$&''()*+,;=%-]+$')";
        };
    }

    private static String formatValid(ValueFormat format, String v, String helper) {
        return switch (format) {
            case BSN -> bsn(v);
            case POSTCODE -> "(upper(" + v + ") ~ '^[1-9][0-9]{3} ?[A-Z]{2}$' AND right(upper(" + v
                    + "), 2) NOT IN ('SA', 'SD', 'SS'))";
            case DATE -> date(helper, false);
            case PARTIAL_DATE -> date(helper, true);
            case IBAN -> iban(helper);
            case EMAIL -> email(v);
            case PHONE -> phone(v);
        };
    }

    /**
     * As {@code EmailAddress}, with the lengths checked apart: bounded repetitions ({@code {1,64}}) make PostgreSQL's
     * regular expressions many times slower, so the pattern has none and the lengths of the local part, the labels and
     * the top-level domain are measured with plain string functions.
     */
    private static String email(String v) {
        String domain = "split_part(" + v + ", '@', 2)";
        String tld = "length(split_part(reverse(" + v + "), '.', 1))";
        return "(CASE WHEN length(" + v + ") <= 254 AND " + v
                + " ~ '^[A-Za-z0-9!#$%&''*+/=?^_`{|}~.-]+@(?:[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?\\.)+[A-Za-z]+$' "
                + "THEN length(split_part(" + v + ", '@', 1)) <= 64 AND " + tld + " BETWEEN 2 AND 63 AND left(" + v
                + ", 1) <> '.' AND strpos(" + v + ", '..') = 0 AND strpos(" + v + ", '.@') = 0 AND (length(" + domain
                + ") < 64 OR " + domain + " !~ '[^.]{64}') ELSE false END)";
    }

    /** The elfproef as arithmetic over the digits; an eight-digit value is read with a leading 0, as Elfproef does. */
    private static String bsn(String v) {
        String padded = "lpad(" + v + ", 9, '0')";
        StringBuilder sum = new StringBuilder();
        for (int i = 0; i < 9; i++) {
            int weight = i < 8 ? 9 - i : -1;
            sum.append(i == 0 ? "" : " + ").append(weight).append(" * substr(").append(padded).append(", ")
                    .append(i + 1).append(", 1)::int");
        }
        return "(CASE WHEN " + v + " ~ '^[0-9]{8,9}$' THEN " + padded + " <> '000000000' AND (" + sum
                + ") % 11 = 0 ELSE false END)";
    }

    /**
     * A date in one of the three forms, normalised to {@code yyyyMMdd} first; {@code partial} allows what
     * {@code PartialDate} allows (unknown day, unknown day and month, everything unknown).
     */
    static String normalisedDate(String v) {
        return "(CASE WHEN " + v + " ~ '^[0-9]{4}-[0-9]{2}-[0-9]{2}$' THEN substr(" + v + ", 1, 4) || substr("
                + v + ", 6, 2) || substr(" + v + ", 9, 2) WHEN " + v + " ~ '^[0-9]{2}-[0-9]{2}-[0-9]{4}$' THEN substr("
                + v + ", 7, 4) || substr(" + v + ", 4, 2) || substr(" + v + ", 1, 2) WHEN " + v
                + " ~ '^[0-9]{8}$' THEN " + v + " END)";
    }

    private static String date(String normalised, boolean partial) {
        String y = "substr(" + normalised + ", 1, 4)::int";
        String m = "substr(" + normalised + ", 5, 2)::int";
        String d = "substr(" + normalised + ", 7, 2)::int";
        String check = partial ? partialDate(y, m, d) : completeDate(y, m, d);
        return "(CASE WHEN " + normalised + " IS NULL THEN false ELSE " + check + " END)";
    }

    private static String completeDate(String y, String m, String d) {
        return "(" + y + " >= 1 AND " + m + " BETWEEN 1 AND 12 AND " + d + " BETWEEN 1 AND " + monthLength(y, m) + ")";
    }

    private static String partialDate(String y, String m, String d) {
        return "((" + y + " = 0 AND " + m + " = 0 AND " + d + " = 0) OR (" + y + " >= 1 AND ((" + m + " = 0 AND " + d
                + " = 0) OR (" + m + " BETWEEN 1 AND 12 AND " + d + " BETWEEN 0 AND " + monthLength(y, m) + "))))";
    }

    private static String monthLength(String y, String m) {
        return "(CASE WHEN " + m + " IN (4, 6, 9, 11) THEN 30 WHEN " + m + " = 2 THEN (CASE WHEN (" + y + " % 4 = 0 AND "
                + y + " % 100 <> 0) OR " + y + " % 400 = 0 THEN 29 ELSE 28 END) ELSE 31 END)";
    }

    private static String dateTime(String v) {
        String y = "substr(" + v + ", 1, 4)::int";
        String m = "substr(" + v + ", 6, 2)::int";
        String d = "substr(" + v + ", 9, 2)::int";
        return "(CASE WHEN " + v + " ~ '^[0-9]{4}-[0-9]{2}-[0-9]{2}[T ][0-9]{2}:[0-9]{2}(:[0-9]{2}(\\.[0-9]{1,9})?)?"
                + "(Z|[+-][0-9]{2}(:?[0-9]{2})?)?$' THEN " + completeDate(y, m, d) + " AND substr(" + v
                + ", 12, 2)::int <= 23 AND substr(" + v + ", 15, 2)::int <= 59 AND (substr(" + v
                + ", 17, 1) <> ':' OR substr(" + v + ", 18, 2)::int <= 59) ELSE false END)";
    }

    /** As {@code PhoneNumber}: spaces and dashes dropped, "(0)" after the country code dropped. */
    private static String phone(String v) {
        String compact = "replace(replace(" + v + ", ' ', ''), '-', '')";
        String normal = "(CASE WHEN " + compact + " LIKE '+31(0)%' THEN '+31' || substr(" + compact + ", 7) WHEN "
                + compact + " LIKE '0031(0)%' THEN '0031' || substr(" + compact + ", 8) ELSE " + compact + " END)";
        return "(" + normal + " ~ '^(0[1-9][0-9]{8}|(\\+31|0031)[1-9][0-9]{8})$')";
    }

    private static final Map<String, Integer> IBAN_LENGTHS = new TreeMap<>(FastFormats.IBAN_LENGTHS);

    /**
     * As {@code Iban}: white space dropped, upper case, the general form, the length for the listed countries, the Dutch
     * form, and mod 97 = 1 over the rearranged number (PostgreSQL's numeric holds the 30-odd digits exactly).
     */
    private static String iban(String c) {
        StringBuilder length = new StringBuilder("(CASE left(" + c + ", 2)");
        IBAN_LENGTHS.forEach((country, n) -> length.append(" WHEN '").append(country).append("' THEN length(")
                .append(c).append(") = ").append(n));
        length.append(" ELSE true END)");
        String digits = "(substr(" + c + ", 5) || left(" + c + ", 4))";
        for (char letter = 'A'; letter <= 'Z'; letter++) {
            digits = "replace(" + digits + ", '" + letter + "', '" + (letter - 'A' + 10) + "')";
        }
        String mod97 = "(" + digits + "::numeric % 97 = 1)";
        return "(CASE WHEN length(" + c + ") BETWEEN 15 AND 34 AND " + c + " ~ '^[A-Z][A-Z][0-9][0-9][A-Z0-9]+$' THEN "
                + length + " AND (left(" + c
                + ", 2) <> 'NL' OR " + c + " ~ '^NL[0-9]{2}[A-Z]{4}[0-9]{10}$') AND " + mod97 + " ELSE false END)";
    }
}
