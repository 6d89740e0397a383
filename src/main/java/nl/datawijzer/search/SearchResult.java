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

    /** Unmodifiable, so a remembered result can be handed out again. */
    public SearchResult {
        hits = List.copyOf(hits);
        Map<Facet, List<FacetValue>> copy = new java.util.EnumMap<>(Facet.class);
        facets.forEach((facet, values) -> copy.put(facet, List.copyOf(values)));
        facets = java.util.Collections.unmodifiableMap(copy);
    }

    /** The same result, timed anew (a result served again from the cache). */
    public SearchResult withTookMicros(long micros) {
        return new SearchResult(hits, total, facets, suggestion, micros);
    }

    public record FacetValue(String value, long count) {
    }
}
