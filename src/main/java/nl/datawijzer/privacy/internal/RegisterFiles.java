package nl.datawijzer.privacy.internal;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import nl.datawijzer.privacy.RegisterFileException;
import nl.datawijzer.privacy.RegisterTable;
import nl.datawijzer.privacy.detect.CsvReader;
import nl.datawijzer.privacy.detect.SampleFileException;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import nl.datawijzer.spreadsheet.FilledRows;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * The register as a file: CSV the way Dutch Excel reads it (UTF-8 with a byte-order mark, {@code ;} between values,
 * CRLF between lines) and XLSX (one sheet, a bold header row); and back from either, with limits and with line and
 * column in every error.
 */
public final class RegisterFiles {

    public static final int MAX_BYTES = 5 * 1024 * 1024;
    public static final int MAX_ROWS = 2_000;
    static final String SHEET = "Verwerkingsregister";
    private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    private RegisterFiles() {
    }

    public static byte[] csv(List<String> headers, List<List<String>> rows) {
        StringBuilder out = new StringBuilder();
        line(out, headers);
        rows.forEach(row -> line(out, row));
        byte[] text = out.toString().getBytes(StandardCharsets.UTF_8);
        byte[] file = new byte[BOM.length + text.length];
        System.arraycopy(BOM, 0, file, 0, BOM.length);
        System.arraycopy(text, 0, file, BOM.length, text.length);
        return file;
    }

    private static void line(StringBuilder out, List<String> values) {
        for (int i = 0; i < values.size(); i++) {
            if (i > 0) {
                out.append(';');
            }
            String value = values.get(i) == null ? "" : values.get(i);
            boolean quote = value.indexOf(';') >= 0 || value.indexOf('"') >= 0 || value.indexOf('\n') >= 0
                    || value.indexOf('\r') >= 0 || !value.equals(value.strip());
            out.append(quote ? '"' + value.replace("\"", "\"\"") + '"' : value);
        }
        out.append("\r\n");
    }

    public static byte[] xlsx(List<String> headers, List<List<String>> rows) {
        try (Workbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.createSheet(SHEET);
            CellStyle bold = workbook.createCellStyle();
            Font font = workbook.createFont();
            font.setBold(true);
            bold.setFont(font);
            CellStyle wrapped = workbook.createCellStyle();
            wrapped.setWrapText(true);
            Row header = sheet.createRow(0);
            for (int c = 0; c < headers.size(); c++) {
                Cell cell = header.createCell(c);
                cell.setCellValue(headers.get(c));
                cell.setCellStyle(bold);
                sheet.setColumnWidth(c, 30 * 256);
            }
            for (int r = 0; r < rows.size(); r++) {
                Row row = sheet.createRow(r + 1);
                List<String> values = rows.get(r);
                for (int c = 0; c < values.size(); c++) {
                    Cell cell = row.createCell(c);
                    cell.setCellValue(values.get(c) == null ? "" : values.get(c));
                    cell.setCellStyle(wrapped);
                }
            }
            sheet.createFreezePane(0, 1);
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write the register as XLSX", e);
        }
    }

    /**
     * Reads a CSV or XLSX file: XLSX when the content is a ZIP archive, CSV otherwise.
     *
     * @throws RegisterFileException when the file is too large, has too many rows, is malformed CSV or a broken XLSX
     */
    public static RegisterTable read(byte[] bytes, String fileName) {
        if (bytes.length > MAX_BYTES) {
            throw RegisterFileException.whole("Het bestand is groter dan 5 MB; splits het op of laat kolommen weg.",
                    "The file is larger than 5 MB; split it or leave out columns.");
        }
        boolean zip = bytes.length >= 4 && bytes[0] == 'P' && bytes[1] == 'K' && bytes[2] == 3 && bytes[3] == 4;
        String name = fileName == null ? "" : fileName.toLowerCase(Locale.ROOT);
        if (zip) {
            return xlsx(bytes, fileName);
        }
        if (name.endsWith(".xlsx") || name.endsWith(".xls")) {
            throw RegisterFileException.whole(
                    "Dit is geen geldig XLSX-bestand (Excel 2007 of nieuwer). Sla het in Excel op als .xlsx of als CSV (UTF-8).",
                    "This is not a valid XLSX file (Excel 2007 or later). Save it in Excel as .xlsx or as CSV (UTF-8).");
        }
        return csv(bytes, fileName);
    }

