package nl.datawijzer.privacy.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextField;
import java.util.List;
import java.util.stream.IntStream;
import nl.datawijzer.privacy.ProcessingActivity;
import nl.datawijzer.privacy.ProcessingRegisterService;
import nl.datawijzer.privacy.RegisterFilter;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.annotation.DirtiesContext;

/** The privacy officer opens the processing register: the seeded activities, one in the form, and an import check. */
@SpringBootTest
@DirtiesContext
@ViewPackages(packages = "nl.datawijzer")
@WithMockUser(username = "fg", roles = {"FG", "MEDEWERKER"})
class ProcessingRegisterViewTest extends SpringBrowserlessTest {

    @Autowired ProcessingRegisterService register;

    @Test
    @SuppressWarnings("unchecked")
    void theFgSeesTheSeededActivitiesAndTheDerivedCategoriesWithTheirSource() {
        navigate(ProcessingRegisterView.class);
        Grid<ProcessingActivity> grid = $(Grid.class).id("register-grid");
        int size = register.list(RegisterFilter.ALL, "", false).size();
        assertThat(test(grid).size()).isEqualTo(size).isGreaterThanOrEqualTo(6);
        List<String> titles = IntStream.range(0, size).mapToObj(i -> test(grid).getRow(i).title()).toList();
        assertThat(titles).contains("Wmo-maatwerkvoorzieningen", "Jeugdhulp", "Belastingheffing en WOZ-waardering");

        test(grid).clickRow(titles.indexOf("Wmo-maatwerkvoorzieningen"));
        assertThat($(Dialog.class).id("register-dialog").isOpened()).isTrue();
        assertThat($(TextField.class).id("register-title").getValue()).isEqualTo("Wmo-maatwerkvoorzieningen");
        String derived = $(Div.class).id("register-derived").getElement().getTextRecursively();
        assertThat(derived).contains("Gezondheid").contains("afgeleid uit").contains("Wmo-beschikkingen")
                .contains("handmatig");
        assertThat($(Div.class).id("register-links").getElement().getTextRecursively()).contains("iSamenleving");
    }

    @Test
    @SuppressWarnings("unchecked")
    void aRuleOfTheStoreIsShownAtItsInputAndNothingChanges() {
        navigate(ProcessingRegisterView.class);
        Grid<ProcessingActivity> grid = $(Grid.class).id("register-grid");
        ProcessingActivity first = test(grid).getRow(0);
        test(grid).clickRow(0);
        test($(TextField.class).id("register-retention")).setValue("");
        test($(Button.class).id("register-save")).click();

        TextField retention = $(TextField.class).id("register-retention");
        assertThat(retention.isInvalid()).isTrue();
        assertThat(retention.getErrorMessage()).isEqualTo(
                "Een verwerking moet een bewaartermijn in het Nederlands hebben (dw:retentionPeriod).");
        assertThat(register.get(first.id()).retentionPeriod()).isEqualTo(first.retentionPeriod());
    }

    @Test
    void anExportedRegisterChecksAsUnchangedInTheImportDialog() {
        navigate(ProcessingRegisterView.class);
        test($(Button.class).id("register-import")).click();
        ImportDialog dialog = $(ImportDialog.class).first();
        dialog.load(register.exportCsv(), "verwerkingsregister.csv");
        test($(Button.class).id("register-import-check")).click();

        int size = register.list(RegisterFilter.ALL, "", false).size();
        assertThat($(Paragraph.class).id("register-import-summary").getText())
                .isEqualTo("0 nieuw, 0 gewijzigd, " + size + " ongewijzigd, 0 met fouten.");
        assertThat($(Button.class).id("register-import-apply").isEnabled()).as("nothing to import").isFalse();
    }
}
