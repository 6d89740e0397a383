package nl.datawijzer.privacy;

import java.util.Locale;

/**
 * A register file that cannot be read as a whole: too large, too many rows, malformed CSV, not an XLSX workbook. The
 * message names the line and column where that is known; it never quotes the file's contents.
 */
public final class RegisterFileException extends RuntimeException {

    private final int line;
    private final int column;
    private final String messageEn;

    public RegisterFileException(int line, int column, String messageNl, String messageEn) {
        super(messageNl);
        this.line = line;
        this.column = column;
        this.messageEn = messageEn;
    }

    public static RegisterFileException whole(String messageNl, String messageEn) {
        return new RegisterFileException(0, 0, messageNl, messageEn);
    }

    /** The 1-based line, or 0 when the problem is the file as a whole. */
    public int line() {
        return line;
    }

    /** The 1-based column, or 0 when the problem is not in one column. */
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
