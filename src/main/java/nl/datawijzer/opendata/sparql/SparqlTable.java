package nl.datawijzer.opendata.sparql;

import java.util.List;

/**
 * An answer as a table for people: the variables (or subject, predicate, object for a graph, or one column for ASK)
 * and the rows as text. {@code truncated} when the result limit cut it.
 */
public record SparqlTable(QueryForm form, List<String> columns, List<List<String>> rows, boolean truncated) {

    public SparqlTable {
        columns = List.copyOf(columns);
        rows = rows.stream().map(List::copyOf).toList();
    }
}
