package nl.datawijzer.opendata.ui;

import java.time.Instant;
import java.time.format.FormatStyle;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import nl.datawijzer.ui.Moments;

/** Times as the municipality reads them: Dutch time zone, medium date and short time. */
final class When {

    private When() {
    }

    static String format(@Nullable Instant instant, Locale locale) {
        if (instant == null) {
            return "";
        }
        return Moments.format(instant, locale, FormatStyle.MEDIUM, FormatStyle.SHORT);
    }
}
