package nl.datawijzer.opendata.portal.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.KeyDownEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.Location;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import nl.datawijzer.catalog.DatasetFilter;
import nl.datawijzer.catalog.DatasetService;
import nl.datawijzer.catalog.DatasetSummary;
import nl.datawijzer.catalog.PageRequest;
import nl.datawijzer.opendata.portal.PortalFixture;
import nl.datawijzer.privacy.SecurityHolderIsolation;
import nl.datawijzer.rdf.Iris;
import nl.datawijzer.rdf.PublicRdfStore;
import nl.datawijzer.search.internal.SearchIndexes;
import nl.datawijzer.ui.HomeView;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.authentication.TestingAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.test.context.support.WithAnonymousUser;
import org.springframework.test.annotation.DirtiesContext;

/**
 * A visitor, never signed in, browses the published open data: the list, a theme, the pages, a dataset with its
 * downloads, and a kind "niet (meer) gepubliceerd" for anything that is not in the open-data view.
 */
@ExtendWith(SecurityHolderIsolation.class)
@SpringBootTest
@DirtiesContext
@ViewPackages(packages = "nl.datawijzer")
@WithAnonymousUser
class OpenDataPortalViewsTest extends SpringBrowserlessTest {

    @Autowired PublicRdfStore store;
    @Autowired Iris iris;
    @Autowired SearchIndexes indexes;
    @Autowired DatasetService datasets;

    @Test
    void withNothingPublishedTheVisitorIsToldSoKindly() {
        PortalFixture.publishNothing(store, iris, indexes);

        open("open-data");

        assertThat($(H1.class).all()).hasSize(1);
        assertThat($(Paragraph.class).id("portal-empty").getText()).startsWith("Er is nog geen open data gepubliceerd");
        assertThat(cards()).isEmpty();
        assertThat($(Anchor.class).id("portal-catalog-ttl").getHref()).isEqualTo("/api/public/dcat/catalog.ttl");
    }

    @Test
    void listsEveryPublishedDatasetWithItsSummaryAndTheMachineReadableCatalog() {
        PortalFixture.publish(store, iris, indexes, 0);

        open("open-data");

        assertThat($(Span.class).id("portal-total").getText()).isEqualTo("3 datasets");
        assertThat(titles()).containsExactlyInAnyOrder("Wmo-voorzieningen per wijk", "Afvalinzameling per buurt",
                "Begraafplaatsen");
        String wmo = card("Wmo-voorzieningen per wijk").getElement().getTextRecursively();
        assertThat(wmo).contains("Aantal toegekende Wmo-voorzieningen", "Bevolking en samenleving", "Gemeente Huizen",
                "2 maart 2026");
        assertThat($(Anchor.class).id("dataset-link-" + PortalFixture.WMO).getHref()).isEqualTo("open-data/" + PortalFixture.WMO);
        assertThat($(Anchor.class).id("portal-catalog-jsonld").getHref()).isEqualTo("/api/public/dcat/catalog.jsonld");
        assertThat($(Anchor.class).id("portal-catalog-rdf").getHref()).isEqualTo("/api/public/dcat/catalog.rdf");
        assertThat($(Anchor.class).id("portal-ckan").getHref()).isEqualTo("/api/3/action/package_list");
        assertThat($(Anchor.class).id("portal-sparql").getHref()).isEqualTo("/api/public/sparql");
    }

    @Test
    void aThemeNarrowsTheListAndChoosingItAgainLiftsTheFilter() {
        PortalFixture.publish(store, iris, indexes, 0);
        open("open-data");
        Set<String> offered = $(Anchor.class).withClassName("dw-portal-theme").all().stream().map(Anchor::getText)
                .collect(Collectors.toSet());
        // EU themes only, with counts; the national theme "Zorg en gezondheid" is not a facet.
        assertThat(offered).contains("Milieu (1 dataset)", "Bevolking en samenleving (1 dataset)")
                .noneMatch(t -> t.startsWith("Zorg en gezondheid"));

        Anchor environment = $(Anchor.class).id("theme-envi");
        open(environment.getHref());

        assertThat(titles()).containsExactly("Afvalinzameling per buurt");
        Anchor chosen = $(Anchor.class).id("theme-envi");
        assertThat(chosen.getElement().getAttribute("aria-current")).isEqualTo("true");
        open(chosen.getHref());
        assertThat(titles()).hasSize(3);
    }

