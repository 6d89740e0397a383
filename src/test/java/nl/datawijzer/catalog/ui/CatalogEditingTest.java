package nl.datawijzer.catalog.ui;

import static nl.datawijzer.catalog.ui.CatalogBrowsingTest.columnIndex;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.util.List;
import java.util.Map;
import nl.datawijzer.catalog.DatasetDetail;
import nl.datawijzer.catalog.DatasetFilter;
import nl.datawijzer.catalog.DatasetId;
import nl.datawijzer.catalog.DatasetService;
import nl.datawijzer.catalog.DatasetSummary;
import nl.datawijzer.catalog.FieldRow;
import nl.datawijzer.catalog.PageRequest;
import nl.datawijzer.catalog.RecordNotFoundException;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.annotation.DirtiesContext;

/** A steward (BEHEERDER) edits datasets and fields; refused input is explained in Dutch and saves nothing. */
@SpringBootTest
@DirtiesContext
@ViewPackages(packages = "nl.datawijzer")
@WithMockUser(roles = {"MEDEWERKER", "BEHEERDER"})
class CatalogEditingTest extends SpringBrowserlessTest {

    private static final String NATIONAL_ID = "https://w3id.org/datawijzer/vocab/persoonsgegevens/nationaal-identificatienummer";
    private static final String PUBLIC = "https://w3id.org/datawijzer/vocab/vertrouwelijkheid/openbaar";
    private static final String INTERNAL = "https://w3id.org/datawijzer/vocab/vertrouwelijkheid/intern";
    private static final String CONFIDENTIAL = "https://w3id.org/datawijzer/vocab/vertrouwelijkheid/vertrouwelijk";
    private static final String ETHNIC_ORIGIN = "https://w3id.org/datawijzer/vocab/persoonsgegevens/ras-etnische-afkomst";
    private static final String NAW = "https://w3id.org/datawijzer/vocab/persoonsgegevens/naw";

    @Autowired
    DatasetService datasets;

    @Test
    void stewardEditsFieldDescriptionAndSeesItSaved() {
        DatasetSummary dataset = datasetWithFields();
        FieldRow field = fields(dataset.id()).getFirst();
        String text = "Nieuwe omschrijving, ingevuld door de beheerder.";

        navigate(DatasetView.class, Map.of("slug", dataset.id().slug()));
        editField(field);
        test($(TextArea.class).id("field-description")).setValue(text);
        test($(Button.class).id("field-save")).click();

        assertThat($(Dialog.class).withId("field-dialog").exists()).isFalse();
        assertThat(test($(Notification.class).last()).getText()).isEqualTo("Veld opgeslagen");
        Grid<FieldRow> grid = fieldsGrid();
        int row = rowOf(grid, field);
        assertThat(test(grid).getCellText(row, columnIndex(grid, "description"))).isEqualTo(text);
        assertThat(fields(dataset.id()).stream().filter(f -> f.id().equals(field.id())).findFirst().orElseThrow()
                .description()).isEqualTo(text);
    }

    @Test
    void emptyDescriptionIsRefusedInDutchAtTheDescriptionAndNothingIsSaved() {
        DatasetSummary dataset = datasetWithFields();
        FieldRow field = fields(dataset.id()).getLast();

        navigate(DatasetView.class, Map.of("slug", dataset.id().slug()));
        editField(field);
        TextArea description = $(TextArea.class).id("field-description");
        test(description).setValue("");
        test($(Button.class).id("field-save")).click();

        assertThat(description.isInvalid()).isTrue();
        assertThat(description.getErrorMessage()).isEqualTo("Vul een omschrijving in.");
        assertThat($(Dialog.class).withId("field-dialog").exists()).isTrue();
        assertThat(fields(dataset.id()).stream().filter(f -> f.id().equals(field.id())).findFirst().orElseThrow()
                .description()).isEqualTo(field.description());
    }

