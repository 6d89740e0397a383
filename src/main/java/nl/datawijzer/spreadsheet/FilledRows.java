package nl.datawijzer.spreadsheet;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.ObjIntConsumer;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;

/**
 * The rows of a worksheet that hold anything, each as the texts Excel shows for its cells (Dutch number and date
 * formats). A formula shows its last computed value, as Excel shows it; nothing is recalculated here, so a workbook
 * cannot make us run its formulas. Shared by every XLSX import (processing register, hosted files).
 */
public final class FilledRows {

    private FilledRows() {
    }

    /** Calls the action with each non-blank row's cells and its row number as Excel shows it (from 1). */
    public static void forEach(Sheet sheet, ObjIntConsumer<List<String>> action) {
        DataFormatter formatter = new DataFormatter(Locale.of("nl"));
        formatter.setUseCachedValuesForFormulaCells(true);
        for (Row row : sheet) {
            List<String> cells = new ArrayList<>();
            for (int c = 0; c < Math.max(0, row.getLastCellNum()); c++) {
                Cell cell = row.getCell(c);
                cells.add(cell == null ? "" : formatter.formatCellValue(cell));
            }
            if (!cells.stream().allMatch(String::isBlank)) {
                action.accept(cells, row.getRowNum() + 1);
            }
        }
    }
}