    @Test
    void searchWordsAndAThemeCombineAndTheSearchBoxSubmitsWithEnter() {
        PortalFixture.publish(store, iris, indexes, 0);
        open("open-data");
        TextField box = $(TextField.class).id("portal-search-text");
        assertThat(box.getLabel()).isEqualTo("Zoek in open data");
        test(box).setValue("begraafplaatsen");
        ComponentUtil.fireEvent(box, new KeyDownEvent(box, "Enter"));

        assertThat(UI.getCurrent().getInternals().getActiveViewLocation().getPathWithQueryParameters())
                .isEqualTo("open-data?q=begraafplaatsen");
        assertThat(titles()).containsExactly("Begraafplaatsen");

        open("open-data?q=qzxqzxqzx");
        assertThat($(Paragraph.class).id("portal-empty").getText()).startsWith("Er zijn geen datasets gevonden");
        assertThat($(Anchor.class).id("portal-clear").getHref()).isEqualTo("open-data");
    }

    @Test
    void pagesOfTenWithLinksToTheNextAndPreviousPage() {
        PortalFixture.publish(store, iris, indexes, 12);
        open("open-data");
        assertThat($(Span.class).id("portal-total").getText()).isEqualTo("15 datasets");
        assertThat(cards()).hasSize(10);
        assertThat($(Span.class).id("portal-page").getText()).isEqualTo("Pagina 1 van 2");
        assertThat($(Anchor.class).withId("portal-previous").all()).isEmpty();
        List<String> first = titles();

        open($(Anchor.class).id("portal-next").getHref());

        assertThat(cards()).hasSize(5);
        assertThat($(Span.class).id("portal-page").getText()).isEqualTo("Pagina 2 van 2");
        assertThat(titles()).doesNotContainAnyElementsOf(first);
        assertThat($(Anchor.class).withId("portal-next").all()).isEmpty();
        assertThat($(Anchor.class).id("portal-previous").getHref()).isEqualTo("open-data");

        open("open-data?thema=Milieu&pagina=2");
        assertThat(cards()).hasSize(3);
    }

    @Test
    void theDatasetPageShowsWhatItHoldsWhoToAskTheLicenceAndEveryDownload() {
        PortalFixture.publish(store, iris, indexes, 0);

        open("open-data/" + PortalFixture.WMO);

        assertThat($(H1.class).all()).extracting(H1::getText).containsExactly("Wmo-voorzieningen per wijk");
        assertThat(text("dataset-description")).startsWith("Aantal toegekende Wmo-voorzieningen per wijk");
        assertThat(text("dataset-themes")).isEqualTo("Bevolking en samenleving, Zorg en gezondheid");
        assertThat(text("dataset-keywords")).isEqualTo("Wmo, maatschappelijke ondersteuning");
        assertThat(text("dataset-publisher")).isEqualTo("Gemeente Huizen");
        assertThat(text("dataset-frequency")).isEqualTo("jaarlijks");
        assertThat(text("dataset-modified")).isEqualTo("2 maart 2026");
        assertThat(text("dataset-issued")).isEqualTo("1 mei 2024");
        assertThat(text("dataset-contact-name")).isEqualTo("Team Wmo");
        assertThat($(Anchor.class).id("dataset-contact-email").getHref()).isEqualTo("mailto:wmo@huizen.nl");
        assertThat($(Anchor.class).id("dataset-contact-phone").getHref()).isEqualTo("tel:+31355281911");
        assertThat($(Anchor.class).id("dataset-contact-phone").getText()).isEqualTo("+31355281911");
        Anchor licence = $(Anchor.class).id("dataset-licence-link-cc0");
        assertThat(licence.getText()).isEqualTo("Creative Commons CC0 1.0 Universeel");
        assertThat(licence.getHref()).isEqualTo("http://publications.europa.eu/resource/authority/licence/CC0");

        String csv = $(ListItem.class).id("distribution-1").getElement().getTextRecursively();
        assertThat(csv).contains("Wmo-voorzieningen per wijk (CSV)", "CSV", "1,5 MB", "text/csv",
                "Creative Commons CC0 1.0 Universeel");
        Anchor download = $(Anchor.class).id("distribution-1-download");
        assertThat(download.getText()).isEqualTo("Download CSV van Wmo-voorzieningen per wijk");
        assertThat(download.getHref()).isEqualTo(PortalFixture.WMO_DOWNLOAD);
        // Without a download URL the access URL is the way in, and the link says it opens rather than downloads.
        Anchor json = $(Anchor.class).id("distribution-2-download");
        assertThat(json.getText()).isEqualTo("Open JSON van Wmo-voorzieningen per wijk");
        assertThat(json.getHref()).isEqualTo("https://data.huizen.nl/api/wmo-voorzieningen-per-wijk");

        assertThat($(Anchor.class).id("dataset-dcat-ttl").getHref())
                .isEqualTo("/api/public/dcat/datasets/wmo-voorzieningen-per-wijk.ttl");
        assertThat($(Anchor.class).id("dataset-dcat-jsonld").getHref())
                .isEqualTo("/api/public/dcat/datasets/wmo-voorzieningen-per-wijk.jsonld");
        assertThat($(Anchor.class).id("dataset-dcat-rdf").getHref())
                .isEqualTo("/api/public/dcat/datasets/wmo-voorzieningen-per-wijk.rdf");
        assertThat($(Anchor.class).id("dataset-ckan").getHref())
                .isEqualTo("/api/3/action/package_show?id=wmo-voorzieningen-per-wijk");
        assertThat($(Anchor.class).id("dataset-ckan").getText()).isEqualTo("Wmo-voorzieningen per wijk via de CKAN-API");
    }

