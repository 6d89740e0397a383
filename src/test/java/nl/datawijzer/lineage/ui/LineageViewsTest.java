package nl.datawijzer.lineage.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.tabs.TabSheet;
import java.util.List;
import java.util.Map;
import nl.datawijzer.catalog.ui.DatasetView;
import nl.datawijzer.lineage.ImpactEntry;
import nl.datawijzer.lineage.LineageEdge;
import nl.datawijzer.lineage.LineageNode;
import nl.datawijzer.privacy.SecurityHolderIsolation;
import nl.datawijzer.ui.NotFoundView;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.annotation.DirtiesContext;

/** The impact view and the lineage editor on the seed, reached from the dataset page. */
@SpringBootTest
@DirtiesContext
@ExtendWith(SecurityHolderIsolation.class)
@ViewPackages(packages = "nl.datawijzer")
class LineageViewsTest extends SpringBrowserlessTest {

    @SuppressWarnings("unchecked")
    private List<ImpactEntry> rows(String id) {
        return ((Grid<ImpactEntry>) $(Grid.class).id(id)).getGenericDataView().getItems().toList();
    }

    @Test
    @WithMockUser(username = "medewerker", roles = "MEDEWERKER")
    void staffSeeWhatAChangeToTheCaseloadTableTouchesAndWhereItComesFrom() {
        navigate(DatasetView.class, Map.of("slug", "caseload-consulenten"));
        assertThat($(Anchor.class).id("dataset-impact").getHref()).isEqualTo("herkomst/impact/dataset/caseload-consulenten");
        assertThat($(Anchor.class).withId("dataset-lineage-edit").exists()).as("only for stewards").isFalse();

        navigate("herkomst/impact/dataset/caseload-consulenten", ImpactView.class);
        assertThat($(Paragraph.class).id("impact-focus").getElement().getTextRecursively()).contains("Caseload per consulent (feitentabel)");
        List<ImpactEntry> down = rows("impact-downstream");
        assertThat(down).extracting(e -> e.node().id()).contains("kpi/caseload-jeugdconsulent",
                "dataset/pbi-caseload-jeugd", "need/n5eed00000001");
        assertThat(down).extracting(ImpactEntry::distance).isSorted();
        assertThat(down).filteredOn(e -> e.node().id().equals("kpi/caseload-jeugdconsulent")).singleElement()
                .extracting(ImpactEntry::norm).isEqualTo("maximaal 200 cliënten per jeugdconsulent");
        assertThat($(Paragraph.class).id("impact-summary").getText()).contains("KPI: ", "Dashboard: ",
                "Informatiebehoefte: 2");
        $(TabSheet.class).id("impact-tabs").setSelectedIndex(1);
        assertThat(rows("impact-upstream")).extracting(e -> e.node().id()).contains("job/etl-zrm-caseload",
                "dataset/casustoedeling");
        assertThat($(Anchor.class).id("impact-csv").getHref())
                .isEqualTo("api/lineage/impact.csv?node=dataset%2Fcaseload-consulenten");
    }

    @Test
    @WithMockUser(username = "medewerker", roles = "MEDEWERKER")
    void depthAndFieldLevelComeFromTheAddress() {
        com.vaadin.flow.component.UI.getCurrent().navigate("herkomst/impact/dataset/wmo-meldingen/field/datum-melding",
                com.vaadin.flow.router.QueryParameters.simple(Map.of("diepte", "1", "niveau", "veld")));
        List<ImpactEntry> down = rows("impact-downstream");
        assertThat(down).isNotEmpty().allSatisfy(e -> assertThat(e.distance()).isEqualTo(1));
        assertThat(down).extracting(e -> e.node().id()).contains("dataset/ggm-aanvraagwmojeugd/field/datummelding");
        assertThat($(Paragraph.class).id("impact-downstream-truncated").getText()).contains("voorbij deze diepte");
        assertThat($(Anchor.class).id("impact-csv").getHref()).endsWith("&depth=1&fields=true");
    }

