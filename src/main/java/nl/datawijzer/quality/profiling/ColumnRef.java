package nl.datawijzer.quality.profiling;

/**
 * A column in the same database that a field's values must exist in (a foreign key the source does not enforce).
 *
 * @param table the table, optionally with its schema ({@code dwh.client})
 * @param column the column in that table
 */
public record ColumnRef(String table, String column) {
}
