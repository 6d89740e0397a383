package nl.datawijzer.opendata.hosting;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.datawijzer.spreadsheet.FilledRows;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * What a hosted file must be inside, beyond its extension (a renamed file is refused), and the file as CSV for the
 * gate's scans. The checks read the whole file: its size is already bounded by the upload limit.
 */
final class FileContents {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final byte[] ZIP = {'P', 'K', 3, 4};
    private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    private FileContents() {
    }

    /** @throws UploadRefusedException when the contents are not what the type promises */
    static void check(HostedFileType type, Path file) {
        byte[] bytes = read(file);
        if (bytes.length == 0) {
            throw new UploadRefusedException("Het bestand is leeg.", "The file is empty.");
        }
        switch (type) {
            case CSV -> checkCsv(bytes);
            case XLSX -> xlsxRows(bytes);
            case JSON -> jsonRows(bytes);
        }
    }

    /** The file as CSV: a CSV as it is, the first sheet of a workbook with its values as shown, a JSON array's rows. */
    static byte[] asCsv(HostedFileType type, Path file) {
        byte[] bytes = read(file);
        return switch (type) {
            case CSV -> bytes;
            case XLSX -> csv(xlsxRows(bytes));
            case JSON -> csv(jsonRows(bytes));
        };
    }

    private static void checkCsv(byte[] bytes) {
        if (startsWith(bytes, ZIP)) {
            throw refused("CSV", "dit is een gecomprimeerd (zip- of Excel-)bestand, geen tekst",
                    "this is a compressed (zip or Excel) file, not text");
        }
        String text = utf8(bytes);
        if (text.indexOf('\0') >= 0) {
            throw refused("CSV", "het bevat binaire gegevens", "it holds binary data");
        }
        String start = text.stripLeading();
        if (start.startsWith("{") || start.startsWith("[")) {
            throw refused("CSV", "het lijkt een JSON-bestand; upload het met de extensie .json",
                    "it looks like a JSON file; upload it with the extension .json");
        }
    }

    private static String utf8(byte[] bytes) {
        int offset = startsWith(bytes, BOM) ? BOM.length : 0;
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes, offset, bytes.length - offset)).toString();
        } catch (CharacterCodingException e) {
            throw refused("CSV", "het is geen UTF-8-tekst; sla het op als 'CSV UTF-8'",
                    "it is not UTF-8 text; save it as 'CSV UTF-8'");
        }
    }

    private static List<List<String>> xlsxRows(byte[] bytes) {
        if (!startsWith(bytes, ZIP)) {
            throw refused("XLSX", "het is geen Excel-werkmap (Excel 2007 of nieuwer)",
                    "it is not an Excel workbook (Excel 2007 or later)");
        }
        XSSFWorkbook workbook;
        try {
            workbook = new XSSFWorkbook(new java.io.ByteArrayInputStream(bytes));
        } catch (IOException | RuntimeException e) {
            throw refused("XLSX", "de werkmap kan niet worden gelezen", "the workbook cannot be read");
        }
        try (workbook) {
            if (workbook.getNumberOfSheets() == 0) {
                throw refused("XLSX", "de werkmap heeft geen werkblad", "the workbook has no sheet");
            }
            Sheet sheet = workbook.getSheetAt(0);
            List<List<String>> rows = new ArrayList<>();
            int[] width = {0};
            FilledRows.forEach(sheet, (cells, rowNumber) -> {
                width[0] = Math.max(width[0], cells.size());
                rows.add(cells);
            });
            if (rows.isEmpty()) {
                throw refused("XLSX", "het eerste werkblad is leeg", "the first sheet is empty");
            }
            for (List<String> row : rows) {
                while (row.size() < width[0]) {
                    row.add("");
                }
            }
            return rows;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<List<String>> jsonRows(byte[] bytes) {
        JsonNode root;
        try {
            root = JSON.readTree(bytes);
        } catch (JacksonException e) {
            throw refused("JSON", "het is geen geldige JSON", "it is not valid JSON");
        }
        if (root == null || !root.isArray() || root.isEmpty()) {
            throw refused("JSON", "verwacht wordt een lijst (array) van objecten met enkelvoudige waarden",
                    "expected is a list (array) of objects with simple values");
        }
        Set<String> keys = new LinkedHashSet<>();
        for (JsonNode element : root.values()) {
            if (!element.isObject()) {
                throw refused("JSON", "elk element van de lijst moet een object zijn",
                        "every element of the list must be an object");
            }
            for (Map.Entry<String, JsonNode> property : element.properties()) {
                if (!property.getValue().isValueNode()) {
                    throw refused("JSON", "de waarde van '" + property.getKey()
                            + "' is genest; alleen tekst, getallen, waar/onwaar en null zijn toegestaan",
                            "the value of '" + property.getKey()
                                    + "' is nested; only text, numbers, true/false and null are allowed");
                }
                keys.add(property.getKey());
            }
        }
        List<List<String>> rows = new ArrayList<>();
        rows.add(List.copyOf(keys));
        for (JsonNode element : root.values()) {
            List<String> cells = new ArrayList<>(keys.size());
            for (String key : keys) {
                JsonNode value = element.get(key);
                cells.add(value == null || value.isNull() ? "" : value.asString());
            }
            rows.add(cells);
        }
        return rows;
    }

    /** RFC 4180 with a comma; quotes a cell holding a comma, semicolon, quote or line break. */
    private static byte[] csv(List<List<String>> rows) {
        StringBuilder out = new StringBuilder();
        for (List<String> row : rows) {
            for (int i = 0; i < row.size(); i++) {
                if (i > 0) {
                    out.append(',');
                }
                String cell = row.get(i);
                if (cell.indexOf(',') >= 0 || cell.indexOf(';') >= 0 || cell.indexOf('"') >= 0
                        || cell.indexOf('\n') >= 0 || cell.indexOf('\r') >= 0) {
                    out.append('"').append(cell.replace("\"", "\"\"")).append('"');
                } else {
                    out.append(cell);
                }
            }
            out.append('\n');
        }
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static UploadRefusedException refused(String type, String reasonNl, String reasonEn) {
        return new UploadRefusedException("Dit is geen geldig " + type + "-bestand: " + reasonNl + ".",
                "This is not a valid " + type + " file: " + reasonEn + ".");
    }

    private static boolean startsWith(byte[] bytes, byte[] prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if (bytes[i] != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    private static byte[] read(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            in.transferTo(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
