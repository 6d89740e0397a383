package nl.datawijzer.privacy.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.Map;
import nl.datawijzer.catalog.DatasetId;
import nl.datawijzer.catalog.FieldId;
import nl.datawijzer.catalog.FieldRow;
import nl.datawijzer.catalog.ui.DatasetView;
import nl.datawijzer.privacy.InheritedClassificationService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.annotation.DirtiesContext;

/**
 * A derived field shows what it inherits on the dataset page; the privacy officer approves the derivation step as an
 * aggregation from the field's lineage and withdraws it again; a colleague sees the same state without buttons.
 */
@SpringBootTest
@DirtiesContext
@ViewPackages(packages = "nl.datawijzer")
class FieldLineageViewTest extends SpringBrowserlessTest {

    static final FieldId DASHBOARD_CATEGORY = new FieldId(new DatasetId("pbi-jeugdhulp"), "productcategorie");

    @Autowired InheritedClassificationService inherited;

    @Test
    @WithMockUser(username = "fg", roles = {"FG", "MEDEWERKER"})
    void theFieldShowsWhereItInheritsFromAndTheFgApprovesAndWithdrawsTheStep() {
        navigate(DatasetView.class, Map.of("slug", DASHBOARD_CATEGORY.dataset().slug()));
        assertThat(categoriesText(DASHBOARD_CATEGORY)).contains("Geërfd van:", "› Productcategorie (Gezondheidsgegevens)");

        openLineage(DASHBOARD_CATEGORY);
        assertThat($(Div.class).id("lineage-inherited").getElement().getTextRecursively()).contains("Productcategorie");
        assertThat($(Div.class).id("lineage-downstream").getElement().getTextRecursively())
                .contains("Geen ander veld erft van dit veld.");
        test($(Button.class).id("approve-ggm-beschiktevoorziening-productcategorie")).click();
        test($(TextArea.class).id("approval-rationale")).setValue("Alleen tellingen per productcategorie, afgerond.");
        test($(Button.class).id("approval-save")).click();

        assertThat(test($(Notification.class).last()).getText()).isEqualTo("Goedkeuring vastgelegd.");
        assertThat(inherited.field(DASHBOARD_CATEGORY).inherits()).isFalse();
        assertThat(categoriesText(DASHBOARD_CATEGORY)).doesNotContain("Geërfd van");
        assertThat($(Div.class).id("lineage-sources").getElement().getTextRecursively())
                .contains("Goedgekeurd als aggregatie door fg");

        test($(Button.class).id("withdraw-ggm-beschiktevoorziening-productcategorie")).click();
        test($(TextArea.class).id("withdraw-rationale")).setValue("Op het dashboard staan ook kleine aantallen.");
        test($(ConfirmDialog.class).id("withdraw-confirm")).confirm();

        assertThat(test($(Notification.class).last()).getText()).isEqualTo("Goedkeuring ingetrokken.");
        assertThat(inherited.field(DASHBOARD_CATEGORY).inherits()).isTrue();
        assertThat(categoriesText(DASHBOARD_CATEGORY)).contains("Geërfd van:");
        assertThat($(Div.class).id("lineage-history").getElement().getTextRecursively())
                .contains("goedkeuring ingetrokken", "aggregatie goedgekeurd");
    }

    @Test
    @WithMockUser(username = "fg", roles = {"FG", "MEDEWERKER"})
    void anApprovalWithoutRationaleIsRefusedAndRecordsNothing() {
        FieldId wijk = new FieldId(new DatasetId("pbi-jeugdhulp"), "wijkcode");
        navigate(DatasetView.class, Map.of("slug", wijk.dataset().slug()));
        openLineage(wijk);
        test($(Button.class).id("approve-ggm-beschiktevoorziening-wijkcode")).click();
        test($(Button.class).id("approval-save")).click();

        Paragraph error = $(Paragraph.class).id("approval-error");
        assertThat(error.isVisible()).isTrue();
        assertThat(error.getText()).contains("motivering");
        assertThat(inherited.field(wijk).inherits()).isTrue();
        assertThat(inherited.history(wijk)).isEmpty();
    }

    @Test
    @WithMockUser(username = "medewerker", roles = "MEDEWERKER")
    void aColleagueSeesTheApprovedStepButNoButtons() {
        FieldId count = new FieldId(new DatasetId("pbi-wmo-voorzieningen"), "aantal-clienten");
        navigate(DatasetView.class, Map.of("slug", count.dataset().slug()));
        openLineage(count);

        assertThat($(Div.class).id("lineage-sources").getElement().getTextRecursively())
                .contains("Draagt: Nationaal identificatienummer", "Goedgekeurd als aggregatie door fg");
        assertThat($(Div.class).id("lineage-inherited").getElement().getTextRecursively())
                .contains("Dit veld erft geen persoonsgegevens");
        assertThat($(Button.class).withId("withdraw-ggm-beschiktevoorziening-bsn").exists()).isFalse();
        assertThat($(Div.class).withId("lineage-downstream").exists()).isFalse();
    }

    @SuppressWarnings("unchecked")
    private Grid<FieldRow> fields() {
        return $(Grid.class).id("fields-grid");
    }

    private int row(FieldId field) {
        Grid<FieldRow> grid = fields();
        for (int i = 0; i < test(grid).size(); i++) {
            if (test(grid).getRow(i).id().equals(field)) {
                return i;
            }
        }
        throw new AssertionError("no row for " + field);
    }

    private String categoriesText(FieldId field) {
        Component cell = test(fields()).getCellComponent(row(field), "categories");
        return cell.getElement().getTextRecursively();
    }

    private void openLineage(FieldId field) {
        test((Button) test(fields()).getCellComponent(row(field), "lineage")).click();
        assertThat($(Dialog.class).withId("lineage-dialog").exists()).isTrue();
    }
}
