package nl.datawijzer.privacy.detect;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A calendar date of which the day, or the day and month, may be unknown; 0 stands for an unknown part.
 *
 * <p>Rule: the iStandaarden (iWmo, iJw) allow partial dates, for instance a birth date, with code list
 * COD170 Datumgebruik: 1 day unknown, 2 day and month unknown, 3 day, month and year unknown. The BRP writes
 * the unknown parts as zeros, so {@code 1970-05-00} (day unknown), {@code 1970-00-00} (day and month unknown)
 * and {@code 0000-00-00} (all unknown) are valid, not errors. A known day with an unknown month
 * ({@code 1970-00-12}) is invalid, and so is a day that does not exist ({@code 1970-02-30}).
 * Accepted forms: {@code yyyy-MM-dd} (ISO 8601), {@code dd-MM-yyyy} and {@code yyyyMMdd}.
 */
public record PartialDate(int year, int month, int day) {

    /** Birth dates before this year are taken as typing errors or placeholders such as 1800-01-01. */
    public static final int EARLIEST_BIRTH_YEAR = 1900;

    private static final Pattern ISO = Pattern.compile("(\\d{4})-(\\d{2})-(\\d{2})");
    private static final Pattern DUTCH = Pattern.compile("(\\d{2})-(\\d{2})-(\\d{4})");
    private static final Pattern COMPACT = Pattern.compile("(\\d{4})(\\d{2})(\\d{2})");

    public PartialDate {
        if (!valid(year, month, day)) {
            throw new IllegalArgumentException("Geen (gedeeltelijke) datum / not a (partial) date: "
                    + year + "-" + month + "-" + day);
        }
    }

    /** The date in one of the accepted forms, or empty when it is none of them or does not exist. */
    public static Optional<PartialDate> parse(String value) {
        String text = value.strip();
        Matcher iso = ISO.matcher(text);
        if (iso.matches()) {
            return of(iso.group(1), iso.group(2), iso.group(3));
        }
        Matcher dutch = DUTCH.matcher(text);
        if (dutch.matches()) {
            return of(dutch.group(3), dutch.group(2), dutch.group(1));
        }
        Matcher compact = COMPACT.matcher(text);
        if (compact.matches()) {
            return of(compact.group(1), compact.group(2), compact.group(3));
        }
        return Optional.empty();
    }

    /** Whether the value is a complete or partial date in one of the accepted forms. */
    public static boolean isValid(String value) {
        return parse(value).isPresent();
    }

    /**
     * Whether the value can be a birth date: a complete or partial date with a known year from
     * {@value #EARLIEST_BIRTH_YEAR}, not after {@code today}. A fully unknown date (COD170 code 3) is valid but
     * says nothing, so it is not counted as plausible.
     */
    public static boolean isPlausibleBirthDate(String value, LocalDate today) {
        return parse(value).filter(date -> date.isPlausibleBirthDate(today)).isPresent();
    }

    public boolean isPlausibleBirthDate(LocalDate today) {
        return year >= EARLIEST_BIRTH_YEAR && !earliestPossible().isAfter(today);
    }

    /** Day, or day and month, or everything unknown. */
    public boolean isPartial() {
        return day == 0;
    }

    public boolean isUnknown() {
        return year == 0;
    }

    private LocalDate earliestPossible() {
        return LocalDate.of(Math.max(year, 1), Math.max(month, 1), Math.max(day, 1));
    }

    private static Optional<PartialDate> of(String year, String month, String day) {
        int y = Integer.parseInt(year);
        int m = Integer.parseInt(month);
        int d = Integer.parseInt(day);
        return valid(y, m, d) ? Optional.of(new PartialDate(y, m, d)) : Optional.empty();
    }

    private static boolean valid(int year, int month, int day) {
        if (year == 0) {
            return month == 0 && day == 0;
        }
        if (year < 0 || year > 9999 || month < 0 || month > 12 || day < 0) {
            return false;
        }
        if (month == 0) {
            return day == 0;
        }
        return day <= YearMonth.of(year, month).lengthOfMonth();
    }
}
