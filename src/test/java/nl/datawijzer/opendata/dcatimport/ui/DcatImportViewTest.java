package nl.datawijzer.opendata.dcatimport.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.upload.Upload;
import java.io.IOException;
import java.io.InputStream;
import java.util.function.Predicate;
import nl.datawijzer.catalog.AgentSummary;
import nl.datawijzer.catalog.SystemSummary;
import nl.datawijzer.opendata.dcatimport.DcatImportReport.DatasetOutcome;
import nl.datawijzer.opendata.dcatimport.DcatImportReport.Outcome;
import nl.datawijzer.privacy.SecurityHolderIsolation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.annotation.DirtiesContext;

/** The administrator's import page: upload, preview, and "Importeren" only when nothing is refused. */
@ExtendWith(SecurityHolderIsolation.class)
@SpringBootTest
@DirtiesContext
@ViewPackages(packages = "nl.datawijzer")
@WithMockUser(roles = {"MEDEWERKER", "ADMIN"})
class DcatImportViewTest extends SpringBrowserlessTest {

    @Test
    void importsAnUploadedDocumentAfterAPreviewWithoutRefusals() throws IOException {
        navigate(DcatImportView.class);
        chooseTarget("cbs-statline");
        Button check = $(Button.class).id("dcat-import-check");
        Button apply = $(Button.class).id("dcat-import-apply");
        assertThat(check.isEnabled()).as("no document yet").isFalse();

        upload("cbs-catalog.ttl", fixture("cbs-catalog.ttl"));
        assertThat($(Span.class).id("dcat-import-document").getText()).contains("bestand: cbs-catalog.ttl");
        test(check).click();

        assertThat(items()).extracting(DatasetOutcome::outcome).contains(Outcome.ADDED).doesNotContain(Outcome.REFUSED);
        assertThat(apply.isEnabled()).isTrue();
        test(apply).click();

        assertThat(test($(Notification.class).id("dcat-import-done")).getText()).startsWith("Import klaar: 1 datasets toegevoegd, 1 bijgewerkt");
        assertThat(apply.isEnabled()).as("a finished import is not applied twice").isFalse();
    }

    @Test
    void keepsImportDisabledWhenADatasetIsRefused() throws IOException {
        navigate(DcatImportView.class);
        chooseTarget("vektis");
        String bad = new String(fixture("cbs-catalog-one-bad.ttl"), java.nio.charset.StandardCharsets.UTF_8)
                .replace("cbs-83765ned-wijken-buurten-2017", "vektis-ui-a").replace("cbs-86050ned-wmo-clienten", "vektis-ui-b");
        upload("vektis.ttl", bad.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        test($(Button.class).id("dcat-import-check")).click();

        assertThat(items()).extracting(DatasetOutcome::outcome).contains(Outcome.REFUSED);
        assertThat($(Span.class).id("dcat-import-summary").getText()).contains("1 geweigerd");
        assertThat($(Button.class).id("dcat-import-apply").isEnabled()).isFalse();
    }

    @Test
    void showsWhyAHostileDocumentIsRefused() {
        navigate(DcatImportView.class);
        chooseTarget("cbs-statline");
        upload("lolz.rdf", "<?xml version=\"1.0\"?><!DOCTYPE x [<!ENTITY a \"b\">]><x/>".getBytes(java.nio.charset.StandardCharsets.UTF_8));
        test($(Button.class).id("dcat-import-check")).click();

        assertThat(test($(Notification.class).id("dcat-import-error")).getText()).contains("DOCTYPE");
        assertThat($(Button.class).id("dcat-import-apply").isEnabled()).isFalse();
    }

    @SuppressWarnings("unchecked")
    private java.util.List<DatasetOutcome> items() {
        Grid<DatasetOutcome> grid = $(Grid.class).id("dcat-import-report");
        return grid.getListDataView().getItems().toList();
    }

    @SuppressWarnings("unchecked")
    private void chooseTarget(String systemSlug) {
        ComboBox<SystemSummary> system = $(ComboBox.class).id("dcat-import-system");
        system.setValue(first(system, s -> s.id().slug().equals(systemSlug)));
        ComboBox<AgentSummary> owner = $(ComboBox.class).id("dcat-import-owner");
        owner.setValue(first(owner, a -> a.id().slug().equals("cbs")));
        ComboBox<AgentSummary> steward = $(ComboBox.class).id("dcat-import-steward");
        steward.setValue(first(steward, a -> a.id().slug().equals("team-informatiemanagement-bi")));
    }

    private static <T> T first(ComboBox<T> box, Predicate<T> test) {
        return box.getListDataView().getItems().filter(test).findFirst().orElseThrow();
    }

    private void upload(String name, byte[] bytes) {
        Upload upload = $(Upload.class).id("dcat-import-upload");
        test(upload).upload(name, "application/octet-stream", bytes);
    }

    private static byte[] fixture(String name) throws IOException {
        try (InputStream in = DcatImportViewTest.class.getClassLoader().getResourceAsStream("opendata/dcatimport/" + name)) {
            return in.readAllBytes();
        }
    }
}
