package nl.datawijzer.opendata.hosting.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.upload.Upload;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import nl.datawijzer.catalog.ui.DatasetView;
import nl.datawijzer.opendata.hosting.HostedFile;
import nl.datawijzer.privacy.SecurityHolderIsolation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.annotation.DirtiesContext;

@SpringBootTest
@DirtiesContext
@ViewPackages(packages = "nl.datawijzer")
@ExtendWith(SecurityHolderIsolation.class)
class HostedFilesSectionTest extends SpringBrowserlessTest {

    @Test
    @WithMockUser(roles = {"MEDEWERKER", "BEHEERDER"})
    void aStewardSeesTheHostedFilesAndUploadsOneThatAppearsInTheList() {
        navigate(DatasetView.class, Map.of("slug", "wmo-clienten-per-wijk"));

        @SuppressWarnings("unchecked")
        Grid<HostedFile> grid = $(Grid.class).id("hosted-files-grid");
        assertThat(test(grid).size()).isEqualTo(1);
        assertThat(test(grid).getRow(0).fileName()).isEqualTo("wmo-clienten-per-wijk.csv");
        assertThat($(Paragraph.class).id("hosted-upload-intro").getText()).contains("CSV (UTF-8), XLSX of JSON")
                .contains("20,0 MB");

        test($(Upload.class).id("hosted-upload")).upload("Wmo 2026.csv", "text/csv",
                "jaar,aantal_clienten\n2026,15\n".getBytes(StandardCharsets.UTF_8));

        assertThat($(Paragraph.class).id("hosted-upload-result").getText()).startsWith("Bestand Wmo-2026.csv opgeslagen");
        assertThat(test(grid).size()).isEqualTo(2);
    }

    @Test
    @WithMockUser(roles = {"MEDEWERKER", "BEHEERDER"})
    void aRefusedUploadShowsWhyAndWhatIsAllowed() {
        navigate(DatasetView.class, Map.of("slug", "bevolking-per-wijk"));

        test($(Upload.class).id("hosted-upload")).upload("kapot.json", "application/json",
                "[{\"jaar\": ".getBytes(StandardCharsets.UTF_8));

        assertThat($(Paragraph.class).id("hosted-upload-result").getText()).contains("geen geldige JSON")
                .contains("Toegestaan zijn CSV (UTF-8), XLSX en JSON");
    }

    @Test
    @WithMockUser(roles = "MEDEWERKER")
    void otherStaffSeeTheFilesButNoUpload() {
        navigate(DatasetView.class, Map.of("slug", "wmo-clienten-per-wijk"));

        assertThat($(Grid.class).withId("hosted-files-grid").exists()).isTrue();
        assertThat($(Upload.class).withId("hosted-upload").exists()).isFalse();
    }
}
