package nl.datawijzer.search.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.vaadin.flow.router.QueryParameters;
import java.util.Set;
import nl.datawijzer.search.Facet;
import org.junit.jupiter.api.Test;

/** The search address: read, changed and written back, so every result page can be linked. */
class SearchQueryTest {

    @Test
    void readsTextRepeatedFacetsAndPageFromTheAddress() {
        SearchQuery query = SearchQuery.from(QueryParameters.fromString(
                "q=wmo&soort=Dataset&soort=Veld&thema=Zorg%20en%20welzijn&pagina=3&onbekend=x"));

        assertThat(query.text()).isEqualTo("wmo");
        assertThat(query.filters()).containsOnlyKeys(Facet.KIND, Facet.THEME);
        assertThat(query.values(Facet.KIND)).containsExactly("Dataset", "Veld");
        assertThat(query.values(Facet.THEME)).containsExactly("Zorg en welzijn");
        assertThat(query.page()).isEqualTo(3);
        assertThat(query.offset()).isEqualTo(40);
    }

    @Test
    void writesTheSameAddressBack() {
        QueryParameters address = QueryParameters.fromString("q=wmo&soort=Dataset&soort=Veld&pagina=2");
        assertThat(SearchQuery.from(address).toParameters().getParameters()).isEqualTo(address.getParameters());
        assertThat(SearchQuery.from(address).withText("bsn").location("zoeken"))
                .isEqualTo("zoeken?q=bsn&soort=Dataset&soort=Veld");
        assertThat(SearchQuery.of("").location("zoeken")).isEqualTo("zoeken");
    }

    @Test
    void changingWordsOrFiltersStartsAtTheFirstPage() {
        SearchQuery query = SearchQuery.from(QueryParameters.fromString("q=wmo&soort=Dataset&pagina=4"));

        assertThat(query.withText("jeugd").page()).isEqualTo(1);
        assertThat(query.withText("jeugd").values(Facet.KIND)).containsExactly("Dataset");
        assertThat(query.withFilter(Facet.KIND, Set.of()).filters()).isEmpty();
        assertThat(query.withoutFilters().location("zoeken")).isEqualTo("zoeken?q=wmo");
    }

    @Test
    void oddPagesAreReadAsARealPage() {
        assertThat(SearchQuery.from(QueryParameters.fromString("pagina=abc")).page()).isEqualTo(1);
        assertThat(SearchQuery.from(QueryParameters.fromString("pagina=-5")).page()).isEqualTo(1);
        SearchQuery far = SearchQuery.from(QueryParameters.fromString("pagina=999999"));
        assertThat(far.page()).isEqualTo(SearchQuery.LAST_PAGE);
        assertThat(far.request().offset()).isEqualTo(10_000);
        assertThat(SearchQuery.pages(0)).isEqualTo(1);
        assertThat(SearchQuery.pages(41)).isEqualTo(3);
    }

    @Test
    void tooLongTextIsKeptForTheServiceToExplain() {
        SearchQuery query = SearchQuery.of("x".repeat(1001));

        assertThat(query.text()).hasSize(1001);
        assertThatThrownBy(query::request).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("te lang");
    }
}
