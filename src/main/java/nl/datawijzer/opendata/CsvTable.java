package nl.datawijzer.opendata;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Every cell of a hosted CSV file, for the small-cell check: the privacy sample reader keeps only the first values of
 * a column, and a suppressed cell may be anywhere. Same format as that reader: UTF-8, a header row, {@code ;} or
 * {@code ,} (whichever the header uses most), quotes as in RFC 4180. Holds the values only while one check runs.
 */
final class CsvTable {

    /** One data record and the file line it starts on (the header is line 1). */
    record Record(int line, List<String> cells) {
    }

    static final class MalformedCsvException extends RuntimeException {
        private final int line;

        MalformedCsvException(int line, String message) {
            super(message);
            this.line = line;
        }

        int line() {
            return line;
        }
    }

    private final List<String> header;
    private final List<Record> records;

    private CsvTable(List<String> header, List<Record> records) {
        this.header = header;
        this.records = records;
    }

    List<String> header() {
        return header;
    }

    List<Record> records() {
        return records;
    }

    static CsvTable parse(byte[] bytes) {
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw new MalformedCsvException(1, "not UTF-8");
        }
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        char separator = separatorOf(text);
        List<Record> all = read(text, separator);
        if (all.isEmpty()) {
            throw new MalformedCsvException(1, "empty");
        }
        List<String> header = all.getFirst().cells().stream().map(String::strip).toList();
        List<Record> data = new ArrayList<>();
        for (Record record : all.subList(1, all.size())) {
            if (record.cells().size() == 1 && record.cells().getFirst().isBlank()) {
                continue;
            }
            if (record.cells().size() != header.size()) {
                throw new MalformedCsvException(record.line(), "columns");
            }
            data.add(record);
        }
        return new CsvTable(header, data);
    }

    private static char separatorOf(String text) {
        int end = text.indexOf('\n');
        String first = end < 0 ? text : text.substring(0, end);
        long semicolons = first.chars().filter(c -> c == ';').count();
        long commas = first.chars().filter(c -> c == ',').count();
        return semicolons > commas ? ';' : ',';
    }

    private static List<Record> read(String text, char separator) {
        List<Record> records = new ArrayList<>();
        List<String> cells = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        int line = 1;
        int start = 1;
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                    cell.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    if (c == '\n') {
                        line++;
                    }
                    cell.append(c);
                }
            } else if (c == '"' && cell.isEmpty()) {
                quoted = true;
            } else if (c == separator) {
                cells.add(cell.toString());
                cell.setLength(0);
            } else if (c == '\n' || c == '\r') {
                if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                    i++;
                }
                cells.add(cell.toString());
                cell.setLength(0);
                records.add(new Record(start, List.copyOf(cells)));
                cells.clear();
                line++;
                start = line;
            } else {
                cell.append(c);
            }
            i++;
        }
        if (quoted) {
            throw new MalformedCsvException(start, "unclosed quote");
        }
        if (!cell.isEmpty() || !cells.isEmpty()) {
            cells.add(cell.toString());
            records.add(new Record(start, List.copyOf(cells)));
        }
        return records;
    }
}
