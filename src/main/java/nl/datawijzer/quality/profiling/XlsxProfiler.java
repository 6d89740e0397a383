package nl.datawijzer.quality.profiling;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import javax.xml.parsers.ParserConfigurationException;
import org.apache.poi.ooxml.POIXMLException;
import org.apache.poi.openxml4j.exceptions.OLE2NotOfficeXmlFileException;
import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.model.StylesTable;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.xml.sax.Attributes;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Profiles the first sheet of an XLSX workbook, streaming its XML (POI's event API), so a sheet of a million rows
 * never becomes a million cell objects. The first row with a value names the columns; rows without any value are
 * skipped. A number with a date format is turned into an ISO date ({@code 2024-03-01}), or an ISO date-time when its
 * format shows a time, so a date typed in Excel is a valid date. Other numbers are written plainly ({@code 12345678},
 * not {@code 1.2345678E7}). Then every value goes through the same checks as a CSV value.
 */
public final class XlsxProfiler {

    /** The largest workbook profiled by default: 512 MiB compressed. */
    public static final long DEFAULT_MAX_BYTES = 512L * 1024 * 1024;

    private XlsxProfiler() {
    }

    public static DatasetProfile profile(InputStream in, long totalBytes, ProfileSpec spec,
            ProfilingProgress progress) {
        return profile(in, totalBytes, spec, progress, DEFAULT_MAX_BYTES);
    }

    /**
     * @throws ProfilingException when the file is no XLSX workbook (also an old .xls), is damaged, larger than
     *     {@code maxBytes}, or has no sheet
     */
    public static DatasetProfile profile(InputStream in, long totalBytes, ProfileSpec spec, ProfilingProgress progress,
            long maxBytes) {
        Path copy = null;
        try {
            // A zip's directory is at its end: a copy on disk lets POI read it without holding the workbook in memory.
            copy = Files.createTempFile("datawijzer-profile", ".xlsx");
            long size = copyLimited(in, copy, maxBytes);
            progress.update(0.1);
            try (OPCPackage pkg = OPCPackage.open(copy.toFile(), PackageAccess.READ)) {
                XSSFReader reader = new XSSFReader(pkg);
                boolean date1904 = date1904(reader);
                ReadOnlySharedStringsTable strings = new ReadOnlySharedStringsTable(pkg, false);
                StylesTable styles = reader.getStylesTable();
                Iterator<InputStream> sheets = reader.getSheetsData();
                if (!sheets.hasNext()) {
                    throw new ProfilingException("De werkmap heeft geen werkblad.", "The workbook has no sheet.");
                }
                SheetHandler handler = new SheetHandler(spec, strings, styles, date1904, progress);
                try (InputStream sheet = sheets.next()) {
                    XMLReader xml = XMLHelper.newXMLReader();
                    xml.setContentHandler(handler);
                    xml.parse(new InputSource(sheet));
                }
                progress.update(1);
                return handler.profile(size);
            }
        } catch (ProfilingException e) {
            throw e;
        } catch (OLE2NotOfficeXmlFileException e) {
            throw new ProfilingException(
                    "Het bestand is een oud Excel-bestand (.xls). Sla het op als Excel-werkmap (.xlsx) of als CSV.",
                    "The file is an old Excel file (.xls). Save it as an Excel workbook (.xlsx) or as CSV.", e);
        } catch (OpenXML4JException | POIXMLException | SAXException
                | ParserConfigurationException | IOException | IllegalArgumentException | IllegalStateException e) {
            throw new ProfilingException(
                    "Het bestand is geen geldige Excel-werkmap (.xlsx) of is beschadigd.",
                    "The file is not a valid Excel workbook (.xlsx) or is damaged.", e);
        } finally {
            if (copy != null) {
                try {
                    Files.deleteIfExists(copy);
                } catch (IOException e) {
                    // a temp file left behind is harmless
                }
            }
        }
    }

    private static long copyLimited(InputStream in, Path target, long maxBytes) throws IOException {
        byte[] buffer = new byte[1 << 16];
        long total = 0;
        try (OutputStream out = Files.newOutputStream(target)) {
            int n;
            while ((n = in.read(buffer)) >= 0) {
                total += n;
                if (total > maxBytes) {
                    long mib = maxBytes / (1024 * 1024);
                    throw new ProfilingException(
                            "Het bestand is groter dan " + mib + " MiB en wordt niet geprofileerd.",
                            "The file is larger than " + mib + " MiB and is not profiled.");
                }
                out.write(buffer, 0, n);
            }
        }
        return total;
    }

    private static boolean date1904(XSSFReader reader) throws IOException, OpenXML4JException, SAXException,
            ParserConfigurationException {
        boolean[] result = {false};
        try (InputStream workbook = reader.getWorkbookData()) {
            XMLReader xml = XMLHelper.newXMLReader();
            xml.setContentHandler(new DefaultHandler() {
                @Override
                public void startElement(String uri, String localName, String qName, Attributes attributes) {
                    if (localName.equals("workbookPr")) {
                        String value = attributes.getValue("date1904");
                        result[0] = "1".equals(value) || "true".equalsIgnoreCase(value);
                    }
                }
            });
            xml.parse(new InputSource(workbook));
        }
        return result[0];
    }

    /** Cells of one sheet, a row at a time. */
    private static final class SheetHandler extends DefaultHandler {

        private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss");

        private final ProfileSpec spec;
        private final ReadOnlySharedStringsTable strings;
        private final StylesTable styles;
        private final boolean date1904;
        private final ProfilingProgress progress;

        private DeclaredColumns columns;
        private long rows;
        private long lastRow;
        private double reported;

        private String[] row = new String[32];
        private int width;
        private int nextColumn;
        private int column;
        private String type;
        private String style;
        private final StringBuilder text = new StringBuilder();
        private boolean inValue;

        SheetHandler(ProfileSpec spec, ReadOnlySharedStringsTable strings, StylesTable styles, boolean date1904,
                ProfilingProgress progress) {
            this.spec = spec;
            this.strings = strings;
            this.styles = styles;
            this.date1904 = date1904;
            this.progress = progress;
        }

        @Override
        public void startElement(String uri, String localName, String qName, Attributes attributes) {
            switch (local(localName, qName)) {
                case "dimension" -> lastRow = lastRowOf(attributes.getValue("ref"));
                case "row" -> {
                    Arrays.fill(row, 0, width, null);
                    width = 0;
                    nextColumn = 0;
                    String r = attributes.getValue("r");
                    if (r != null && lastRow > 0 && rows % 1024 == 0) {
                        report(Long.parseLong(r));
                    }
                }
                case "c" -> {
                    String ref = attributes.getValue("r");
                    column = ref == null ? nextColumn : columnOf(ref);
                    nextColumn = column + 1;
                    type = attributes.getValue("t");
                    style = attributes.getValue("s");
                    text.setLength(0);
                }
                case "v", "t" -> inValue = true;
                default -> {
                }
            }
        }

        @Override
        public void characters(char[] ch, int start, int length) {
            if (inValue) {
                text.append(ch, start, length);
            }
        }

        @Override
        public void endElement(String uri, String localName, String qName) {
            switch (local(localName, qName)) {
                case "v", "t" -> inValue = false;
                case "c" -> put(column, cellText());
                case "row" -> endRow();
                default -> {
                }
            }
        }

        private void report(long rowNumber) {
            double fraction = Math.min(0.99, 0.1 + 0.9 * rowNumber / lastRow);
            if (fraction >= reported + 0.005) {
                reported = fraction;
                progress.update(fraction);
            }
        }

        private String cellText() {
            String raw = text.toString();
            if (type == null || type.equals("n")) {
                return number(raw);
            }
            return switch (type) {
                case "s" -> raw.isBlank() ? "" : strings.getItemAt(Integer.parseInt(raw.strip())).getString();
                case "b" -> "1".equals(raw.strip()) ? "TRUE" : "FALSE";
                default -> raw;
            };
        }

        private String number(String raw) {
            if (raw.isBlank()) {
                return "";
            }
            double value;
            try {
                value = Double.parseDouble(raw);
            } catch (NumberFormatException e) {
                return raw;
            }
            if (style != null && !style.isEmpty()) {
                XSSFCellStyle cellStyle = styles.getStyleAt(Integer.parseInt(style));
                if (cellStyle != null) {
                    String format = cellStyle.getDataFormatString();
                    if (format != null && DateUtil.isADateFormat(cellStyle.getDataFormat(), format)
                            && DateUtil.isValidExcelDate(value)) {
                        LocalDateTime moment = DateUtil.getLocalDateTime(value, date1904);
                        String lower = format.toLowerCase(Locale.ROOT);
                        return lower.contains("h") || lower.contains("s")
                                ? moment.format(DATE_TIME) : moment.toLocalDate().toString();
                    }
                }
            }
            try {
                return new BigDecimal(raw.strip()).stripTrailingZeros().toPlainString();
            } catch (NumberFormatException e) {
                return raw;
            }
        }

        private void put(int index, String value) {
            if (index >= row.length) {
                row = Arrays.copyOf(row, Math.max(index + 1, row.length * 2));
            }
            row[index] = value;
            width = Math.max(width, index + 1);
        }

        private void endRow() {
            boolean blank = true;
            for (int i = 0; i < width && blank; i++) {
                blank = row[i] == null || ValueChecks.trim(row[i]).isEmpty();
            }
            if (blank) {
                return;
            }
            if (columns == null) {
                List<String> header = new ArrayList<>();
                for (int i = 0; i < width; i++) {
                    header.add(row[i] == null ? "" : ValueChecks.trim(row[i]));
                }
                columns = new DeclaredColumns(header, spec);
                return;
            }
            for (int i = 0; i < columns.size(); i++) {
                ColumnStats stats = columns.column(i);
                if (stats != null) {
                    if (i < width && row[i] != null) {
                        stats.accept(row[i]);
                    } else {
                        stats.missing();
                    }
                }
            }
            rows++;
        }

        DatasetProfile profile(long bytes) {
            if (columns == null) {
                columns = new DeclaredColumns(List.of(), spec);
            }
            return columns.profile(rows, bytes);
        }

        private static String local(String localName, String qName) {
            return localName.isEmpty() ? qName.substring(qName.indexOf(':') + 1) : localName;
        }

        /** {@code "AB12"} is column 27 (0-based). */
        static int columnOf(String ref) {
            int column = 0;
            for (int i = 0; i < ref.length(); i++) {
                char c = ref.charAt(i);
                if (c < 'A' || c > 'Z') {
                    break;
                }
                column = column * 26 + (c - 'A' + 1);
            }
            return column - 1;
        }

        private static long lastRowOf(String ref) {
            if (ref == null) {
                return 0;
            }
            String last = ref.substring(ref.indexOf(':') + 1);
            int i = 0;
            while (i < last.length() && Character.isLetter(last.charAt(i))) {
                i++;
            }
            try {
                return Long.parseLong(last.substring(i));
            } catch (NumberFormatException e) {
                return 0;
            }
        }
    }
}
