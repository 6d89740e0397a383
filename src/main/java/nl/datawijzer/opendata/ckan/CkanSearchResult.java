package nl.datawijzer.opendata.ckan;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.util.RawValue;

/**
 * {@code package_search}'s result as CKAN 2.10 gives it: the total, the page of packages, the sort used, and the
 * counts per requested facet field twice, as {@code facets} ({@code {field: {value: count}}}) and as
 * {@code search_facets} ({@code {field: {title, items: [{name, display_name, count}]}}}).
 *
 * <p>{@code packagesJson} holds each package of the page already written as JSON (once per view change, not per
 * search): in JSON the {@code results} are those texts, so a page of 100 packages costs no serialising.
 */
@JsonPropertyOrder({"count", "facets", "results", "sort", "search_facets"})
public record CkanSearchResult(long count, Map<String, Map<String, Long>> facets, @JsonIgnore List<CkanPackage> packages,
        @JsonIgnore List<String> packagesJson, String sort,
        @JsonProperty("search_facets") Map<String, SearchFacet> searchFacets) {

    public CkanSearchResult {
        if (packages.size() != packagesJson.size()) {
            throw new IllegalArgumentException("every package needs its JSON");
        }
    }

    /** The packages as CKAN's {@code results}, from their JSON written in advance. */
    @JsonProperty("results")
    public List<RawValue> results() {
        return packagesJson.stream().map(RawValue::new).toList();
    }

    public record SearchFacet(String title, List<Item> items) {
    }

    public record Item(String name, @JsonProperty("display_name") String displayName, long count) {
    }
}
