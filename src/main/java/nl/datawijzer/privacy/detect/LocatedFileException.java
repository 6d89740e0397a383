package nl.datawijzer.privacy.detect;

import java.util.Locale;

/**
 * An uploaded file that cannot be read as a whole, with a Dutch ({@link #getMessage()}) and English message and the
 * line and column where that is known. Messages never quote the file's contents: they may hold personal data.
 */
public abstract class LocatedFileException extends RuntimeException {

    private final int line;
    private final int column;
    private final String messageEn;

    protected LocatedFileException(int line, int column, String messageNl, String messageEn) {
        super(messageNl);
        this.line = line;
        this.column = column;
        this.messageEn = messageEn;
    }

    /** The 1-based line in the file, or 0 when the problem is the file as a whole. */
    public int line() {
        return line;
    }

    /** The 1-based column in the line, or 0 when the problem is not in one column. */
    public int column() {
        return column;
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