    private static RegisterTable csv(byte[] bytes, String fileName) {
        String text = decode(bytes);
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        if (text.isBlank()) {
            throw RegisterFileException.whole("Het bestand is leeg.", "The file is empty.");
        }
        if (text.indexOf('\0') >= 0) {
            throw RegisterFileException.whole("Dit is geen CSV- of XLSX-bestand.", "This is not a CSV or XLSX file.");
        }
        CsvReader reader = new CsvReader(text, CsvReader.separatorOf(text));
        try {
            List<String> header = reader.next();
            if (header == null) {
                throw RegisterFileException.whole("Het bestand is leeg.", "The file is empty.");
            }
            List<RegisterTable.Row> rows = new ArrayList<>();
            for (List<String> record = reader.next(); record != null; record = reader.next()) {
                if (record.stream().allMatch(String::isBlank)) {
                    continue;
                }
                int line = reader.recordLine();
                for (int c = header.size(); c < record.size(); c++) {
                    if (!record.get(c).isBlank()) {
                        throw new RegisterFileException(line, c + 1, "Regel " + line + ", kolom " + (c + 1)
                                + ": deze regel heeft meer kolommen (" + record.size() + ") dan de kopregel ("
                                + header.size() + "). Staat er een ; in een waarde zonder aanhalingstekens?",
                                "Line " + line + ", column " + (c + 1) + ": this line has more columns ("
                                        + record.size() + ") than the header (" + header.size()
                                        + "). Is there a ; in a value without quotes?");
                    }
                }
                rows.add(new RegisterTable.Row(line, record));
                tooMany(rows.size());
            }
            return new RegisterTable(fileName, header.stream().map(String::strip).toList(), rows);
        } catch (SampleFileException malformed) {
            throw new RegisterFileException(malformed.line(), malformed.column(), malformed.messageNl(),
                    malformed.messageEn());
        }
    }

    private static String decode(byte[] bytes) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(bytes.length + 1);
        try {
            var result = decoder.decode(in, out, true);
            if (result.isError()) {
                result.throwException();
            }
            decoder.flush(out);
            out.flip();
            return out.toString();
        } catch (MalformedInputException e) {
            out.flip();
            String prefix = out.toString();
            int[] at = CsvReader.locate(prefix, CsvReader.separatorOf(prefix));
            throw new RegisterFileException(at[0], at[1], "Regel " + at[0] + ", kolom " + at[1]
                    + ": dit is geen UTF-8-tekst. Sla het bestand op als 'CSV UTF-8' of als .xlsx.",
                    "Line " + at[0] + ", column " + at[1] + ": this is not UTF-8 text. Save the file as 'CSV UTF-8' "
                            + "or as .xlsx.");
        } catch (CharacterCodingException e) {
            throw RegisterFileException.whole("Het bestand is geen UTF-8-tekst.", "The file is not UTF-8 text.");
        }
    }

    private static RegisterTable xlsx(byte[] bytes, String fileName) {
        Workbook workbook;
        try {
            workbook = new XSSFWorkbook(new ByteArrayInputStream(bytes));
        } catch (IOException | RuntimeException e) {
            throw RegisterFileException.whole(
                    "Dit is geen geldig XLSX-bestand (Excel 2007 of nieuwer): het kan niet worden gelezen.",
                    "This is not a valid XLSX file (Excel 2007 or later): it cannot be read.");
        }
        try (workbook) {
            if (workbook.getNumberOfSheets() == 0) {
                throw RegisterFileException.whole("Het werkboek heeft geen werkblad.", "The workbook has no sheet.");
            }
            Sheet sheet = workbook.getSheet(SHEET) != null ? workbook.getSheet(SHEET) : workbook.getSheetAt(0);
            List<List<String>> header = new ArrayList<>(1);
            List<RegisterTable.Row> rows = new ArrayList<>();
            FilledRows.forEach(sheet, (cells, rowNumber) -> {
                if (header.isEmpty()) {
                    header.add(cells.stream().map(String::strip).toList());
                    return;
                }
                rows.add(new RegisterTable.Row(rowNumber, cells));
                tooMany(rows.size());
            });
            if (header.isEmpty()) {
                throw RegisterFileException.whole("Het werkblad is leeg.", "The sheet is empty.");
            }
            return new RegisterTable(fileName, header.getFirst(), rows);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void tooMany(int rows) {
        if (rows > MAX_ROWS) {
            throw RegisterFileException.whole("Het bestand heeft meer dan " + String.format(Locale.of("nl"), "%,d", MAX_ROWS)
                    + " regels met verwerkingen; importeer het in delen.",
                    "The file has more than " + String.format(Locale.ENGLISH, "%,d", MAX_ROWS)
                            + " rows of activities; import it in parts.");
        }
    }
}
