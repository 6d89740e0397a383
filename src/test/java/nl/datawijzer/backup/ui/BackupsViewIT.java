package nl.datawijzer.backup.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.browserless.internal.MockVaadin;
import com.vaadin.flow.component.ClickEvent;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.sidenav.SideNavItem;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.UUID;
import nl.datawijzer.backup.Backup;
import nl.datawijzer.backup.BackupService;
import nl.datawijzer.privacy.SecurityHolderIsolation;
import nl.datawijzer.rdf.RdfStore;
import nl.datawijzer.ui.HomeView;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The backups page without a browser, in a data folder of its own (a restore replaces the whole store): make a backup
 * with progress, restore one only after a dialog that says what will happen, a broken upload refused in plain Dutch
 * with nothing replaced, and nobody but the admin on the page.
 */
@SpringBootTest(properties = {"datawijzer.quality.startup-runs=false", "datawijzer.quality.schedule-enabled=false"})
@ExtendWith(SecurityHolderIsolation.class)
@ViewPackages(packages = "nl.datawijzer")
class BackupsViewIT extends SpringBrowserlessTest {

    private static final Path DATA = Path.of("target/test-data/backups-view-" + UUID.randomUUID());

    @Autowired BackupService backups;
    @Autowired RdfStore store;

    @DynamicPropertySource
    static void dataDir(DynamicPropertyRegistry registry) {
        registry.add("datawijzer.store.data-dir", DATA::toString);
    }

    @Test
    @WithMockUser(roles = {"MEDEWERKER", "ADMIN"})
    void adminMakesABackupNowAndSeesItListedWithItsCountsAndADownload() throws InterruptedException {
        navigate(BackupsView.class);
        Button create = $(Button.class).id("backup-create");
        assertThat(create.getText()).isEqualTo("Nu back-up maken");
        int before = backups.list().size();

        test(create).click();
        assertThat(UI.getCurrent().getPollInterval()).isEqualTo(BackupsView.POLL_MILLIS);
        awaitDone(create);

        assertThat(test($(Notification.class).id("backup-done")).getText()).startsWith("Back-up datawijzer-")
                .contains(" gemaakt: ");
        Backup made = backups.list().getFirst();
        assertThat(backups.list()).hasSize(before + 1);
        @SuppressWarnings("unchecked")
        Grid<Backup> grid = $(Grid.class).id("backups-grid");
        assertThat(test(grid).size()).isEqualTo(before + 1);
        assertThat(test(grid).getCellText(0, 0)).isEqualTo(made.name());
        assertThat(test(grid).getCellText(0, 3)).isNotBlank().isNotEqualTo("onvolledig");
        Anchor download = (Anchor) action(grid, 0, "download-" + made.name());
        assertThat(download.getText()).isEqualTo("Downloaden");
        assertThat(download.getHref()).isNotBlank();
    }

    @Test
    @WithMockUser(roles = {"MEDEWERKER", "ADMIN"})
    void aRestoreAsksFirstSaysWhatWillHappenAndRunsOnlyWhenConfirmed() throws InterruptedException {
        Backup backup = backups.create();
        navigate(BackupsView.class);
        long revision = store.revision();

        @SuppressWarnings("unchecked")
        Grid<Backup> grid = $(Grid.class).id("backups-grid");
        click(action(grid, 0, "restore-" + backup.name()));
        ConfirmDialog dialog = $(ConfirmDialog.class).id("restore-confirm");
        assertThat(test(dialog).getHeader()).isEqualTo("Back-up " + backup.name() + " terugzetten?");
        assertThat(test(dialog).getText()).contains("De hele catalogus wordt vervangen")
                .contains("is het niet volledig, dan wordt niets vervangen")
                .contains("automatisch een back-up van de huidige stand");
        test(dialog).cancel();
        assertThat(store.revision()).as("cancelled: nothing happened").isEqualTo(revision);

        click(action(grid, 0, "restore-" + backup.name()));
        test($(ConfirmDialog.class).id("restore-confirm")).confirm();
        awaitDone($(Button.class).id("backup-create"));

        assertThat(test($(Notification.class).id("backup-done")).getText())
                .startsWith(backup.name() + " is teruggezet: ").contains("De vorige stand staat in back-up");
        assertThat(store.revision()).isGreaterThan(revision);
    }

    @Test
    @WithMockUser(roles = {"MEDEWERKER", "ADMIN"})
    void aBrokenUploadIsRefusedInPlainDutchAndNothingIsReplaced() throws Exception {
        BackupsView view = navigate(BackupsView.class);
        long revision = store.revision();
        int listed = backups.list().size();
        Path upload = Files.createTempFile("upload", ".trig.gz");
        Files.write(upload, new byte[] {0x1f, (byte) 0x8b, 8, 0, 0, 0, 0, 0, 0, 3, 1, 2, 3});

        view.uploaded("kapot.trig.gz", upload);
        test($(ConfirmDialog.class).id("restore-confirm")).confirm();
        awaitDone($(Button.class).id("backup-create"));

        String error = test($(Notification.class).id("backup-failed")).getText();
        assertThat(error).startsWith("Dit bestand is geen volledige Datawijzer-back-up: ").endsWith("Er is niets vervangen.");
        assertThat($(Span.class).id("backup-status").getText()).isEqualTo(error);
        assertThat(store.revision()).isEqualTo(revision);
        assertThat(backups.list()).hasSize(listed);
        assertThat(upload).doesNotExist();
    }

    @Test
    @WithMockUser(roles = {"MEDEWERKER", "ADMIN"})
    void adminFindsThePageInTheMenu() {
        navigate(HomeView.class);
        assertThat($(SideNavItem.class).all()).extracting(SideNavItem::getLabel).contains("Back-ups");
    }

    @Test
    @WithMockUser(roles = {"MEDEWERKER", "BEHEERDER", "FG"})
    void nobodyButTheAdminCanOpenThePage() {
        navigate(HomeView.class);
        assertThat($(SideNavItem.class).all()).extracting(SideNavItem::getLabel).doesNotContain("Back-ups");

        UI.getCurrent().navigate(BackupsView.ROUTE);

        assertThat(getCurrentView()).isNotInstanceOf(BackupsView.class);
        assertThat($(Button.class).withId("backup-create").exists()).isFalse();
    }

    /** A component of a row's actions cell (grid cells are rendered on demand, so they are not in the page's tree). */
    private Component action(Grid<Backup> grid, int row, String id) {
        Component cell = test(grid).getCellComponent(row, 5);
        return cell.getChildren().filter(c -> c.getId().filter(id::equals).isPresent()).findFirst().orElseThrow();
    }

    private static void click(Component button) {
        ComponentUtil.fireEvent(button, new ClickEvent<>(button));
    }

    private static void awaitDone(Button create) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofMinutes(2).toNanos();
        do {
            Thread.sleep(50);
            // What a poll from the browser does: run the background thread's queued UI updates.
            MockVaadin.runUIQueue();
        } while (!create.isEnabled() && System.nanoTime() < deadline);
        assertThat(create.isEnabled()).as("finished within two minutes").isTrue();
    }
}
