package nl.datawijzer.search;

import java.util.EnumSet;
import java.util.Set;
import nl.datawijzer.search.internal.SearchIndexes;
import org.springframework.stereotype.Service;

/**
 * Search for everyone, over the public index only: it holds nothing but the open-data view, so no query,
 * snippet or facet count can reveal closed data. Only the facets that make sense publicly are offered.
 */
@Service
public class PublicSearchService {

    public static final Set<Facet> PUBLIC_FACETS = EnumSet.of(Facet.KIND, Facet.THEME);

    private final SearchIndexes indexes;

    PublicSearchService(SearchIndexes indexes) {
        this.indexes = indexes;
    }

    public SearchResult search(SearchRequest request) {
        for (Facet facet : request.filters().keySet()) {
            if (!PUBLIC_FACETS.contains(facet)) {
                throw new IllegalArgumentException("Filter '" + facet.parameter() + "' is niet beschikbaar in de openbare zoekfunctie");
            }
        }
        SearchResult result = indexes.open().search(request);
        var facets = new java.util.EnumMap<Facet, java.util.List<SearchResult.FacetValue>>(Facet.class);
        result.facets().forEach((facet, values) -> {
            if (PUBLIC_FACETS.contains(facet)) {
                facets.put(facet, values);
            }
        });
        return new SearchResult(result.hits(), result.total(), facets, result.suggestion(), result.tookMicros());
    }
}
