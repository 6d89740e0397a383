package nl.datawijzer.opendata.ckan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CkanSearchQueryTest {

    @Test
    void defaultsAreCkansTenRowsFromTheStartByScoreThenNewest() {
        CkanSearchQuery query = CkanSearchQuery.from(CkanParameters.none());
        assertThat(query.rows()).isEqualTo(10);
        assertThat(query.start()).isZero();
        assertThat(query.matchesAll()).isTrue();
        assertThat(query.sortText()).isEqualTo("score desc, metadata_modified desc");
        assertThat(query.facetFields()).isEmpty();
        assertThat(query.facetLimit()).isEqualTo(50);
    }

    @Test
    void rowsAboveTheMaximumAreCutAsCkanDoes() {
        assertThat(CkanSearchQuery.from(new CkanParameters(Map.of("rows", "1000000"))).rows()).isEqualTo(1000);
        assertThat(CkanSearchQuery.from(new CkanParameters(Map.of("rows", 25))).rows()).isEqualTo(25);
    }

    @Test
    void fqTakesQuotedValuesPlusMinusAndAnd() {
        assertThat(CkanSearchQuery.filters("groups:soci AND tags:\"maatschappelijke ondersteuning\" -res_format:CSV +license_id:cc-zero"))
                .containsExactly(new CkanSearchQuery.Filter("groups", "soci", false),
                        new CkanSearchQuery.Filter("tags", "maatschappelijke ondersteuning", false),
                        new CkanSearchQuery.Filter("res_format", "CSV", true),
                        new CkanSearchQuery.Filter("license_id", "cc-zero", false));
        assertThat(CkanSearchQuery.filters("+dataset_type:dataset")).isEmpty();
    }

    @Test
    void fqRefusesUnknownFieldsOpenQuotesAndMissingValuesInDutch() {
        for (String fq : List.of("kleur:rood", "tags:\"open", "groups:", "zomaar")) {
            assertThatThrownBy(() -> CkanSearchQuery.filters(fq)).as(fq).isInstanceOf(CkanException.class)
                    .satisfies(e -> assertThat(((CkanException) e).type()).isEqualTo(CkanException.Type.VALIDATION));
        }
        assertThatThrownBy(() -> CkanSearchQuery.filters("kleur:rood")).hasMessageContaining("Onbekend veld 'kleur'");
    }

    @Test
    void facetFieldsComeAsAJsonListInTheUrlOrAListInTheBody() {
        assertThat(CkanSearchQuery.from(new CkanParameters(Map.of("facet.field", "[\"groups\",\"tags\"]"))).facetFields())
                .containsExactly("groups", "tags");
        assertThat(CkanSearchQuery.from(new CkanParameters(Map.of("facet.field", List.of("res_format")))).facetFields())
                .containsExactly("res_format");
        assertThatThrownBy(() -> CkanSearchQuery.from(new CkanParameters(Map.of("facet.field", "[1]"))))
                .isInstanceOf(CkanException.class);
    }

    @Test
    void fieldsWrittenInQFilterAsInFq() {
        CkanSearchQuery query = CkanSearchQuery.from(new CkanParameters(Map.of("q", "afval tags:\"open data\" -groups:soci")));
        assertThat(query.q()).isEqualTo("afval");
        assertThat(query.filters()).containsExactly(new CkanSearchQuery.Filter("tags", "open data", false),
                new CkanSearchQuery.Filter("groups", "soci", true));
        assertThat(CkanSearchQuery.from(new CkanParameters(Map.of("q", "res_format:CSV"))).matchesAll()).isTrue();
    }

    @Test
    void sortTakesCkansFieldsAndDirections() {
        assertThat(CkanSearchQuery.sort("title_string asc, name desc")).containsExactly(
                new CkanSearchQuery.SortKey("title_string", false), new CkanSearchQuery.SortKey("name", true));
        assertThatThrownBy(() -> CkanSearchQuery.sort("title_string sideways")).isInstanceOf(CkanException.class);
    }

    @Test
    void anOverlongQueryIsRefused() {
        assertThatThrownBy(() -> CkanSearchQuery.from(new CkanParameters(Map.of("q", "x".repeat(1001)))))
                .isInstanceOf(CkanException.class).hasMessageContaining("te lang");
    }
}
