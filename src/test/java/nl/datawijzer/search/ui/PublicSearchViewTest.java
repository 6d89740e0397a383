package nl.datawijzer.search.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.KeyDownEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.Location;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.Supplier;
import nl.datawijzer.catalog.DatasetFilter;
import nl.datawijzer.catalog.DatasetService;
import nl.datawijzer.catalog.DatasetSummary;
import nl.datawijzer.catalog.PageRequest;
import nl.datawijzer.rdf.Iris;
import nl.datawijzer.rdf.PublicRdfStore;
import nl.datawijzer.search.OpenDataViewFixture;
import nl.datawijzer.search.SearchService;
import nl.datawijzer.ui.HomeView;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.authentication.TestingAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.test.context.support.WithAnonymousUser;
import org.springframework.test.annotation.DirtiesContext;

/** A visitor searches the published open data: kindly told when there is none, never offered internal filters. */
@SpringBootTest
@DirtiesContext
@ViewPackages(packages = "nl.datawijzer")
@WithAnonymousUser
class PublicSearchViewTest extends SpringBrowserlessTest {


    @Autowired PublicRdfStore store;
    @Autowired Iris iris;
    @Autowired SearchService search;
    @Autowired DatasetService datasets;

    @Test
    void withNothingPublishedTheVisitorIsToldSoKindly() {
        publish(List.of());

        open("open-data/zoeken");

        assertThat($(Paragraph.class).id("public-search-intro").getText())
                .contains("alleen de open data die de gemeente heeft gepubliceerd");
        assertThat($(Span.class).id("search-total").getText()).isEqualTo("Geen resultaten");
        assertThat($(Paragraph.class).id("search-empty").getText()).startsWith("Er is nog geen open data gepubliceerd");
        assertThat(cards()).isEmpty();
    }

    @Test
    void publishedDatasetsAreFoundWithOnlyKindAndThemeFilters() {
        DatasetSummary published = allDatasets().getFirst();
        publish(List.of(published));

        open("open-data/zoeken?q=" + URLEncoder.encode(published.title(), StandardCharsets.UTF_8));

        assertThat(cards()).hasSize(1);
        assertThat(cards().getFirst().getElement().getTextRecursively()).contains(published.title());
        assertThat($(CheckboxGroup.class).all()).extracting(CheckboxGroup::getId)
                .allSatisfy(id -> assertThat(id).get().isIn("facet-soort", "facet-thema"));

        open("open-data/zoeken?q=qzxqzxqzxqzx");
        assertThat($(Paragraph.class).id("search-empty").getText()).startsWith("Niets gevonden voor");
    }

    @Test
    void anInternalFilterInTheAddressIsExplainedNotApplied() {
        open("open-data/zoeken?q=bsn&systeem=Suite4Sociaal");

        Div message = $(Div.class).id("search-message");
        assertThat(message.isVisible()).isTrue();
        assertThat(message.getElement().getTextRecursively()).contains("niet beschikbaar in de openbare zoekfunctie");
        assertThat(cards()).isEmpty();
    }

    @Test
    void theShellSearchBoxTakesVisitorsToThePublicSearch() {
        navigate(HomeView.class);
        TextField box = $(TextField.class).id("shell-search");
        assertThat(box.getPlaceholder()).isEqualTo("Zoeken in open data");
        test(box).setValue("afval");
        ComponentUtil.fireEvent(box, new KeyDownEvent(box, "Enter"));

        assertThat(getCurrentView()).isInstanceOf(PublicSearchView.class);
        assertThat(UI.getCurrent().getInternals().getActiveViewLocation().getPathWithQueryParameters())
                .isEqualTo("open-data/zoeken?q=afval");
    }

    private static void open(String location) {
        Location parsed = new Location(location);
        UI.getCurrent().navigate(parsed.getPath(), parsed.getQueryParameters());
    }

    private List<ListItem> cards() {
        return $(ListItem.class).withClassName("dw-result").all();
    }

    private List<DatasetSummary> allDatasets() {
        return asAdmin(() -> datasets.list(DatasetFilter.NONE, new PageRequest(0, 500, "title", false)).items());
    }

    /** Writes the open-data view as the publication gate will, then rebuilds the indexes (an admin's task). */
    private void publish(List<DatasetSummary> published) {
        OpenDataViewFixture.publish(store, iris, published);
        asAdmin(() -> {
            search.rebuild(percent -> { });
            return null;
        });
    }

    private static <T> T asAdmin(Supplier<T> action) {
        SecurityContext visitor = SecurityContextHolder.getContext();
        SecurityContext admin = SecurityContextHolder.createEmptyContext();
        admin.setAuthentication(new TestingAuthenticationToken("admin", "", "ROLE_ADMIN", "ROLE_MEDEWERKER"));
        SecurityContextHolder.setContext(admin);
        try {
            return action.get();
        } finally {
            SecurityContextHolder.setContext(visitor);
        }
    }
}
