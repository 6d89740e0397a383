package nl.datawijzer.catalog.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.provider.SortDirection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.datawijzer.catalog.DatasetFilter;
import nl.datawijzer.catalog.DatasetService;
import nl.datawijzer.catalog.DatasetSummary;
import nl.datawijzer.catalog.FieldRow;
import nl.datawijzer.catalog.GlossaryService;
import nl.datawijzer.catalog.GlossaryTerm;
import nl.datawijzer.catalog.PageRequest;
import nl.datawijzer.catalog.SystemFilter;
import nl.datawijzer.catalog.SystemService;
import nl.datawijzer.catalog.SystemSummary;
import nl.datawijzer.ui.NotFoundView;
import org.junit.jupiter.api.Test;
import nl.datawijzer.quality.ui.CraftedQualityConfiguration;
import nl.datawijzer.quality.ui.GradeBadge;
import com.vaadin.flow.component.html.Anchor;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.annotation.DirtiesContext;

/** A staff member (MEDEWERKER) browses the seeded catalog: read-only, no edit buttons. */
@SpringBootTest
@DirtiesContext
@ViewPackages(packages = "nl.datawijzer")
@Import(CraftedQualityConfiguration.class)
@WithMockUser(roles = "MEDEWERKER")
class CatalogBrowsingTest extends SpringBrowserlessTest {

    private static final Set<String> DATATYPE_WORDS = Set.of("tekst", "geheel getal", "decimaal getal", "ja/nee",
            "datum", "datum en tijd", "jaar", "jaar en maand", "webadres");

    @Autowired
    DatasetService datasets;

    @Autowired
    SystemService systems;

    @Autowired
    GlossaryService glossary;

    @Test
    void staffSeeEveryDatasetOfTheCatalogInTheList() {
        long total = datasets.list(DatasetFilter.NONE, PageRequest.first(1)).total();

        navigate(DatasetsView.class);
        Grid<DatasetSummary> grid = grid("datasets-grid");

        assertThat(total).isPositive();
        assertThat(test(grid).size()).isEqualTo(total);
        assertThat($(Button.class).withId("new-dataset").exists()).isFalse();
    }

    @Test
    void sortingByNumberOfFieldsPutsTheLargestDatasetFirst() {
        int most = allDatasets().stream().mapToInt(DatasetSummary::fieldCount).max().orElseThrow();

        navigate(DatasetsView.class);
        Grid<DatasetSummary> grid = grid("datasets-grid");
        test(grid).sortByColumn(columnIndex(grid, "fields"), SortDirection.DESCENDING);

        assertThat(test(grid).getRow(0).fieldCount()).isEqualTo(most);
    }

    @Test
    void searchingNarrowsTheListToMatchingDatasets() {
        DatasetSummary wanted = allDatasets().getFirst();

        navigate(DatasetsView.class);
        test($(TextField.class).id("datasets-search")).setValue(wanted.title());
        Grid<DatasetSummary> grid = grid("datasets-grid");

        assertThat(test(grid).size()).isPositive();
        assertThat(rows(grid)).extracting(DatasetSummary::title).contains(wanted.title());
    }

    @Test
    void datasetPageShowsItsFieldsWithDatatypeInWordsAndClassificationBadges() {
        DatasetSummary dataset = allDatasets().stream().filter(d -> d.fieldCount() > 0)
                .max(Comparator.comparingInt(DatasetSummary::fieldCount)).orElseThrow();

        navigate(DatasetView.class, Map.of("slug", dataset.id().slug()));

        assertThat($(H1.class).id("dataset-title").getText()).isEqualTo(dataset.title());
        Grid<FieldRow> fields = grid("fields-grid");
        assertThat(test(fields).size()).isEqualTo(dataset.fieldCount());
        FieldRow first = test(fields).getRow(0);
        assertThat(test(fields).getCellText(0, columnIndex(fields, "datatype"))).isIn(DATATYPE_WORDS);
        Span badge = (Span) test(fields).getCellComponent(0, columnIndex(fields, "confidentiality"));
        assertThat(badge.getClassNames()).contains("dw-badge", "rank-" + first.confidentialityRank());
        assertThat(badge.getText()).isEqualTo(first.confidentiality().label());
        Span status = (Span) test(fields).getCellComponent(0, columnIndex(fields, "status"));
        assertThat(status.getClassNames()).contains(first.confirmed() ? "status-confirmed" : "status-suggested");
        assertThat($(Button.class).withId("edit-dataset").exists()).isFalse();
        assertThat(fields.getColumnByKey("edit")).isNull();
    }

    @Test
    void datasetPageShowsWhereTheDataComesFromAndGoesTo() {
        DatasetSummary dataset = allDatasets().getFirst();

        navigate(DatasetView.class, Map.of("slug", dataset.id().slug()));

        assertThat($(H2.class).withText("Herkomst en gebruik").exists()).isTrue();
        assertThat($(Component.class).withId("dataset-meta").exists()).isTrue();
    }

