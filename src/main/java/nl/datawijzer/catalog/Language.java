package nl.datawijzer.catalog;

import java.util.Locale;
import org.springframework.context.i18n.LocaleContextHolder;

/** The reader's language: Dutch unless English was chosen. Set per request by the UI and by Spring MVC. */
public final class Language {

    public static final Locale DUTCH = Locale.of("nl");
    public static final Locale ENGLISH = Locale.ENGLISH;

    private Language() {
    }

    /** English only when the request asked for it; never the server's own locale. */
    public static Locale current() {
        var context = LocaleContextHolder.getLocaleContext();
        Locale locale = context == null ? null : context.getLocale();
        return locale != null && "en".equals(locale.getLanguage()) ? ENGLISH : DUTCH;
    }
}
