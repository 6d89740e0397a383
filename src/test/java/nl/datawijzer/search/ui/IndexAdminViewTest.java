package nl.datawijzer.search.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.browserless.internal.MockVaadin;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.component.sidenav.SideNavItem;
import java.time.Duration;
import nl.datawijzer.search.SearchRequest;
import nl.datawijzer.search.SearchService;
import nl.datawijzer.ui.HomeView;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.annotation.DirtiesContext;

/** The admin rebuilds the search index from its page; nobody else can open that page. */
@SpringBootTest
@DirtiesContext
@ViewPackages(packages = "nl.datawijzer")
class IndexAdminViewTest extends SpringBrowserlessTest {

    @Autowired
    SearchService search;

    @Test
    @WithMockUser(roles = {"MEDEWERKER", "ADMIN"})
    void adminRebuildsTheIndexWithProgressAndANotification() throws InterruptedException {
        long before = search.search(SearchRequest.of("")).total();
        navigate(IndexAdminView.class);
        Button rebuild = $(Button.class).id("rebuild-index");
        assertThat(rebuild.getText()).isEqualTo("Zoekindex opnieuw opbouwen");
        assertThat($(ProgressBar.class).withId("rebuild-progress").exists()).as("progress bar before the start").isFalse();

        test(rebuild).click();

        ProgressBar progress = $(ProgressBar.class).id("rebuild-progress");
        assertThat(rebuild.isEnabled()).isFalse();
        assertThat(UI.getCurrent().getPollInterval()).isEqualTo(IndexAdminView.POLL_MILLIS);
        long deadline = System.nanoTime() + Duration.ofMinutes(1).toNanos();
        while (!rebuild.isEnabled() && System.nanoTime() < deadline) {
            Thread.sleep(50);
            // What a poll from the browser does: run the background thread's queued UI updates.
            MockVaadin.runUIQueue();
        }

        assertThat(rebuild.isEnabled()).isTrue();
        assertThat(progress.getValue()).isEqualTo(100);
        assertThat(UI.getCurrent().getPollInterval()).isEqualTo(-1);
        assertThat(test($(Notification.class).id("rebuild-done")).getText()).startsWith("De zoekindex is opnieuw opgebouwd");
        assertThat($(Span.class).id("rebuild-status").getText()).startsWith("De zoekindex is opnieuw opgebouwd");
        assertThat(search.search(SearchRequest.of("")).total()).isEqualTo(before);
    }

    @Test
    @WithMockUser(roles = {"MEDEWERKER", "ADMIN"})
    void adminSeesTheIndexPageInTheMenu() {
        navigate(HomeView.class);

        assertThat($(SideNavItem.class).all()).extracting(SideNavItem::getLabel).contains("Zoeken", "Zoekindex");
    }

    @Test
    @WithMockUser(roles = "MEDEWERKER")
    void staffCannotOpenTheIndexPage() {
        navigate(HomeView.class);
        assertThat($(SideNavItem.class).all()).extracting(SideNavItem::getLabel).doesNotContain("Zoekindex");

        UI.getCurrent().navigate(IndexAdminView.ROUTE);

        assertThat(getCurrentView()).isNotInstanceOf(IndexAdminView.class);
        assertThat($(Button.class).withId("rebuild-index").exists()).isFalse();
    }
}
