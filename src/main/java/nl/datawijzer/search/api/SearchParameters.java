package nl.datawijzer.search.api;

import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import nl.datawijzer.search.Facet;
import nl.datawijzer.search.SearchRequest;
import org.springframework.util.MultiValueMap;

/**
 * Turns the query string into a {@link SearchRequest}. Facet values are read as sent (repeat a parameter for
 * several values; a comma inside a value is part of it). A parameter the endpoint does not know is refused,
 * so a misspelt filter never silently widens the result.
 */
final class SearchParameters {

    static final String TEXT = "q";
    static final String OFFSET = "offset";
    static final String LIMIT = "limit";
    private static final Set<String> PAGING = Set.of(TEXT, OFFSET, LIMIT);

    private SearchParameters() {
    }

    /**
     * @param facetOf the facet a parameter name stands for; throws {@link IllegalArgumentException} with a
     *     Dutch message for a name the endpoint does not offer
     */
    static SearchRequest request(String text, int offset, int limit, MultiValueMap<String, String> all,
            Function<String, Facet> facetOf) {
        Map<Facet, Set<String>> filters = new EnumMap<>(Facet.class);
        for (Map.Entry<String, List<String>> parameter : all.entrySet()) {
            if (PAGING.contains(parameter.getKey())) {
                continue;
            }
            Facet facet = facetOf.apply(parameter.getKey());
            for (String value : parameter.getValue()) {
                if (value != null && !value.isBlank()) {
                    filters.computeIfAbsent(facet, f -> new LinkedHashSet<>()).add(value.strip());
                }
            }
        }
        return new SearchRequest(text, filters, offset, limit);
    }
}
