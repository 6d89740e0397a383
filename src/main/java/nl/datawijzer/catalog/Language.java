package nl.datawijzer.catalog;

import java.util.Locale;
import org.springframework.context.i18n.LocaleContextHolder;

/** The reader's language: Dutch unless English was chosen. Set per request by the UI and by Spring MVC. */
public final class Language {

    public static final Locale DUTCH = Locale.of("nl");
    public static final Locale ENGLISH = Locale.ENGLISH;

    private Language() {
    }

    public static Locale current() {
        Locale locale = LocaleContextHolder.getLocale();
        return "en".equals(locale.getLanguage()) ? ENGLISH : DUTCH;
    }
}
