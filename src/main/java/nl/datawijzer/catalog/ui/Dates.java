package nl.datawijzer.catalog.ui;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import nl.datawijzer.ui.Moments;

/** Dates as the reader writes them (Dutch: "12 mrt 2025"), in the municipality's time zone. */
final class Dates {

    private Dates() {
    }

    static String format(@Nullable Instant instant, Locale locale) {
        if (instant == null) {
            return "—";
        }
        Locale region = "en".equals(locale.getLanguage()) ? Locale.UK : Locale.of("nl", "NL");
        return DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(region).withZone(Moments.ZONE).format(instant);
    }
}
