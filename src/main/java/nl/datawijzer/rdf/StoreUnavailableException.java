package nl.datawijzer.rdf;

import java.util.Locale;

/**
 * The store could not be reached, answered with an error, or kept changing under a write. Nothing of the write that
 * failed was stored (the store checks that before saying so), so the user can safely try again.
 */
public class StoreUnavailableException extends RuntimeException {

    private final String messageNl;
    private final String messageEn;

    public StoreUnavailableException(String messageNl, String messageEn, Throwable cause) {
        super(messageNl, cause);
        this.messageNl = messageNl;
        this.messageEn = messageEn;
    }

    public String message(Locale locale) {
        return "en".equals(locale.getLanguage()) ? messageEn : messageNl;
    }
}