    @Test
    void stewardAddsAFieldAndASecondWithTheSameNameIsRefusedAtTheTechnicalName() {
        DatasetSummary dataset = datasetWithFields();
        int before = fields(dataset.id()).size();

        navigate(DatasetView.class, Map.of("slug", dataset.id().slug()));
        fillNewField("Controleveld", "controle_veld");
        test($(Button.class).id("field-save")).click();

        assertThat(test($(Notification.class).last()).getText()).isEqualTo("Veld opgeslagen");
        assertThat(test(fieldsGrid()).size()).isEqualTo(before + 1);
        assertThat(fields(dataset.id())).extracting(FieldRow::technicalName).contains("controle_veld");

        fillNewField("Nog een controleveld", "controle_veld");
        test($(Button.class).id("field-save")).click();

        TextField technicalName = $(TextField.class).id("field-technical-name");
        assertThat(technicalName.isInvalid()).isTrue();
        assertThat(technicalName.getErrorMessage()).contains("al een veld");
        assertThat(fields(dataset.id())).hasSize(before + 1);
    }

    @Test
    void bsnRulesOfTheShapesAreShownAtConfidentialityAndLegalGroundAndNothingIsSaved() {
        DatasetSummary dataset = datasetWithFields();
        int before = fields(dataset.id()).size();

        navigate(DatasetView.class, Map.of("slug", dataset.id().slug()));
        fillNewField("Burgerservicenummer", "bsn_controle");
        test($(Checkbox.class).id("field-personal")).click();
        @SuppressWarnings("unchecked")
        MultiSelectComboBox<String> categories = $(MultiSelectComboBox.class).id("field-categories");
        categories.setValue(java.util.Set.of(NATIONAL_ID));
        @SuppressWarnings("unchecked")
        Select<String> confidentiality = $(Select.class).id("field-confidentiality");
        confidentiality.setValue(PUBLIC);
        test($(Button.class).id("field-save")).click();

        assertThat(confidentiality.isInvalid()).isTrue();
        assertThat(confidentiality.getErrorMessage()).contains("BSN").contains("vertrouwelijk");
        TextField legalGround = $(TextField.class).id("field-legal-ground");
        assertThat(legalGround.isInvalid()).isTrue();
        assertThat(legalGround.getErrorMessage()).contains("BSN");
        assertThat($(Dialog.class).withId("field-dialog").exists()).isTrue();
        assertThat(fields(dataset.id())).hasSize(before);
    }

    @Test
    @SuppressWarnings("unchecked")
    void anArt9KindIsChosenByItsMarkedLabelRefusedBelowVertrouwelijkAndThenShownMarked() {
        DatasetSummary dataset = datasets.list(DatasetFilter.NONE, new PageRequest(0, 500, "title", false)).items()
                .stream().filter(d -> d.personalFieldCount() > 0).findFirst().orElseThrow();
        int before = fields(dataset.id()).size();

        navigate(DatasetView.class, Map.of("slug", dataset.id().slug()));
        fillNewField("Etniciteit", "etniciteit_controle");
        test($(Checkbox.class).id("field-personal")).click();
        MultiSelectComboBox<String> categories = $(MultiSelectComboBox.class).id("field-categories");
        assertThat(categories.getItemLabelGenerator().apply(ETHNIC_ORIGIN))
                .isEqualTo("Ras of etnische afkomst — bijzonder (art. 9 AVG)");
        assertThat(categories.getItemLabelGenerator().apply(NAW)).isEqualTo("NAW-gegevens");
        categories.setValue(java.util.Set.of(ETHNIC_ORIGIN));
        Select<String> confidentiality = $(Select.class).id("field-confidentiality");
        confidentiality.setValue(INTERNAL);
        test($(Button.class).id("field-save")).click();

        assertThat(confidentiality.isInvalid()).isTrue();
        assertThat(confidentiality.getErrorMessage()).contains("bijzondere persoonsgegevens", "vertrouwelijk");
        assertThat(fields(dataset.id())).hasSize(before);

        confidentiality.setValue(CONFIDENTIAL);
        test($(Button.class).id("field-save")).click();

        assertThat(test($(Notification.class).last()).getText()).isEqualTo("Veld opgeslagen");
        FieldRow saved = fields(dataset.id()).stream().filter(f -> f.technicalName().equals("etniciteit_controle"))
                .findFirst().orElseThrow();
        Grid<FieldRow> grid = fieldsGrid();
        assertThat(test(grid).getCellText(rowOf(grid, saved), columnIndex(grid, "categories")))
                .isEqualTo("Ras of etnische afkomst — bijzonder (art. 9 AVG)");
        navigate(DatasetView.class, Map.of("slug", dataset.id().slug()));
        assertThat($(com.vaadin.flow.component.html.Paragraph.class).id("privacy-summary").getElement()
                .getTextRecursively()).contains("bijzonder (art. 9 AVG): ").contains("Ras of etnische afkomst");
    }

