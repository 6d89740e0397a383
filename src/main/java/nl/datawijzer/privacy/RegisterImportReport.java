package nl.datawijzer.privacy;

import java.util.List;
import java.util.Locale;

/**
 * What an import of a register file does or would do (a dry run): per data row whether it makes a new activity,
 * changes one, leaves one unchanged, or cannot be imported, with every problem at its line and column. An import
 * writes only when no row has a problem, and then all rows at once.
 */
public record RegisterImportReport(List<RowResult> rows) {

    public RegisterImportReport {
        rows = List.copyOf(rows);
    }

    public enum Outcome { NEW, CHANGED, UNCHANGED, ERROR }

    /**
     * @param line   the line of the file (CSV line, XLSX row number), 1 being the header
     * @param column the column's header as it stands in the file (or the property's name when no column fills it)
     */
    public record Problem(int line, String column, String messageNl, String messageEn) {
        public String message(Locale locale) {
            return "en".equals(locale.getLanguage())
                    ? "line " + line + ", column '" + column + "': " + messageEn
                    : "regel " + line + ", kolom '" + column + "': " + messageNl;
        }

        @Override
        public String toString() {
            return message(Locale.of("nl"));
        }
    }

    public record RowResult(int line, ProcessingActivityId id, String title, Outcome outcome, List<Problem> problems) {
        public RowResult {
            problems = List.copyOf(problems);
        }
    }

    public boolean hasErrors() {
        return rows.stream().anyMatch(r -> r.outcome() == Outcome.ERROR);
    }

    public long count(Outcome outcome) {
        return rows.stream().filter(r -> r.outcome() == outcome).count();
    }

    public List<Problem> problems() {
        return rows.stream().flatMap(r -> r.problems().stream()).toList();
    }
}
