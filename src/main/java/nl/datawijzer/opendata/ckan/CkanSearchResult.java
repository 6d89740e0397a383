package nl.datawijzer.opendata.ckan;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import java.util.Map;

/**
 * {@code package_search}'s result as CKAN 2.10 gives it: the total, the page of packages, the sort used, and the
 * counts per requested facet field twice, as {@code facets} ({@code {field: {value: count}}}) and as
 * {@code search_facets} ({@code {field: {title, items: [{name, display_name, count}]}}}).
 */
public record CkanSearchResult(long count, Map<String, Map<String, Long>> facets, List<CkanPackage> results,
        String sort, @JsonProperty("search_facets") Map<String, SearchFacet> searchFacets) {

    public record SearchFacet(String title, List<Item> items) {
    }

    public record Item(String name, @JsonProperty("display_name") String displayName, long count) {
    }
}
