package nl.datawijzer.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.datawijzer.catalog.ConceptId;
import nl.datawijzer.catalog.DatasetDetail;
import nl.datawijzer.catalog.DatasetDraft;
import nl.datawijzer.catalog.DatasetId;
import nl.datawijzer.catalog.DatasetService;
import nl.datawijzer.catalog.GlossaryService;
import nl.datawijzer.catalog.GlossaryTerm;
import nl.datawijzer.catalog.GlossaryTermDraft;
import nl.datawijzer.catalog.Label;
import nl.datawijzer.catalog.SystemId;
import nl.datawijzer.catalog.AgentId;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.annotation.DirtiesContext;

/** Staff search over the Huizen seed: Dutch analysis, facets, suggestions, freshness and bad input. */
@SpringBootTest
@DirtiesContext
@WithMockUser(roles = {"MEDEWERKER", "BEHEERDER"})
class SearchServiceIT {

    @Autowired SearchService search;
    @Autowired DatasetService datasets;
    @Autowired GlossaryService glossary;

    @Test
    void diacriticsDoNotMatterAndPluralsFindSingulars() {
        List<String> withDiaeresis = ids("cliënten");
        assertThat(withDiaeresis).isNotEmpty();
        assertThat(ids("clienten")).isEqualTo(withDiaeresis);
        assertThat(ids("client")).containsAnyElementsOf(withDiaeresis);
    }

    @Test
    void splitFieldNamesAreFoundByTheirWords() {
        SearchResult result = search.search(new SearchRequest("beschikking", Map.of(Facet.KIND, Set.of("Veld")), 0, 50));
        assertThat(result.hits()).isNotEmpty().allSatisfy(h -> assertThat(h.kind()).isEqualTo(SearchKind.FIELD));
    }

    @Test
    void titlesRankAboveMentionsAndFacetsCountAllMatches() {
        SearchResult result = search.search(SearchRequest.of("jeugdhulp"));
        assertThat(result.total()).isGreaterThan(5);
        assertThat(result.hits().getFirst().title().toLowerCase()).contains("jeugd");
        assertThat(result.facets().get(Facet.KIND)).extracting(SearchResult.FacetValue::value).contains("Dataset", "Veld");
        long kinds = result.facets().get(Facet.KIND).stream().mapToLong(SearchResult.FacetValue::count).sum();
        assertThat(kinds).isEqualTo(result.total());
    }

    @Test
    void facetFiltersNarrowTheResults() {
        SearchResult all = search.search(SearchRequest.of("bsn"));
        SearchResult fields = search.search(new SearchRequest("bsn", Map.of(Facet.KIND, Set.of("Veld")), 0, 20));
        assertThat(fields.total()).isPositive().isLessThan(all.total());
        assertThat(fields.hits()).allSatisfy(h -> assertThat(h.kind()).isEqualTo(SearchKind.FIELD));
        SearchResult datasetsOnly = search.search(new SearchRequest("bsn", Map.of(Facet.KIND, Set.of("Dataset")), 0, 20));
        SearchResult either = search.search(new SearchRequest("bsn", Map.of(Facet.KIND, Set.of("Veld", "Dataset")), 0, 20));
        assertThat(either.total()).as("values of one facet are alternatives")
                .isEqualTo(fields.total() + datasetsOnly.total());
        SearchResult nothing = search.search(new SearchRequest("bsn", Map.of(Facet.SYSTEM, Set.of("Bestaat niet")), 0, 20));
        assertThat(nothing.total()).isZero();
    }

    @Test
    void snippetsMarkTheMatchingWordsAsPlainText() {
        List<SearchHit> hits = search.search(SearchRequest.of("doorlooptijd")).hits();
        assertThat(hits.stream().flatMap(h -> h.snippet().stream()))
                .anySatisfy(part -> {
                    assertThat(part.match()).isTrue();
                    assertThat(part.text().toLowerCase()).startsWith("doorlooptijd");
                })
                .allSatisfy(part -> assertThat(part.text()).doesNotContain("\uE000", "\uE001"));
    }

    @Test
    void glossarySynonymsFindTheOtherWord() {
        assertThat(ids("Wet maatschappelijke ondersteuning")).containsAnyElementsOf(ids("wmo"));
    }

    @Test
    void typosAreToleratedAndACorrectionIsSuggested() {
        assertThat(search.search(SearchRequest.of("jeugdhlp")).total()).isPositive();
        SearchResult misspelt = search.search(SearchRequest.of("caseloaf"));
        assertThat(misspelt.suggestion()).isEqualTo("caseload");
    }

    @Test
    void brokenSyntaxEmptyAndHugeQueriesGetAClearAnswer() {
        assertThat(search.search(SearchRequest.of("(wmo \"jeugd AND -")).hits()).isNotNull();
        assertThat(search.search(SearchRequest.of("")).total()).isPositive();
        assertThatThrownBy(() -> SearchRequest.of("x".repeat(1001))).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("te lang");
        assertThatThrownBy(() -> new SearchRequest("wmo", Map.of(), 0, 0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new SearchRequest("wmo", Map.of(), 20_000, 10)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aCatalogChangeIsSearchableAtOnce() {
        DatasetId id = datasets.list(nl.datawijzer.catalog.DatasetFilter.NONE, nl.datawijzer.catalog.PageRequest.first(1))
                .items().getFirst().id();
        DatasetDetail d = datasets.get(id);
        String word = "zonnepanelenregister";
        assertThat(search.search(SearchRequest.of(word)).total()).isZero();
        datasets.update(new DatasetDraft(id.slug(), d.title() + " " + word, d.description(),
                new SystemId(slug(d.system())), new AgentId(slug(d.owner())), new AgentId(slug(d.steward())),
                d.themes().stream().map(Label::iri).toList(), d.frequency().iri(), d.accessRights().iri(),
                d.legalBases().stream().map(Label::iri).toList(), d.legalGround(), d.keywords()));
        long start = System.nanoTime();
        List<SearchHit> hits = search.search(SearchRequest.of(word)).hits();
        assertThat(hits.getFirst().id()).isEqualTo("dataset:" + id.slug());
        assertThat(hits).allSatisfy(h -> assertThat(h.id()).contains(id.slug()));
        assertThat((System.nanoTime() - start) / 1_000_000).isLessThan(1000);
    }

    @Test
    void editingTheGlossaryChangesSearchWithoutARestart() {
        assertThat(ids("poetshulp")).isEmpty();
        GlossaryTerm term = glossary.list("huishoudelijke hulp", nl.datawijzer.catalog.PageRequest.first(1)).items().getFirst();
        List<String> synonyms = new java.util.ArrayList<>(term.synonyms());
        synonyms.add("poetshulp");
        glossary.update(new GlossaryTermDraft(term.id().slug(), term.prefLabel(), term.definition(), synonyms, term.source(),
                term.broader().stream().map(l -> new ConceptId(slug(l))).toList(),
                term.related().stream().map(l -> new ConceptId(slug(l))).toList()));
        assertThat(ids("poetshulp")).containsAnyElementsOf(ids("huishoudelijke hulp"));
    }

    @Test
    @WithMockUser(roles = "ANONYMOUS")
    void internalSearchNeedsAStaffRole() {
        assertThatThrownBy(() -> search.search(SearchRequest.of("wmo"))).isInstanceOf(AccessDeniedException.class);
    }

    private List<String> ids(String text) {
        return search.search(new SearchRequest(text, Map.of(), 0, 100)).hits().stream().map(SearchHit::id).toList();
    }

    private static String slug(Label label) {
        return label.iri().substring(label.iri().lastIndexOf('/') + 1);
    }
}
