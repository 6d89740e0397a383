package nl.datawijzer.search.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.KeyDownEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.Location;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.datawijzer.catalog.ui.GlossaryView;
import nl.datawijzer.search.Facet;
import nl.datawijzer.search.SearchHit;
import nl.datawijzer.search.SearchRequest;
import nl.datawijzer.search.SearchResult;
import nl.datawijzer.search.SearchService;
import nl.datawijzer.ui.HomeView;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.test.context.support.WithMockUser;

/** A staff member searches the Huizen catalog: result cards, facets, suggestions, paging and bad input. */
@SpringBootTest
@ViewPackages(packages = "nl.datawijzer")
@WithMockUser(roles = "MEDEWERKER")
class SearchViewTest extends SpringBrowserlessTest {

    @Autowired
    SearchService search;

    @Test
    void staffSearchForJeugdhulpShowsResultCardsWithFacetsAndCounts() {
        SearchResult expected = search.search(SearchRequest.of("jeugdhulp"));

        navigate(SearchView.class);
        test($(TextField.class).id("search-text")).setValue("jeugdhulp");
        test($(Button.class).id("search-submit")).click();

        assertThat(location()).isEqualTo("zoeken?q=jeugdhulp");
        assertThat($(Span.class).id("search-total").getText()).isEqualTo(expected.total() + " resultaten");
        assertThat(cards()).hasSize(Math.min(20, (int) expected.total()));
        SearchHit first = expected.hits().getFirst();
        ListItem firstCard = cards().getFirst();
        assertThat(firstCard.getElement().getTextRecursively()).contains(first.title());
        if (first.path() != null) {
            assertThat($(Anchor.class, firstCard).first().getHref()).isEqualTo(first.path());
        }
        assertThat(facet(Facet.KIND).getListDataView().getItems().toList()).contains("Dataset", "Veld");
        assertThat($(Mark.class).all()).isNotEmpty()
                .allSatisfy(mark -> assertThat(mark.getText()).isNotBlank());
    }

    @Test
    void tickingAFacetNarrowsTheResultsAndTheAddress() {
        long fields = search.search(new SearchRequest("jeugdhulp", Map.of(Facet.KIND, Set.of("Veld")), 0, 20)).total();
        open("zoeken?q=jeugdhulp");
        long all = total();

        CheckboxGroup<String> kinds = facet(Facet.KIND);
        test(kinds).selectItem(kinds.getItemLabelGenerator().apply("Veld"));

        assertThat(location()).isEqualTo("zoeken?q=jeugdhulp&soort=Veld");
        assertThat(total()).isEqualTo(fields).isPositive().isLessThan(all);
        assertThat(cards()).allSatisfy(card -> assertThat($(Span.class, card).withClassName("dw-kind").first().getText())
                .isEqualTo("Veld"));
        assertThat(facet(Facet.KIND).getValue()).containsExactly("Veld");

        test($(Button.class).id("search-clear-filters")).click();
        assertThat(location()).isEqualTo("zoeken?q=jeugdhulp");
        assertThat(total()).isEqualTo(all);
    }

    @Test
    void facetsInTheAddressAreAppliedSoResultsCanBeLinked() {
        open("zoeken?q=bsn&soort=Veld");

        assertThat($(TextField.class).id("search-text").getValue()).isEqualTo("bsn");
        assertThat(facet(Facet.KIND).getValue()).containsExactly("Veld");
        assertThat(total()).isPositive().isEqualTo(search.search(new SearchRequest("bsn",
                Map.of(Facet.KIND, Set.of("Veld")), 0, 20)).total());
    }

    @Test
    void aTypoOffersBedoeldeUWithALinkToTheCorrection() {
        open("zoeken?q=caseloaf");

        assertThat($(Span.class).id("search-suggestion").getElement().getTextRecursively())
                .isEqualTo("Bedoelde u: caseload?");
        Anchor correction = $(Anchor.class).id("search-suggestion-link");
        assertThat(correction.getText()).isEqualTo("caseload");
        test(correction).navigate();

        assertThat($(TextField.class).id("search-text").getValue()).isEqualTo("caseload");
        assertThat(total()).isPositive();
    }

