package nl.datawijzer.search.ui;

import com.vaadin.flow.router.QueryParameters;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.datawijzer.search.Facet;
import nl.datawijzer.search.SearchRequest;

/**
 * What a search page shows, as it stands in its address ({@code ?q=wmo&soort=Dataset&thema=...&pagina=2}), so
 * every result page can be bookmarked and shared. Holds the input as typed: validation is the service's
 * {@link SearchRequest}, whose Dutch message the page shows.
 */
record SearchQuery(String text, Map<Facet, Set<String>> filters, int page) {

    static final String TEXT = "q";
    static final String PAGE = "pagina";
    static final int PAGE_SIZE = 20;
    /** The last page whose offset the service still accepts. */
    static final int LAST_PAGE = SearchRequest.MAX_OFFSET / PAGE_SIZE + 1;

    SearchQuery {
        text = text == null ? "" : text.strip();
        Map<Facet, Set<String>> copy = new EnumMap<>(Facet.class);
        filters.forEach((facet, values) -> {
            if (!values.isEmpty()) {
                copy.put(facet, Collections.unmodifiableSet(new LinkedHashSet<>(values)));
            }
        });
        filters = Collections.unmodifiableMap(copy);
        page = Math.clamp(page, 1, LAST_PAGE);
    }

    static SearchQuery of(String text) {
        return new SearchQuery(text, Map.of(), 1);
    }

    /** Reads the address; parameters it does not know are ignored, a page that is no number means page 1. */
    static SearchQuery from(QueryParameters parameters) {
        Map<String, List<String>> values = parameters.getParameters();
        String text = String.join(" ", values.getOrDefault(TEXT, List.of()));
        Map<Facet, Set<String>> filters = new EnumMap<>(Facet.class);
        for (Facet facet : Facet.values()) {
            Set<String> chosen = new LinkedHashSet<>();
            for (String value : values.getOrDefault(facet.parameter(), List.of())) {
                if (!value.isBlank()) {
                    chosen.add(value.strip());
                }
            }
            filters.put(facet, chosen);
        }
        return new SearchQuery(text, filters, page(values.getOrDefault(PAGE, List.of())));
    }

    private static int page(List<String> values) {
        if (values.isEmpty()) {
            return 1;
        }
        try {
            return Integer.parseInt(values.getFirst().strip());
        } catch (NumberFormatException e) {
            return 1;
        }
    }

    QueryParameters toParameters() {
        Map<String, List<String>> parameters = new LinkedHashMap<>();
        if (!text.isEmpty()) {
            parameters.put(TEXT, List.of(text));
        }
        filters.forEach((facet, values) -> parameters.put(facet.parameter(), List.copyOf(values)));
        if (page > 1) {
            parameters.put(PAGE, List.of(Integer.toString(page)));
        }
        return new QueryParameters(parameters);
    }

    /** The address of this search on the page at {@code route}. */
    String location(String route) {
        String query = toParameters().getQueryString();
        return query.isEmpty() ? route : route + "?" + query;
    }

    /** The service's request for this page; throws {@link IllegalArgumentException} with a Dutch message. */
    SearchRequest request() {
        return new SearchRequest(text, filters, offset(), PAGE_SIZE);
    }

    int offset() {
        return (page - 1) * PAGE_SIZE;
    }

    boolean selected(Facet facet, String value) {
        return filters.getOrDefault(facet, Set.of()).contains(value);
    }

    SearchQuery withText(String newText) {
        return new SearchQuery(newText, filters, 1);
    }

    /** The same search with {@code facet} narrowed to exactly {@code values}, from the first page. */
    SearchQuery withFilter(Facet facet, Set<String> values) {
        Map<Facet, Set<String>> changed = new EnumMap<>(Facet.class);
        changed.putAll(filters);
        changed.put(facet, values);
        return new SearchQuery(text, changed, 1);
    }

    SearchQuery withoutFilters() {
        return new SearchQuery(text, Map.of(), 1);
    }

    SearchQuery atPage(int newPage) {
        return new SearchQuery(text, filters, newPage);
    }

    /** Pages needed for {@code total} hits, no more than the service can reach. */
    static int pages(long total) {
        return (int) Math.min(LAST_PAGE, Math.max(1, (total + PAGE_SIZE - 1) / PAGE_SIZE));
    }

    /** Selected values of a facet, in the order they were chosen. */
    List<String> values(Facet facet) {
        return new ArrayList<>(filters.getOrDefault(facet, Set.of()));
    }
}
