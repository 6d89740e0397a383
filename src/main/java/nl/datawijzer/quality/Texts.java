package nl.datawijzer.quality;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * The service's texts from {@code i18n/quality.properties} (Dutch, the default) and {@code _en}: reasons,
 * explanations, run messages and alerts are stored in both languages, so both are made at once.
 */
final class Texts {

    private static final ResourceBundle.Control NO_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);
    private static final Locale DUTCH = Locale.of("nl");

    private Texts() {
    }

    static String nl(String key, Object... args) {
        return format(Locale.ROOT, DUTCH, key, args);
    }

    static String en(String key, Object... args) {
        return format(Locale.ENGLISH, Locale.ENGLISH, key, args);
    }

    private static String format(Locale bundleLocale, Locale numbers, String key, Object... args) {
        String pattern = ResourceBundle.getBundle("i18n/quality", bundleLocale, NO_FALLBACK).getString(key);
        return args.length == 0 ? pattern.replace("''", "'") : new MessageFormat(pattern, numbers).format(args);
    }
}
