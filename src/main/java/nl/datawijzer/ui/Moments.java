package nl.datawijzer.ui;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;

/** Moments as people in the municipality read them: in its own time zone, whatever the server's. */
public final class Moments {

    public static final ZoneId ZONE = ZoneId.of("Europe/Amsterdam");

    /** Compact and language-neutral, for lists and grids: "3-9-2026 09:12". */
    public static final DateTimeFormatter NUMERIC = DateTimeFormatter.ofPattern("d-M-yyyy HH:mm").withZone(ZONE);

    private Moments() {
    }

    /** Date and time in the reader's language, each in the given style ("1 september 2026, 09:12" for LONG, SHORT). */
    public static String format(Instant instant, Locale locale, FormatStyle date, FormatStyle time) {
        return DateTimeFormatter.ofLocalizedDateTime(date, time).withLocale(locale).withZone(ZONE).format(instant);
    }
}
