package nl.datawijzer.privacy.detect;

import java.util.Locale;

/**
 * A sample file that cannot be read, with a message for the steward in Dutch ({@link #getMessage()}) and
 * English that names the line and column where it went wrong. Messages never quote the file's contents:
 * they may hold personal data.
 */
public final class SampleFileException extends RuntimeException {

    private final int line;
    private final int column;
    private final String messageEn;

    SampleFileException(int line, int column, String nl, String en) {
        super(prefixNl(line, column) + nl);
        this.line = line;
        this.column = column;
        this.messageEn = prefixEn(line, column) + en;
    }

    static SampleFileException whole(String nl, String en) {
        return new SampleFileException(0, 0, nl, en);
    }

    static SampleFileException atLine(int line, String nl, String en) {
        return new SampleFileException(line, 0, nl, en);
    }

    /** The 1-based line in the file, or 0 when the problem is the file as a whole. */
    public int line() {
        return line;
    }

    /** The 1-based column (field) in the line, or 0 when the problem is not in one column. */
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

    private static String prefixNl(int line, int column) {
        return line == 0 ? "" : column == 0 ? "Regel " + line + ": " : "Regel " + line + ", kolom " + column + ": ";
    }

    private static String prefixEn(int line, int column) {
        return line == 0 ? "" : column == 0 ? "Line " + line + ": " : "Line " + line + ", column " + column + ": ";
    }
}
