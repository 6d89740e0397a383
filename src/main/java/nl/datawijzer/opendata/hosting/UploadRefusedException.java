package nl.datawijzer.opendata.hosting;

import java.util.Locale;

/** An upload that is not stored: wrong type, too large, unreadable. Nothing was written. */
public class UploadRefusedException extends RuntimeException {

    private final String messageEn;

    public UploadRefusedException(String messageNl, String messageEn) {
        super(messageNl);
        this.messageEn = messageEn;
    }

    public String messageNl() {
        return getMessage();
    }

    public String messageEn() {
        return messageEn;
    }

    public String message(Locale locale) {
        return "en".equals(locale.getLanguage()) ? messageEn : getMessage();
    }
}
