package nl.datawijzer.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.textfield.TextField;
import java.util.List;
import nl.datawijzer.audit.ui.AuditLogView;
import nl.datawijzer.catalog.AgentId;
import nl.datawijzer.catalog.DatasetDraft;
import nl.datawijzer.catalog.DatasetId;
import nl.datawijzer.catalog.DatasetService;
import nl.datawijzer.catalog.SystemId;
import nl.datawijzer.privacy.SecurityHolderIsolation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.annotation.DirtiesContext;

/** Every write leaves its line in the audit trail, which the application manager reads and filters. */
@SpringBootTest
@DirtiesContext
@ExtendWith(SecurityHolderIsolation.class)
@ViewPackages(packages = "nl.datawijzer")
@WithMockUser(username = "admin", roles = {"ADMIN", "MEDEWERKER"})
class AuditLogViewTest extends SpringBrowserlessTest {

    @Autowired AuditService audit;
    @Autowired DatasetService datasets;
    @Autowired SecurityContextHolderStrategy securityHolder;

    @Test
    @SuppressWarnings("unchecked")
    void aStewardsChangesAreListedNewestFirstWithWhoAndWhichRecord() {
        as("beheerder.jansen", () -> {
            datasets.create(draft("audit-proef", "Proef voor het log"));
            datasets.update(draft("audit-proef", "Proef voor het log, herzien"));
        });

        AuditPage newest = audit.page(AuditFilter.NONE, 0, 2);
        assertThat(newest.entries()).extracting(AuditEntry::actor).containsExactly("beheerder.jansen", "beheerder.jansen");
        assertThat(newest.entries().getFirst().records()).contains(new AuditedRecord("dataset", "audit-proef"));
        assertThat(newest.entries().getFirst().revision()).isGreaterThan(newest.entries().get(1).revision());
        assertThat(newest.total()).isGreaterThanOrEqualTo(newest.entries().getFirst().revision());

        AuditPage byActor = audit.page(new AuditFilter("JANSEN", ""), 0, 10);
        assertThat(byActor.total()).isEqualTo(2);
        assertThat(audit.page(new AuditFilter("", "dataset/audit-proef"), 0, 10).total()).isEqualTo(2);
        assertThat(audit.page(new AuditFilter("niemand", ""), 0, 10).entries()).isEmpty();

        navigate(AuditLogView.class);
        Grid<AuditEntry> grid = $(Grid.class).id("audit-entries");
        assertThat(test(grid).getRow(0).actor()).isEqualTo("beheerder.jansen");
        test($(TextField.class).id("audit-record")).setValue("audit-proef");
        assertThat(test(grid).size()).isEqualTo(2);
        test($(TextField.class).id("audit-actor")).setValue("iemand-anders");
        assertThat(test(grid).size()).isZero();
    }

    @Test
    @WithMockUser(username = "medewerker", roles = {"MEDEWERKER", "BEHEERDER"})
    void onlyTheApplicationManagerReadsTheTrail() {
        assertThatThrownBy(() -> audit.page(AuditFilter.NONE, 0, 10)).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void aPageOutsideTheLimitsIsRefused() {
        assertThatThrownBy(() -> audit.page(AuditFilter.NONE, 0, 501)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("hoogstens 500");
        assertThatThrownBy(() -> new AuditFilter("x".repeat(201), "")).isInstanceOf(IllegalArgumentException.class);
    }

    private DatasetDraft draft(String slug, String title) {
        return new DatasetDraft(slug, title, "Voor het wijzigingslog.", new SystemId("isamenleving"),
                new AgentId("team-wmo"), new AgentId("team-wmo"),
                List.of("http://publications.europa.eu/resource/authority/data-theme/GOVE"),
                "http://publications.europa.eu/resource/authority/frequency/ANNUAL",
                "http://publications.europa.eu/resource/authority/access-right/NON_PUBLIC", List.of(), null, List.of());
    }

    private void as(String user, Runnable work) {
        SecurityContext previous = securityHolder.getContext();
        SecurityContext context = securityHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null, List.of(
                new SimpleGrantedAuthority("ROLE_MEDEWERKER"), new SimpleGrantedAuthority("ROLE_BEHEERDER"))));
        securityHolder.setContext(context);
        try {
            work.run();
        } finally {
            securityHolder.setContext(previous);
        }
        assertThat(datasets.get(new DatasetId("audit-proef"))).isNotNull();
    }
}
