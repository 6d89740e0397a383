package nl.datawijzer.lineage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import nl.datawijzer.catalog.CatalogChangedEvent;
import nl.datawijzer.catalog.SeedLoadedEvent;
import nl.datawijzer.privacy.SecurityHolderIsolation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.annotation.DirtiesContext;

/** The lineage services in the application: who may read and edit, and the snapshot following committed changes. */
@SpringBootTest
@DirtiesContext
@ExtendWith(SecurityHolderIsolation.class)
class LineageServiceIT {

    @Autowired LineageService lineage;
    @Autowired LineageEditService edit;
    @Autowired ApplicationEventPublisher events;

    @Test
    @WithMockUser(username = "medewerker", roles = "MEDEWERKER")
    void staffReadLineageButOnlyStewardsEditIt() {
        assertThat(lineage.around("dataset/casustoedeling", Direction.DOWNSTREAM, 1, false).nodes()).isNotEmpty();
        assertThatThrownBy(() -> edit.addDerivation("dataset/casustoedeling", "dataset/dim-wijk"))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> edit.removeDerivation("dataset/caseload-consulenten", "dataset/casustoedeling"))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void nobodyAnonymousReadsLineage() {
        assertThatThrownBy(() -> lineage.impact("dataset/casustoedeling", 1, false))
                .isInstanceOf(AuthenticationCredentialsNotFoundException.class);
    }

    @Test
    @WithMockUser(username = "beheerder", roles = {"MEDEWERKER", "BEHEERDER"})
    void aStewardsEditIsInTheNextReadAndEventsReplaceTheSnapshot() {
        assertThat(lineage.closure("dataset/dim-wijk", Direction.DOWNSTREAM, 1, false).entries())
                .noneMatch(e -> e.node().id().equals("dataset/casustoedeling"));
        assertThat(edit.addDerivation("dataset/casustoedeling", "dataset/dim-wijk")).isTrue();
        assertThat(lineage.closure("dataset/dim-wijk", Direction.DOWNSTREAM, 1, false).entries())
                .anyMatch(e -> e.node().id().equals("dataset/casustoedeling"));
        assertThat(edit.removeDerivation("dataset/casustoedeling", "dataset/dim-wijk")).isTrue();

        LineageGraph before = lineage.graph();
        assertThat(lineage.graph()).as("kept while nothing changes").isSameAs(before);
        events.publishEvent(new SeedLoadedEvent(0));
        LineageGraph afterSeed = lineage.graph();
        assertThat(afterSeed).isNotSameAs(before);
        events.publishEvent(new CatalogChangedEvent("system", "isamenleving", CatalogChangedEvent.Change.UPDATED));
        assertThat(lineage.graph()).isNotSameAs(afterSeed);
    }
}
