package nl.datawijzer.quality.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.DescriptionList;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.datawijzer.catalog.DatasetId;
import nl.datawijzer.catalog.FieldId;
import nl.datawijzer.privacy.SecurityHolderIsolation;
import nl.datawijzer.quality.FieldRule;
import nl.datawijzer.quality.ProfileChoices.FieldOption;
import nl.datawijzer.quality.ProfileSettings;
import nl.datawijzer.quality.QualityService;
import nl.datawijzer.quality.SourceChoice;
import nl.datawijzer.quality.profiling.ValueFormat;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.annotation.DirtiesContext;

/**
 * "Profilering instellen" on the dataset quality page, with the real quality service on the seed: a steward chooses a
 * source and field rules and the page shows the new source; a refusal keeps the form with its message; other staff get
 * no such button.
 */
@SpringBootTest(properties = {
        "datawijzer.quality.connections.warehouse.url=jdbc:postgresql://127.0.0.1:1/dwh",
        "datawijzer.quality.connections.warehouse.password=niet-tonen-4417"})
@DirtiesContext
@ExtendWith(SecurityHolderIsolation.class)
@ViewPackages(packages = "nl.datawijzer")
class ProfileSettingsViewTest extends SpringBrowserlessTest {

    static final DatasetId DEBT = new DatasetId("schuldhulp-aanmeldingen-per-kwartaal");
    static final DatasetId YOUTH = new DatasetId("jeugdhulptrajecten-per-wijk");
    static final String YOUTH_CATEGORIES = "https://w3id.org/datawijzer/vocab/jeugd-productcategorie";

    @Autowired
    QualityService quality;

    private void openSettings(DatasetId dataset) {
        navigate(DatasetQualityView.class, Map.of("slug", dataset.slug()));
        test($(Button.class).id("quality-settings")).click();
    }

    private ProfileSettingsDialog dialog() {
        return $(ProfileSettingsDialog.class).id("quality-settings-dialog");
    }

    private String source() {
        return $(DescriptionList.Description.class).id("quality-source").getText();
    }

    @Test
    @WithMockUser(username = "beheerder", roles = {"MEDEWERKER", "BEHEERDER"})
    void aStewardChoosesADatabaseTableAndFieldRulesAndThePageShowsTheNewSource() {
        openSettings(DEBT);
        ProfileSettingsDialog dialog = dialog();
        assertThat(dialog.kind.getValue()).isEqualTo(ProfileSettingsDialog.SourceKind.FILE);
        assertThat(dialog.file.getValue().fileName()).isEqualTo("schuldhulp-aanmeldingen-per-kwartaal.csv");
        assertThat(dialog.connection.isEnabled()).isFalse();

        test(dialog.kind).selectItem("Database");
        assertThat(dialog.connection.isEnabled()).isTrue();
        assertThat(test(dialog.connection).getSuggestions()).containsExactly("warehouse");
        test(dialog.connection).selectItem("warehouse");
        test(dialog.table).setValue("dwh.schuldhulp_aanmelding");

        @SuppressWarnings("unchecked")
        Grid<ProfileSettingsDialog.RuleRow> grid = $(Grid.class).id("quality-settings-fields");
        assertThat(test(grid).size()).isEqualTo(dialog.rows().size()).isGreaterThan(1);
        FieldId first = dialog.rows().get(0).field.id();
        FieldId second = dialog.rows().get(1).field.id();
        ((Checkbox) test(grid).getCellComponent(0, "key")).setValue(true);
        @SuppressWarnings("unchecked")
        Select<ValueFormat> format = (Select<ValueFormat>) test(grid).getCellComponent(0, "format");
        test(format).selectItem("Datum");
        @SuppressWarnings("unchecked")
        Select<String> list = (Select<String>) test(grid).getCellComponent(1, "list");
        test(list).selectItem(youthLabel());
        @SuppressWarnings("unchecked")
        ComboBox<FieldOption> reference = (ComboBox<FieldOption>) test(grid).getCellComponent(1, "reference");
        test(reference).setFilter("bevolking per wijk");
        List<FieldOption> found = test(reference).getSuggestionItems();
        FieldOption district = found.stream().filter(f -> f.technicalName().equals("wijkcode")).findFirst()
                .orElseThrow();
        test(reference).selectItem(dialog.referenceLabel(district));

        test($(Button.class).id("quality-settings-save")).click();

        assertThat($(Dialog.class).withId("quality-settings-dialog").exists()).isFalse();
        assertThat(test($(Notification.class).last()).getText()).isEqualTo("Opgeslagen");
        assertThat(source()).isEqualTo("database warehouse, tabel dwh.schuldhulp_aanmelding")
                .doesNotContain("niet-tonen-4417");
        ProfileSettings saved = quality.settings(DEBT);
        assertThat(saved.source()).hasValue(new SourceChoice.DatabaseTable("warehouse", "dwh.schuldhulp_aanmelding"));
        assertThat(saved.rules()).contains(
                new FieldRule(first, true, Optional.of(ValueFormat.DATE), Optional.empty(), Optional.empty()),
                new FieldRule(second, false, Optional.empty(), Optional.of(YOUTH_CATEGORIES), Optional.of(district.id())));

        // Opened again, the form shows what was saved.
        test($(Button.class).id("quality-settings")).click();
        ProfileSettingsDialog again = dialog();
        assertThat(again.kind.getValue()).isEqualTo(ProfileSettingsDialog.SourceKind.DATABASE);
        assertThat(again.connection.getValue()).isEqualTo("warehouse");
        assertThat(again.table.getValue()).isEqualTo("dwh.schuldhulp_aanmelding");
        assertThat(again.rows().get(1).reference).isEqualTo(district);
        assertThat(again.rows().get(1).valueList).isEqualTo(YOUTH_CATEGORIES);
    }