    @Test
    void anUnknownAddressGetsTheNotPublishedPage() {
        PortalFixture.publish(store, iris, indexes, 0);

        open("open-data/bestaat-niet");

        assertNotPublished();
        open("open-data/Geen_Geldig_Adres");
        assertNotPublished();
    }

    @Test
    void aDatasetTheInternalCatalogHoldsButHasNotPublishedGetsTheSameNotPublishedPage() {
        PortalFixture.publish(store, iris, indexes, 0);
        DatasetSummary closed = asAdmin(() -> datasets.list(DatasetFilter.NONE, new PageRequest(0, 500, "title", false)).items())
                .stream().filter(d -> !d.id().slug().equals(PortalFixture.WMO)).findFirst().orElseThrow();

        open("open-data/" + closed.id().slug());

        assertNotPublished();
        assertThat(UI.getCurrent().getElement().getTextRecursively()).doesNotContain(closed.title());
    }

    @Test
    void theOldPublicSearchAddressForwardsToThePortalWithItsWordsAndTheme() {
        PortalFixture.publish(store, iris, indexes, 0);

        open("open-data/zoeken?q=afval&thema=Milieu&systeem=Suite4Sociaal");

        assertThat(getCurrentView()).isInstanceOf(OpenDataView.class);
        assertThat(UI.getCurrent().getInternals().getActiveViewLocation().getPathWithQueryParameters())
                .isEqualTo("open-data?q=afval&thema=Milieu");
        assertThat(titles()).containsExactly("Afvalinzameling per buurt");
    }

    @Test
    void theShellSearchBoxAndTheMenuTakeVisitorsToThePortal() {
        PortalFixture.publish(store, iris, indexes, 0);
        navigate(HomeView.class);
        assertThat($(com.vaadin.flow.component.sidenav.SideNavItem.class).all())
                .anySatisfy(item -> assertThat(item.getLabel()).isEqualTo("Open data"));
        TextField box = $(TextField.class).id("shell-search");
        test(box).setValue("afval");
        ComponentUtil.fireEvent(box, new KeyDownEvent(box, "Enter"));

        assertThat(getCurrentView()).isInstanceOf(OpenDataView.class);
        assertThat(UI.getCurrent().getInternals().getActiveViewLocation().getPathWithQueryParameters())
                .isEqualTo("open-data?q=afval");
    }

    @Test
    void theWholePortalSpeaksEnglishWhenChosen() {
        PortalFixture.publish(store, iris, indexes, 0);
        UI.getCurrent().setLocale(java.util.Locale.ENGLISH);
        try {
            open("open-data/" + PortalFixture.WMO);
            assertThat(text("dataset-frequency")).isEqualTo("annual");
            assertThat($(Anchor.class).id("distribution-1-download").getText())
                    .isEqualTo("Download CSV of Wmo-voorzieningen per wijk");
        } finally {
            UI.getCurrent().setLocale(java.util.Locale.of("nl"));
        }
    }

    private void assertNotPublished() {
        assertThat($(DatasetNotPublishedView.class).all()).hasSize(1);
        assertThat($(H1.class).all()).extracting(H1::getText).containsExactly("Deze dataset is niet (meer) gepubliceerd");
        assertThat($(Anchor.class).id("not-published-to-portal").getHref()).isEqualTo("open-data");
        assertThat(new DatasetNotPublishedView().setErrorParameter(null, null)).isEqualTo(404);
    }

    private String text(String id) {
        return $(com.vaadin.flow.component.Component.class).id(id).getElement().getTextRecursively().strip();
    }

    private static void open(String location) {
        Location parsed = new Location(location);
        UI.getCurrent().navigate(parsed.getPath(), parsed.getQueryParameters());
    }

    private List<ListItem> cards() {
        return $(ListItem.class).withClassName("dw-portal-card").all();
    }

    private ListItem card(String title) {
        return cards().stream().filter(c -> c.getElement().getTextRecursively().contains(title)).findFirst().orElseThrow();
    }

    private List<String> titles() {
        return cards().stream().map(c -> c.getElement().getChild(0).getTextRecursively()).toList();
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
