package nl.datawijzer.privacy;

import java.util.List;

/**
 * A register file as read, before any value is interpreted: its header and its data rows, each with the line it starts
 * on (CSV: the physical line; XLSX: the row number), so every problem can name line and column. Blank rows are left
 * out.
 */
public record RegisterTable(String fileName, List<String> headers, List<Row> rows) {

    public RegisterTable {
        headers = List.copyOf(headers);
        rows = List.copyOf(rows);
    }

    /** One data row; {@link #cell(int)} is empty for columns the row does not reach. */
    public record Row(int line, List<String> cells) {
        public Row {
            cells = List.copyOf(cells);
        }

        public String cell(int column) {
            return column < cells.size() ? cells.get(column) : "";
        }
    }
}