    private String youthLabel() {
        return quality.choices(DEBT).valueLists().stream().filter(l -> l.iri().equals(YOUTH_CATEGORIES)).findFirst()
                .orElseThrow().labelNl();
    }

    @Test
    @WithMockUser(username = "beheerder", roles = {"MEDEWERKER", "BEHEERDER"})
    void aRefusedChoiceShowsItsMessageAndKeepsTheFormAndTheSource() {
        ProfileSettings before = quality.settings(YOUTH);
        openSettings(YOUTH);
        String shownBefore = source();
        ProfileSettingsDialog dialog = dialog();

        test(dialog.kind).selectItem("Database");
        test(dialog.connection).selectItem("warehouse");
        test(dialog.table).setValue("dwh.traject; drop table x");
        test($(Button.class).id("quality-settings-save")).click();

        assertThat($(Dialog.class).withId("quality-settings-dialog").exists()).isTrue();
        Div error = $(Div.class).id("quality-settings-error");
        assertThat(error.isVisible()).isTrue();
        assertThat(error.getText()).isEqualTo("De tabelnaam 'dwh.traject; drop table x' is ongeldig: gebruik tabel of "
                + "schema.tabel, met alleen letters, cijfers en _.");
        assertThat(dialog.table.getValue()).isEqualTo("dwh.traject; drop table x");
        assertThat(quality.settings(YOUTH)).isEqualTo(before);

        test(dialog.table).setValue("");
        test($(Button.class).id("quality-settings-save")).click();
        assertThat(error.getText()).isEqualTo("Vul de tabel in.");

        test($(Button.class).id("quality-settings-cancel")).click();
        assertThat(source()).isEqualTo(shownBefore);
        assertThat(quality.settings(YOUTH)).isEqualTo(before);
    }

    @Test
    @WithMockUser(username = "medewerker", roles = "MEDEWERKER")
    void otherStaffSeeTheSourceButNoWayToSetIt() {
        navigate(DatasetQualityView.class, Map.of("slug", YOUTH.slug()));

        assertThat(source()).isEqualTo("bestand jeugdhulptrajecten-per-wijk.csv");
        assertThat($(Button.class).withId("quality-settings").exists()).isFalse();
    }
}