    @Test
    void datasetPageShowsItsReliabilityWithItsExplanationAndALinkToItsQualityPage() {
        navigate(DatasetView.class, Map.of("slug", CraftedQualityConfiguration.WMO.slug()));

        assertThat($(GradeBadge.class).id("dataset-quality-badge").getElement().getTextRecursively())
                .isEqualTo("C62voldoende");
        assertThat($(Paragraph.class).id("dataset-quality-explanation").getText())
                .isEqualTo(CraftedQualityConfiguration.WMO_EXPLANATION);
        Anchor link = $(Anchor.class).id("dataset-quality-link");
        assertThat(link.getText()).isEqualTo("Kwaliteit bekijken");
        assertThat(link.getHref()).isEqualTo("kwaliteit/dataset/" + CraftedQualityConfiguration.WMO.slug());

        navigate(DatasetView.class, Map.of("slug", CraftedQualityConfiguration.NEVER.slug()));
        assertThat($(GradeBadge.class).id("dataset-quality-badge").getElement().getTextRecursively())
                .isEqualTo("nog geen score");
        assertThat($(Paragraph.class).id("dataset-quality-explanation").getText())
                .isEqualTo("Nog geen score: deze dataset is nog niet geprofileerd.");
    }

    @Test
    void systemPageShowsTheReliabilityOfItsScoredDatasetsTogether() {
        navigate(SystemView.class, Map.of("slug", CraftedQualityConfiguration.DWH.slug()));

        assertThat($(GradeBadge.class).id("system-quality-badge").getElement().getTextRecursively())
                .isEqualTo("C58voldoende");
        assertThat($(Anchor.class).id("system-quality-link").getHref())
                .isEqualTo("kwaliteit/systeem/" + CraftedQualityConfiguration.DWH.slug());
    }

    @Test
    void unknownDatasetShowsThePageNotFound() {
        navigate("datasets/bestaat-echt-niet", NotFoundView.class);

        assertThat($(H1.class).first().getText()).isEqualTo("Pagina niet gevonden");
    }

    @Test
    void invalidDatasetAddressShowsThePageNotFound() {
        navigate("datasets/Geen_Geldige_Slug", NotFoundView.class);

        assertThat($(NotFoundView.class).exists()).isTrue();
    }

    @Test
    void unknownSystemShowsThePageNotFound() {
        navigate("systemen/bestaat-echt-niet", NotFoundView.class);

        assertThat($(NotFoundView.class).exists()).isTrue();
    }

    @Test
    void clickingASystemOpensItsPageWithItsDatasets() {
        SystemSummary system = systems.list(SystemFilter.NONE, new PageRequest(0, 500, "datasets", true))
                .items().getFirst();

        navigate(SystemsView.class);
        Grid<SystemSummary> grid = grid("systems-grid");
        test(grid).sortByColumn(columnIndex(grid, "datasets"), SortDirection.DESCENDING);
        SystemSummary first = test(grid).getRow(0);
        assertThat(first.datasetCount()).isEqualTo(system.datasetCount());
        test(grid).clickRow(0);

        assertThat(getCurrentView()).isInstanceOf(SystemView.class);
        assertThat($(H1.class).id("system-title").getText()).isEqualTo(first.title());
        assertThat(test(grid("system-datasets")).size()).isEqualTo(system.datasetCount());
    }

    @Test
    void choosingAGlossaryTermShowsItsDefinition() {
        GlossaryTerm term = glossary.list("", PageRequest.first(1)).items().getFirst();

        navigate(GlossaryView.class);
        test($(TextField.class).id("glossary-search")).setValue(term.prefLabel());
        Grid<GlossaryTerm> grid = grid("glossary-grid");
        int row = rows(grid).indexOf(term);
        assertThat(row).isNotNegative();
        test(grid).clickRow(row);

        assertThat($(H2.class).id("glossary-detail-term").getText()).isEqualTo(term.prefLabel());
        assertThat($(Paragraph.class).id("glossary-detail-definition").getText()).isEqualTo(term.definition());
    }

    @Test
    void followingARelatedTermShowsThatTerm() {
        GlossaryTerm term = glossary.list("", new PageRequest(0, 500, "", false)).items().stream()
                .filter(t -> !t.related().isEmpty() || !t.broader().isEmpty()).findFirst().orElseThrow();
        String other = (term.broader().isEmpty() ? term.related() : term.broader()).getFirst().label();

        navigate(GlossaryView.class);
        test($(TextField.class).id("glossary-search")).setValue(term.prefLabel());
        Grid<GlossaryTerm> grid = grid("glossary-grid");
        test(grid).clickRow(rows(grid).indexOf(term));
        test($(Button.class).withClassName("glossary-link").withText(other).first()).click();

        assertThat($(H2.class).id("glossary-detail-term").getText()).isEqualTo(other);
    }

    private List<DatasetSummary> allDatasets() {
        return datasets.list(DatasetFilter.NONE, new PageRequest(0, 500, "title", false)).items();
    }

    @SuppressWarnings("unchecked")
    private <T> Grid<T> grid(String id) {
        return (Grid<T>) $(Grid.class).id(id);
    }

    private <T> List<T> rows(Grid<T> grid) {
        int size = test(grid).size();
        return java.util.stream.IntStream.range(0, size).mapToObj(i -> test(grid).getRow(i)).toList();
    }

    static int columnIndex(Grid<?> grid, String key) {
        return grid.getColumns().indexOf(grid.getColumnByKey(key));
    }
}
