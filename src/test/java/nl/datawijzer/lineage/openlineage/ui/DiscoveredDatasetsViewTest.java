package nl.datawijzer.lineage.openlineage.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import nl.datawijzer.lineage.openlineage.DatasetRef;
import nl.datawijzer.lineage.openlineage.DiscoveredDataset;
import nl.datawijzer.lineage.openlineage.EventType;
import nl.datawijzer.lineage.openlineage.OpenLineageIntake;
import nl.datawijzer.lineage.openlineage.RunEvent;
import nl.datawijzer.privacy.SecurityHolderIsolation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.annotation.DirtiesContext;

/** A steward sees what the intake discovered: none on the seed, then the dataset an event named. */
@SpringBootTest
@DirtiesContext
@ExtendWith(SecurityHolderIsolation.class)
@ViewPackages(packages = "nl.datawijzer")
@WithMockUser(username = "beheerder", roles = {"BEHEERDER", "MEDEWERKER"})
class DiscoveredDatasetsViewTest extends SpringBrowserlessTest {

    @Autowired
    OpenLineageIntake intake;

    @Test
    @SuppressWarnings("unchecked")
    void theListShowsNoneOnTheSeedAndThenWhatAnEventNamed() {
        navigate(DiscoveredDatasetsView.class);
        assertThat($(Paragraph.class).id("discovered-none").getText())
                .isEqualTo("Er zijn geen ontdekte datasets om te beoordelen.");

        intake.receive(new RunEvent(EventType.COMPLETE, OffsetDateTime.parse("2026-11-29T02:00:00+01:00"),
                UUID.fromString("0f5e1c3a-0000-4000-8000-0000000000a1"),
                new RunEvent.JobRef("adf://huizen", "laad_caseload", null), List.of(),
                List.of(new DatasetRef("mssql://dwh", "dbo.caseload_dag",
                        List.of(new DatasetRef.SchemaField("consulent", "VARCHAR(50)")), java.util.Map.of(), null)),
                "https://example.org/etl"));

        navigate(DiscoveredDatasetsView.class);
        Grid<DiscoveredDataset> grid = $(Grid.class).id("discovered-datasets");
        assertThat(test(grid).size()).isEqualTo(1);
        DiscoveredDataset row = test(grid).getRow(0);
        assertThat(row.openLineageName()).isEqualTo("mssql://dwh/dbo.caseload_dag");
        assertThat(row.fields()).isEqualTo(1);
        assertThat(row.job()).isEqualTo("laad_caseload");
    }
}
