package nl.datawijzer.search;

import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Hits of one page, the total, facet counts over all matches, and a "bedoelde u ..." suggestion when the
 * query looks misspelt.
 */
public record SearchResult(
        List<SearchHit> hits,
        long total,
        Map<Facet, List<FacetValue>> facets,
        @Nullable String suggestion,
        long tookMicros) {

    public record FacetValue(String value, long count) {
    }
}
