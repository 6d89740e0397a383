package nl.datawijzer.opendata.ui;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/** Times as the municipality reads them: Dutch time zone, medium date and short time. */
final class When {

    private static final ZoneId ZONE = ZoneId.of("Europe/Amsterdam");

    private When() {
    }

    static String format(@Nullable Instant instant, Locale locale) {
        if (instant == null) {
            return "";
        }
        return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT).withLocale(locale)
                .withZone(ZONE).format(instant);
    }
}
