package nl.datawijzer.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;
import nl.datawijzer.catalog.DatasetFilter;
import nl.datawijzer.catalog.DatasetService;
import nl.datawijzer.catalog.DatasetSummary;
import nl.datawijzer.catalog.PageRequest;
import nl.datawijzer.rdf.Iris;
import nl.datawijzer.rdf.PublicRdfStore;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.annotation.DirtiesContext;

/**
 * The public search sees only the derived open-data view. Generated publications (random subsets of the
 * catalog, several seeds) share words with closed datasets; no query may return, count or quote a closed one.
 */
@SpringBootTest
@DirtiesContext
@WithMockUser(roles = {"MEDEWERKER", "ADMIN"})
class PublicSearchBoundaryIT {


    @Autowired PublicSearchService publicSearch;
    @Autowired SearchService search;
    @Autowired DatasetService datasets;
    @Autowired PublicRdfStore store;
    @Autowired Iris iris;

    @Test
    void publicSearchStartsEmptyUntilSomethingIsPublished() {
        publish(List.of());
        assertThat(publicSearch.search(SearchRequest.of("")).total()).isZero();
        assertThat(publicSearch.search(SearchRequest.of("bsn")).total()).isZero();
    }

    @Test
    void noQueryRevealsClosedDataThroughHitsCountsOrSnippets() {
        List<DatasetSummary> all = datasets.list(DatasetFilter.NONE, new PageRequest(0, 500, "title", false)).items();
        for (long seed = 1; seed <= 5; seed++) {
            Random random = new Random(seed);
            List<DatasetSummary> published = all.stream().filter(d -> random.nextInt(4) == 0).toList();
            publish(published);
            Set<String> open = published.stream().map(d -> "dataset:" + d.id().slug()).collect(Collectors.toSet());
            Set<String> openWords = words(published);

            for (String word : words(all)) {
                SearchResult result = publicSearch.search(new SearchRequest(word, Map.of(), 0, 100));
                assertThat(result.hits()).extracting(SearchHit::id).as("seed %d, word %s", seed, word).allMatch(open::contains);
                long counted = result.facets().getOrDefault(Facet.KIND, List.of()).stream()
                        .mapToLong(SearchResult.FacetValue::count).sum();
                assertThat(counted).as("facet counts for %s", word).isEqualTo(result.total());
                assertThat(result.total()).isLessThanOrEqualTo(open.size());
                if (!openWords.contains(word)) {
                    // A word that only closed datasets use finds nothing (fuzzy matches stay inside the open set).
                    assertThat(result.hits()).extracting(SearchHit::id).allMatch(open::contains);
                }
                // Snippets quote the published description only, never the internal one.
                assertThat(result.hits()).allSatisfy(h -> assertThat(h.snippet().stream()
                        .map(SearchHit.SnippetPart::text).collect(Collectors.joining())).startsWith(OpenDataViewFixture.DESCRIPTION_PREFIX));
            }
        }
    }

    @Test
    void publicFiltersAreLimitedToKindAndTheme() {
        assertThatThrownBy(() -> publicSearch.search(new SearchRequest("wmo", Map.of(Facet.OWNER, Set.of("x")), 0, 10)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("niet beschikbaar");
    }

    /** Writes the open-data view as the publication gate will: only chosen datasets, only public properties. */
    private void publish(List<DatasetSummary> published) {
        OpenDataViewFixture.publish(store, iris, published);
        search.rebuild(percent -> { });
    }

    private static Set<String> words(List<DatasetSummary> datasets) {
        Set<String> words = new HashSet<>();
        for (DatasetSummary d : datasets) {
            for (String word : d.title().toLowerCase().split("[^\\p{L}\\p{N}]+")) {
                if (word.length() >= 4) {
                    words.add(word);
                }
            }
        }
        return new HashSet<>(new ArrayList<>(words));
    }
}
