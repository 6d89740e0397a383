package nl.datawijzer.ui;

import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableCell;
import com.vaadin.flow.component.html.NativeTableHeaderCell;
import com.vaadin.flow.component.html.NativeTableRow;

/**
 * A plain table of figures with a caption and scoped header cells, the accessible companion of a chart: whoever
 * cannot see the picture reads the same numbers. The first cell of a row names it; the others are right-aligned
 * numbers.
 */
public final class NumberTable {

    private NumberTable() {
    }

    public static NativeTable of(String id, String caption, String... headers) {
        NativeTable table = new NativeTable();
        table.setId(id);
        table.addClassName("dw-overview-table");
        table.setCaptionText(caption);
        NativeTableRow head = table.getHead().addRow();
        for (String header : headers) {
            NativeTableHeaderCell cell = head.addHeaderCell();
            cell.setText(header);
            cell.getElement().setAttribute("scope", "col");
        }
        return table;
    }

    public static void row(NativeTable table, String label, String... values) {
        NativeTableRow row = table.getBody().addRow();
        NativeTableHeaderCell first = row.addHeaderCell();
        first.setText(label);
        first.getElement().setAttribute("scope", "row");
        for (String value : values) {
            NativeTableCell cell = row.addDataCell();
            cell.setText(value);
            cell.addClassName("dw-number");
        }
    }
}
