package nl.datawijzer.search.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import nl.datawijzer.search.Facet;
import nl.datawijzer.search.SearchRequest;
import org.junit.jupiter.api.Test;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

/** Query strings become search requests: repeated facets kept whole, unknown parameters refused. */
class SearchParametersTest {

    @Test
    void repeatedFacetParametersAreAllKeptAndCommasStayInsideAValue() {
        MultiValueMap<String, String> all = new LinkedMultiValueMap<>();
        all.add("q", "wmo");
        all.add("soort", "Veld");
        all.add("soort", "Dataset");
        all.add("eigenaar", "Team Jeugd, afdeling Sociaal");
        all.add("thema", " ");

        SearchRequest request = SearchParameters.request("wmo", 20, 10, all, Facet::fromParameter);

        assertThat(request.filters().get(Facet.KIND)).containsExactlyInAnyOrder("Veld", "Dataset");
        assertThat(request.filters().get(Facet.OWNER)).containsExactly("Team Jeugd, afdeling Sociaal");
        assertThat(request.filters()).doesNotContainKey(Facet.THEME);
        assertThat(request.offset()).isEqualTo(20);
        assertThat(request.limit()).isEqualTo(10);
    }

    @Test
    void anUnknownParameterIsRefusedInDutch() {
        MultiValueMap<String, String> all = new LinkedMultiValueMap<>();
        all.add("kleur", "rood");

        assertThatThrownBy(() -> SearchParameters.request("", 0, 20, all, Facet::fromParameter))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("Onbekend filter 'kleur'");
    }
}
