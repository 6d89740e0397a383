package nl.datawijzer.catalog.internal;

import java.util.Map;
import nl.datawijzer.catalog.PageRequest;
import nl.datawijzer.rdf.PreparedQuery;

/** Applies a page request to a query, allowing only the sort keys a list offers. */
final class Sorting {

    private Sorting() {
    }

    static PreparedQuery apply(PreparedQuery query, PageRequest page, Map<String, String> sortKeyToVariable) {
        if (!page.sort().isEmpty()) {
            String variable = sortKeyToVariable.get(page.sort());
            if (variable == null) {
                throw new IllegalArgumentException("Onbekende sortering '" + page.sort() + "'; kies uit "
                        + String.join(", ", sortKeyToVariable.keySet().stream().sorted().toList()));
            }
            query.orderBy(variable, page.descending());
        }
        return query.page(page.offset(), page.limit());
    }
}
