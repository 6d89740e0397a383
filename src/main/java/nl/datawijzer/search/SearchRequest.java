package nl.datawijzer.search;

import java.util.EnumMap;
import java.util.Map;
import java.util.Set;

/**
 * A search: free text (may be empty to browse by facets), facet filters (OR within a facet, AND across
 * facets) and a page. Out-of-range input is refused with a Dutch message, never passed on to Lucene.
 */
public record SearchRequest(String text, Map<Facet, Set<String>> filters, int offset, int limit) {

    public static final int MAX_TEXT = 1000;
    public static final int MAX_LIMIT = 100;
    public static final int MAX_OFFSET = 10_000;

    public SearchRequest {
        text = text == null ? "" : text.strip();
        if (text.length() > MAX_TEXT) {
            throw new IllegalArgumentException("De zoekvraag is te lang: hoogstens " + MAX_TEXT + " tekens");
        }
        if (offset < 0 || offset > MAX_OFFSET) {
            throw new IllegalArgumentException("offset moet tussen 0 en " + MAX_OFFSET + " liggen");
        }
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new IllegalArgumentException("limit moet tussen 1 en " + MAX_LIMIT + " liggen");
        }
        Map<Facet, Set<String>> copy = new EnumMap<>(Facet.class);
        if (filters != null) {
            filters.forEach((facet, values) -> {
                if (values != null && !values.isEmpty()) {
                    copy.put(facet, Set.copyOf(values));
                }
            });
        }
        filters = Map.copyOf(copy);
    }

    public static SearchRequest of(String text) {
        return new SearchRequest(text, Map.of(), 0, 20);
    }
}
