package nl.datawijzer.privacy.detect;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * A CSV extract of a dataset, read in memory to check its values: UTF-8, a header row with the column names,
 * separated by {@code ;} or {@code ,} (whichever the header uses most), quotes as in RFC 4180. Of each column
 * only the first {@value SampleValues#MAX_CHECKED} non-empty values are kept; the rest is counted. The file
 * itself is not kept, and {@link #toString()} shows no values. The kept values may be personal data: use an
 * instance for one detection and let it go, never cache or store it.
 */
public final class SampleFile {

    public static final int MAX_BYTES = 5 * 1024 * 1024;
    public static final int MAX_ROWS = 100_000;
    public static final int MAX_COLUMNS = 1_000;

    private final List<SampleColumn> columns;
    private final Map<String, SampleColumn> byKey;
    private final int rowCount;

    private SampleFile(List<SampleColumn> columns, Map<String, SampleColumn> byKey, int rowCount) {
        this.columns = List.copyOf(columns);
        this.byKey = Map.copyOf(byKey);
        this.rowCount = rowCount;
    }

    /**
     * Reads at most {@value #MAX_BYTES} bytes from the stream, which the caller closes.
     *
     * @throws SampleFileException when the file is empty, too large, not UTF-8 or not well-formed CSV
     */
    public static SampleFile read(InputStream in) throws IOException {
        return parse(in.readNBytes(MAX_BYTES + 1));
    }

    /** @throws SampleFileException when the file is empty, too large, not UTF-8 or not well-formed CSV */
    public static SampleFile parse(byte[] bytes) {
        if (bytes.length > MAX_BYTES) {
            throw SampleFileException.whole(
                    "Het bestand is groter dan 5 MB. Neem een uittreksel van hoogstens " + rowsNl() + " regels.",
                    "The file is larger than 5 MB. Take an extract of at most " + rowsEn() + " lines.");
        }
        String text = decode(bytes);
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        if (text.isBlank()) {
            throw SampleFileException.whole("Het bestand is leeg.", "The file is empty.");
        }
        CsvReader reader = new CsvReader(text, CsvReader.separatorOf(text));
        List<String> header = reader.next();
        if (header == null) {
            throw SampleFileException.whole("Het bestand is leeg.", "The file is empty.");
        }
        List<SampleColumn> columns = columns(header, reader.recordLine());
        Map<String, SampleColumn> byKey = new HashMap<>();
        for (SampleColumn column : columns) {
            SampleColumn earlier = byKey.putIfAbsent(key(column.name()), column);
            if (earlier != null) {
                throw new SampleFileException(reader.recordLine(), column.position(),
                        "deze kolomnaam is gelijk aan die van kolom " + earlier.position()
                                + " (hoofdletters, _, - en spaties tellen niet mee).",
                        "this column name equals that of column " + earlier.position()
                                + " (case, _, - and spaces do not count).");
            }
        }
        int rows = 0;
        for (List<String> record = reader.next(); record != null; record = reader.next()) {
            if (record.size() == 1 && record.getFirst().isEmpty()) {
                continue;
            }
            int line = reader.recordLine();
            if (++rows > MAX_ROWS) {
                throw SampleFileException.atLine(line,
                        "het bestand heeft meer dan " + rowsNl() + " gegevensregels. Neem een kleiner uittreksel.",
                        "the file has more than " + rowsEn() + " data lines. Take a smaller extract.");
            }
            if (record.size() != columns.size()) {
                throw ragged(line, record.size(), columns.size());
            }
            for (int i = 0; i < record.size(); i++) {
                columns.get(i).add(record.get(i));
            }
        }
        return new SampleFile(columns, byKey, rows);
    }

    /** Data rows read, without the header and blank lines. */
    public int rowCount() {
        return rowCount;
    }

    public List<String> columnNames() {
        return columns.stream().map(SampleColumn::name).toList();
    }

    /** The column for a field's technical name, ignoring case, {@code _}, {@code -} and spaces. */
    Optional<SampleColumn> column(String technicalName) {
        return Optional.ofNullable(byKey.get(key(technicalName)));
    }

    List<SampleColumn> columns() {
        return columns;
    }

    @Override
    public String toString() {
        return "SampleFile[rows=" + rowCount + ", columns=" + columnNames() + "]";
    }

    static String key(String name) {
        StringBuilder key = new StringBuilder(name.length());
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (c != '_' && c != '-' && c != ' ') {
                key.append(c);
            }
        }
        return key.toString().toLowerCase(Locale.ROOT);
    }

    private static List<SampleColumn> columns(List<String> header, int line) {
        if (header.size() > MAX_COLUMNS) {
            throw new SampleFileException(line, MAX_COLUMNS + 1,
                    "het bestand heeft meer dan " + MAX_COLUMNS + " kolommen.",
                    "the file has more than " + MAX_COLUMNS + " columns.");
        }
        List<SampleColumn> columns = new ArrayList<>(header.size());
        for (int i = 0; i < header.size(); i++) {
            String name = header.get(i).strip();
            if (name.isEmpty()) {
                throw new SampleFileException(line, i + 1,
                        "deze kolom heeft geen naam. De eerste regel moet de kolomnamen bevatten.",
                        "this column has no name. The first line must hold the column names.");
            }
            if (looksLikeValue(name)) {
                throw new SampleFileException(line, i + 1,
                        "dit lijkt een waarde, geen kolomnaam. De eerste regel moet de kolomnamen bevatten.",
                        "this looks like a value, not a column name. The first line must hold the column names.");
            }
            columns.add(new SampleColumn(name, i + 1));
        }
        return columns;
    }

    /** A header of data instead of names: a name has letters and is no e-mail address, postcode or IBAN. */
    private static boolean looksLikeValue(String name) {
        return name.chars().noneMatch(Character::isLetter) || EmailAddress.isValid(name) || Postcode.isValid(name)
                || Iban.isValid(name);
    }

    private static SampleFileException ragged(int line, int found, int expected) {
        if (found > expected) {
            return new SampleFileException(line, expected + 1,
                    "deze regel heeft meer kolommen (" + found + ") dan de kopregel (" + expected + ").",
                    "this line has more columns (" + found + ") than the header (" + expected + ").");
        }
        return new SampleFileException(line, found + 1,
                "deze regel heeft minder kolommen (" + found + ") dan de kopregel (" + expected + ").",
                "this line has fewer columns (" + found + ") than the header (" + expected + ").");
    }

    /** Strict UTF-8: a file saved as Windows-1252 would otherwise turn "cliënt" into garbage without a word. */
    private static String decode(byte[] bytes) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(bytes.length);
        CoderResult result = decoder.decode(in, out, true);
        if (result.isError()) {
            String before = new String(bytes, 0, in.position(), StandardCharsets.UTF_8);
            int[] place = CsvReader.locate(before, CsvReader.separatorOf(before));
            throw new SampleFileException(place[0], place[1],
                    "het bestand is geen UTF-8-tekst. Sla het op als 'CSV UTF-8 (door komma's gescheiden)'.",
                    "the file is not UTF-8 text. Save it as 'CSV UTF-8 (comma delimited)'.");
        }
        decoder.flush(out);
        return out.flip().toString();
    }

    private static String rowsNl() {
        return String.format(Locale.of("nl", "NL"), "%,d", MAX_ROWS);
    }

    private static String rowsEn() {
        return String.format(Locale.ROOT, "%,d", MAX_ROWS);
    }
}