    @Test
    void aQueryOfMoreThan1000CharactersIsExplainedInDutch() {
        navigate(SearchView.class);
        test($(TextField.class).id("search-text")).setValue("x".repeat(1001));
        test($(Button.class).id("search-submit")).click();

        Div message = $(Div.class).id("search-message");
        assertThat(message.isVisible()).isTrue();
        assertThat(message.getElement().getTextRecursively())
                .startsWith("Deze zoekopdracht kan niet worden uitgevoerd:")
                .contains("De zoekvraag is te lang: hoogstens 1000 tekens")
                .doesNotContain("Exception");
        assertThat(cards()).isEmpty();
        assertThat($(Span.class).withId("search-total").exists()).isFalse();
    }

    @Test
    void nothingFoundGivesAHelpfulText() {
        open("zoeken?q=qzxqzxqzxqzx");

        assertThat($(Span.class).id("search-total").getText()).isEqualTo("Geen resultaten");
        assertThat($(Paragraph.class).id("search-empty").getText()).startsWith("Niets gevonden voor ‘qzxqzxqzxqzx’");
    }

    @Test
    void resultsArePagedByTwenty() {
        long total = search.search(SearchRequest.of("")).total();
        navigate(SearchView.class);
        String firstOnPageOne = cards().getFirst().getElement().getTextRecursively();

        assertThat(total).isGreaterThan(20);
        assertThat($(Button.class).id("search-previous").isEnabled()).isFalse();
        assertThat($(Span.class).id("search-page").getText()).isEqualTo("Pagina 1 van " + (total + 19) / 20);
        test($(Button.class).id("search-next")).click();

        assertThat(location()).isEqualTo("zoeken?pagina=2");
        assertThat(cards()).hasSize((int) Math.min(20, total - 20));
        assertThat(cards().getFirst().getElement().getTextRecursively()).isNotEqualTo(firstOnPageOne);
        assertThat($(Button.class).id("search-previous").isEnabled()).isTrue();
        test($(Button.class).id("search-previous")).click();
        assertThat(location()).isEqualTo("zoeken");
    }

    @Test
    void aGlossaryHitOpensTheGlossaryWithThatTermShown() {
        SearchHit term = search.search(new SearchRequest("wmo", Map.of(Facet.KIND, Set.of("Begrip")), 0, 1)).hits()
                .getFirst();
        open("zoeken?q=wmo&soort=Begrip");
        Anchor link = $(Anchor.class, cards().getFirst()).first();
        assertThat(link.getHref()).isEqualTo(term.path()).startsWith("begrippen?begrip=");

        test(link).navigate();

        assertThat(getCurrentView()).isInstanceOf(GlossaryView.class);
        assertThat($(H2.class).id("glossary-detail-term").getText()).isEqualTo(term.title());
    }

    @Test
    void theShellSearchBoxOpensTheResultsOnEnter() {
        navigate(HomeView.class);
        TextField box = $(TextField.class).id("shell-search");
        test(box).setValue("wmo");
        ComponentUtil.fireEvent(box, new KeyDownEvent(box, "Enter"));

        assertThat(getCurrentView()).isInstanceOf(SearchView.class);
        assertThat(location()).isEqualTo("zoeken?q=wmo");
        assertThat(total()).isPositive();
    }

    @Test
    void theMenuOffersSearchFirstButNotTheIndexPage() {
        navigate(HomeView.class);

        List<String> menu = $(SideNavItem.class).all().stream().map(SideNavItem::getLabel).toList();
        assertThat(menu.getFirst()).isEqualTo("Zoeken");
        assertThat(menu).doesNotContain("Zoekindex");
    }

    /** Opens an address with a query string, as following a bookmark does. */
    private static void open(String location) {
        Location parsed = new Location(location);
        UI.getCurrent().navigate(parsed.getPath(), parsed.getQueryParameters());
    }

    private long total() {
        String text = $(Span.class).id("search-total").getText();
        return text.equals("Geen resultaten") ? 0 : Long.parseLong(text.replaceAll("\\D", ""));
    }

    private List<ListItem> cards() {
        return $(ListItem.class).withClassName("dw-result").all();
    }

    @SuppressWarnings("unchecked")
    private CheckboxGroup<String> facet(Facet facet) {
        return (CheckboxGroup<String>) $(CheckboxGroup.class).id("facet-" + facet.parameter());
    }

    private static String location() {
        return UI.getCurrent().getInternals().getActiveViewLocation().getPathWithQueryParameters();
    }
}
