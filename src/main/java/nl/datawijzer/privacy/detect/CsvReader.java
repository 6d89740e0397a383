package nl.datawijzer.privacy.detect;

import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Reads CSV records as RFC 4180 describes them: fields separated by one separator character, records by
 * CRLF, LF or CR; a field in double quotes may hold separators, line breaks and doubled quotes. One
 * leniency: a quote inside an unquoted field ({@code 12" scherm}) is read as is, because that is
 * unambiguous and common in hand-made exports. Errors name the physical line and the 1-based field, never
 * the content. Also used by the processing register's import.
 */
public final class CsvReader {

    private final String text;
    private final char separator;
    private int position;
    private int line = 1;
    private int recordLine;

    public CsvReader(String text, char separator) {
        this.text = text;
        this.separator = separator;
    }

    /**
     * The separator the first line uses most, {@code ;} (Dutch spreadsheets) or {@code ,}; a comma when it
     * uses neither, as a file with a single column does.
     */
    public static char separatorOf(String text) {
        int semicolons = 0;
        int commas = 0;
        boolean quoted = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '"') {
                quoted = !quoted;
            } else if (!quoted && (c == '\n' || c == '\r')) {
                break;
            } else if (!quoted && c == ';') {
                semicolons++;
            } else if (!quoted && c == ',') {
                commas++;
            }
        }
        return semicolons > commas ? ';' : ',';
    }

    /**
     * Line and field reached at the end of {@code prefix}, to place an error found while decoding, before
     * any record could be read. Returns {@code {line, column}}.
     */
    public static int[] locate(String prefix, char separator) {
        int line = 1;
        int column = 1;
        boolean quoted = false;
        for (int i = 0; i < prefix.length(); i++) {
            char c = prefix.charAt(i);
            if (c == '\n' || c == '\r' && (i + 1 == prefix.length() || prefix.charAt(i + 1) != '\n')) {
                line++;
                if (!quoted) {
                    column = 1;
                }
            } else if (c == '"') {
                quoted = !quoted;
            } else if (c == separator && !quoted) {
                column++;
            }
        }
        return new int[] {line, column};
    }

    /** The next record, or null at the end of the text. */
    public @Nullable List<String> next() {
        if (position >= text.length()) {
            return null;
        }
        recordLine = line;
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        while (true) {
            int column = fields.size() + 1;
            if (position < text.length() && text.charAt(position) == '"') {
                readQuoted(field, column);
            } else {
                readPlain(field);
            }
            fields.add(field.toString());
            field.setLength(0);
            if (position >= text.length()) {
                return fields;
            }
            char c = text.charAt(position);
            if (c == separator) {
                position++;
            } else {
                endLine();
                return fields;
            }
        }
    }

    /** The physical line on which the last record from {@link #next()} began. */
    public int recordLine() {
        return recordLine;
    }

    private void readPlain(StringBuilder field) {
        while (position < text.length()) {
            char c = text.charAt(position);
            if (c == separator || c == '\n' || c == '\r') {
                return;
            }
            field.append(c);
            position++;
        }
    }

    private void readQuoted(StringBuilder field, int column) {
        int startLine = line;
        position++;
        while (true) {
            if (position >= text.length()) {
                throw new SampleFileException(startLine, column,
                        "het aanhalingsteken (\") waarmee deze waarde begint, wordt nergens gesloten.",
                        "the quote (\") that opens this value is never closed.");
            }
            char c = text.charAt(position++);
            if (c == '"') {
                if (position < text.length() && text.charAt(position) == '"') {
                    field.append('"');
                    position++;
                    continue;
                }
                break;
            }
            if (c == '\n' || c == '\r' && (position >= text.length() || text.charAt(position) != '\n')) {
                line++;
            }
            field.append(c);
        }
        if (position < text.length()) {
            char c = text.charAt(position);
            if (c != separator && c != '\n' && c != '\r') {
                throw new SampleFileException(line, column,
                        "na het sluitende aanhalingsteken staat nog tekst. Zet de hele waarde tussen aanhalingstekens "
                                + "en schrijf een aanhalingsteken in de waarde dubbel (\"\").",
                        "there is text after the closing quote. Put the whole value in quotes and double any quote "
                                + "inside it (\"\").");
            }
        }
    }

    private void endLine() {
        if (text.charAt(position) == '\r') {
            position++;
            if (position < text.length() && text.charAt(position) == '\n') {
                position++;
            }
        } else {
            position++;
        }
        line++;
    }
}