    @Test
    void datasetWithPersonalDataWithoutLegalBasisIsRefusedAtTheLegalBases() {
        DatasetSummary dataset = datasets.list(DatasetFilter.NONE, new PageRequest(0, 500, "title", false)).items()
                .stream().filter(d -> d.personalFieldCount() > 0).findFirst().orElseThrow();
        DatasetDetail stored = datasets.get(dataset.id());

        navigate(DatasetEditView.class, Map.of("slug", dataset.id().slug()));
        @SuppressWarnings("unchecked")
        MultiSelectComboBox<String> legalBases = $(MultiSelectComboBox.class).id("form-legal-bases");
        legalBases.clear();
        test($(Button.class).id("form-save")).click();

        assertThat(getCurrentView()).isInstanceOf(DatasetEditView.class);
        assertThat(legalBases.isInvalid()).isTrue();
        assertThat(legalBases.getErrorMessage()).isNotBlank();
        assertThat(datasets.get(dataset.id()).legalBases()).isEqualTo(stored.legalBases());
    }

    @Test
    void stewardChangesADatasetTitleAndLandsOnTheDatasetPage() {
        DatasetSummary dataset = datasetWithFields();
        String title = dataset.title() + " (bijgewerkt)";

        navigate(DatasetView.class, Map.of("slug", dataset.id().slug()));
        test($(Button.class).id("edit-dataset")).click();
        assertThat(getCurrentView()).isInstanceOf(DatasetEditView.class);
        assertThat($(TextField.class).id("form-slug").isReadOnly()).isTrue();
        test($(TextField.class).id("form-title")).setValue(title);
        test($(Button.class).id("form-save")).click();

        assertThat(getCurrentView()).isInstanceOf(DatasetView.class);
        assertThat($(H1.class).id("dataset-title").getText()).isEqualTo(title);
        assertThat(test($(Notification.class).last()).getText()).isEqualTo("Dataset opgeslagen");
        assertThat(datasets.get(dataset.id()).title()).isEqualTo(title);
    }

    @Test
    void newDatasetFormExplainsAnInvalidIdentifierAndMissingInputsInDutch() {
        long before = datasets.list(DatasetFilter.NONE, PageRequest.first(1)).total();

        navigate("datasets/nieuw", DatasetEditView.class);
        TextField slug = $(TextField.class).id("form-slug");
        test(slug).setValue("Geen Geldige Naam");
        test($(Button.class).id("form-save")).click();

        assertThat(slug.isInvalid()).isTrue();
        assertThat(slug.getErrorMessage()).startsWith("Gebruik alleen kleine letters");
        TextField title = $(TextField.class).id("form-title");
        assertThat(title.isInvalid()).isTrue();
        assertThat(title.getErrorMessage()).isEqualTo("Vul een titel in.");
        assertThat(getCurrentView()).isInstanceOf(DatasetEditView.class);
        assertThat(datasets.list(DatasetFilter.NONE, PageRequest.first(1)).total()).isEqualTo(before);
    }