    @Test
    @WithMockUser(username = "medewerker", roles = "MEDEWERKER")
    void anUnknownNodeIsNotFound() {
        navigate("herkomst/impact/dataset/bestaat-echt-niet", NotFoundView.class);
    }

    @Test
    @WithMockUser(username = "beheerder", roles = {"MEDEWERKER", "BEHEERDER"})
    void aStewardAddsAFieldDerivationIsToldOfACycleAndRemovesTheLinkAgain() {
        navigate(DatasetView.class, Map.of("slug", "caseload-consulenten"));
        assertThat($(Anchor.class).id("dataset-lineage-edit").getHref()).isEqualTo("herkomst/bewerken/caseload-consulenten");

        navigate(LineageEditView.class, Map.of("slug", "caseload-consulenten"));
        @SuppressWarnings("unchecked")
        Grid<LineageEdge> links = $(Grid.class).id("lineage-links");
        int before = links.getGenericDataView().getItems().toList().size();
        assertThat(links.getGenericDataView().getItems().map(e -> e.from() + " > " + e.to()))
                .contains("dataset/casustoedeling > dataset/caseload-consulenten",
                        "dataset/casustoedeling/field/consulent-code > dataset/caseload-consulenten/field/consulent-code");

        @SuppressWarnings("unchecked")
        Select<LineageNode> derived = $(Select.class).id("lineage-derived");
        @SuppressWarnings("unchecked")
        ComboBox<LineageNode> sourceDataset = $(ComboBox.class).id("lineage-source-dataset");
        @SuppressWarnings("unchecked")
        ComboBox<LineageNode> sourceField = $(ComboBox.class).id("lineage-source-field");
        derived.setValue(derived.getListDataView().getItems()
                .filter(n -> n.id().endsWith("/field/aantal-actieve-casussen")).findFirst().orElseThrow());
        sourceDataset.setValue(sourceDataset.getListDataView().getItems()
                .filter(n -> n.id().equals("dataset/casustoedeling")).findFirst().orElseThrow());
        sourceField.setValue(sourceField.getListDataView().getItems()
                .filter(n -> n.id().endsWith("/field/consulent-code")).findFirst().orElseThrow());
        test($(Button.class).id("lineage-add")).click();
        assertThat(test($(Notification.class).last()).getText()).isEqualTo("De afleiding is toegevoegd.");
        assertThat(links.getGenericDataView().getItems().toList()).hasSize(before + 1);

        // The whole table from the dashboard built on it: a cycle, refused with the path.
        derived.setValue(derived.getListDataView().getItems().toList().getFirst());
        sourceDataset.setValue(sourceDataset.getListDataView().getItems()
                .filter(n -> n.id().equals("dataset/pbi-caseload-jeugd")).findFirst().orElseThrow());
        test($(Button.class).id("lineage-add")).click();
        Paragraph error = $(Paragraph.class).id("lineage-edit-error");
        assertThat(error.isVisible()).isTrue();
        assertThat(error.getText()).startsWith("Dit maakt een kring: Caseload per consulent (feitentabel) → "
                + "Dashboard: Caseload jeugdconsulenten → Caseload per consulent (feitentabel).");
        assertThat(links.getGenericDataView().getItems().toList()).hasSize(before + 1);

        List<LineageEdge> now = links.getGenericDataView().getItems().toList();
        int row = now.indexOf(now.stream().filter(e -> e.from().equals("dataset/casustoedeling/field/consulent-code")
                && e.to().endsWith("/field/aantal-actieve-casussen")).findFirst().orElseThrow());
        test((Button) test(links).getCellComponent(row, "remove")).click();
        assertThat(test($(Notification.class).last()).getText()).isEqualTo("De afleiding is verwijderd.");
        assertThat(links.getGenericDataView().getItems().toList()).hasSize(before);
    }
}
