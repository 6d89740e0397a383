package nl.datawijzer.spreadsheet;

import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * A CSV file the way Dutch Excel opens it with a double click: UTF-8 with a byte-order mark (else Excel reads it as
 * Windows-1252), {@code ;} between cells (the Dutch list separator), CRLF line ends, and cells that Excel would run as
 * a formula (a leading {@code =}, {@code +}, {@code -} or {@code @}) defused with a leading apostrophe.
 */
public final class DutchCsv {

    private final StringBuilder text = new StringBuilder("\uFEFF");

    /** Appends one row; each cell is quoted when it holds {@code ;}, a quote or a line break. */
    public DutchCsv row(List<String> cells) {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                text.append(';');
            }
            text.append(cell(cells.get(i)));
        }
        text.append("\r\n");
        return this;
    }

    public byte[] bytes() {
        return text.toString().getBytes(StandardCharsets.UTF_8);
    }

    static String cell(String value) {
        String cell = value;
        if (!cell.isEmpty() && "=+-@".indexOf(cell.charAt(0)) >= 0) {
            cell = "'" + cell;
        }
        if (cell.contains(";") || cell.contains("\"") || cell.contains("\n") || cell.contains("\r")) {
            cell = "\"" + cell.replace("\"", "\"\"") + "\"";
        }
        return cell;
    }
}