    @Test
    void stewardCreatesADatasetAndDeletesItAgain() {
        DatasetDetail model = datasets.get(datasetWithFields().id());

        navigate(DatasetsView.class);
        test($(Button.class).id("new-dataset")).click();
        assertThat(getCurrentView()).isInstanceOf(DatasetEditView.class);
        test($(TextField.class).id("form-slug")).setValue("proef-dataset");
        test($(TextField.class).id("form-title")).setValue("Proefdataset");
        test($(TextArea.class).id("form-description")).setValue("Een dataset om het formulier te proberen.");
        pickFirst("form-system");
        pickFirst("form-owner");
        pickFirst("form-steward");
        @SuppressWarnings("unchecked")
        MultiSelectComboBox<String> themes = $(MultiSelectComboBox.class).id("form-themes");
        themes.setValue(java.util.Set.copyOf(model.themes().stream().map(l -> l.iri()).toList()));
        @SuppressWarnings("unchecked")
        Select<String> frequency = $(Select.class).id("form-frequency");
        frequency.setValue(model.frequency().iri());
        @SuppressWarnings("unchecked")
        Select<String> access = $(Select.class).id("form-access-rights");
        access.setValue(model.accessRights().iri());
        test($(TextField.class).id("form-keywords")).setValue("proef, formulier");
        test($(Button.class).id("form-save")).click();

        assertThat(getCurrentView()).isInstanceOf(DatasetView.class);
        assertThat($(H1.class).id("dataset-title").getText()).isEqualTo("Proefdataset");
        assertThat(datasets.get(new DatasetId("proef-dataset")).keywords()).containsExactlyInAnyOrder("proef", "formulier");

        test($(Button.class).id("edit-dataset")).click();
        test($(Button.class).id("form-delete")).click();
        test($(ConfirmDialog.class).id("confirm-delete")).confirm();

        assertThat(getCurrentView()).isInstanceOf(DatasetsView.class);
        assertThatThrownBy(() -> datasets.get(new DatasetId("proef-dataset"))).isInstanceOf(RecordNotFoundException.class);
    }

    @Test
    void unknownDatasetCannotBeEdited() {
        navigate("datasets/bestaat-echt-niet/bewerken", nl.datawijzer.ui.NotFoundView.class);

        assertThat($(nl.datawijzer.ui.NotFoundView.class).exists()).isTrue();
    }

    /** Row components are rendered by the grid, so the edit button is reached through its cell. */
    private void editField(FieldRow field) {
        Grid<FieldRow> grid = fieldsGrid();
        Button edit = (Button) test(grid).getCellComponent(rowOf(grid, field), columnIndex(grid, "edit"));
        assertThat(edit.getId()).contains("edit-field-" + field.id().slug());
        test(edit).click();
    }

    private void fillNewField(String title, String technicalName) {
        test($(Button.class).id("add-field")).click();
        test($(TextField.class).id("field-title")).setValue(title);
        test($(TextField.class).id("field-technical-name")).setValue(technicalName);
        test($(TextArea.class).id("field-description")).setValue("Een veld om de dialoog te proberen.");
        @SuppressWarnings("unchecked")
        Select<String> confidentiality = $(Select.class).id("field-confidentiality");
        test(confidentiality).selectItem(test(confidentiality).getSuggestions().getFirst());
    }

    @SuppressWarnings("unchecked")
    private void pickFirst(String id) {
        ComboBox<Object> box = $(ComboBox.class).id(id);
        test(box).selectItem(test(box).getSuggestions().getFirst());
    }

    private DatasetSummary datasetWithFields() {
        return datasets.list(DatasetFilter.NONE, new PageRequest(0, 500, "title", false)).items().stream()
                .filter(d -> d.fieldCount() > 1).findFirst().orElseThrow();
    }

    private List<FieldRow> fields(DatasetId id) {
        return datasets.fields(id, new PageRequest(0, 500, "", false)).items();
    }

    @SuppressWarnings("unchecked")
    private Grid<FieldRow> fieldsGrid() {
        return (Grid<FieldRow>) $(Grid.class).id("fields-grid");
    }

    private int rowOf(Grid<FieldRow> grid, FieldRow field) {
        for (int i = 0; i < test(grid).size(); i++) {
            if (test(grid).getRow(i).id().equals(field.id())) {
                return i;
            }
        }
        throw new AssertionError("field " + field.id() + " not in the grid");
    }
}
