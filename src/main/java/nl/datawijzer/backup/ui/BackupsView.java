package nl.datawijzer.backup.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.UploadHandler;
import jakarta.annotation.security.RolesAllowed;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.NumberFormat;
import java.time.Instant;
import java.time.format.FormatStyle;
import java.util.function.Supplier;
import nl.datawijzer.backup.Backup;
import nl.datawijzer.backup.BackupService;
import nl.datawijzer.backup.RestoreResult;
import nl.datawijzer.security.Role;
import nl.datawijzer.ui.BackgroundWork;
import nl.datawijzer.ui.MainLayout;
import nl.datawijzer.ui.Moments;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The admin's backups: the list (newest first, with size, moment and counts), a backup now, download, restore of a
 * listed backup or of an uploaded file. A restore always asks first and says what will happen; it runs in the
 * background under the admin's own sign-in (the service checks the role again) while the page polls for the result.
 */
@Route(value = BackupsView.ROUTE, layout = MainLayout.class)
@RolesAllowed(Role.ADMIN_NAME)
public class BackupsView extends VerticalLayout implements HasDynamicTitle {

    public static final String ROUTE = "beheer/back-ups";
    static final int POLL_MILLIS = 500;

    private static final Logger log = LoggerFactory.getLogger(BackupsView.class);

    private final BackupService backups;
    private final Button create = new Button();
    private final ProgressBar progress = new ProgressBar();
    private final Span status = new Span();
    private final Grid<Backup> grid = new Grid<>(Backup.class, false);
    private final Upload upload = new Upload();
    private boolean busy;

    public BackupsView(BackupService backups) {
        this.backups = backups;
        setMaxWidth("80rem");
        add(new H1(getTranslation("backup.title")), new Paragraph(getTranslation("backup.intro")));

        create.setText(getTranslation("backup.create"));
        create.setId("backup-create");
        create.setIcon(VaadinIcon.ARCHIVE.create());
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        create.addClickListener(e -> createNow());
        progress.setId("backup-progress");
        progress.setIndeterminate(true);
        progress.setWidth("16rem");
        progress.setVisible(false);
        progress.getElement().setAttribute("aria-label", getTranslation("backup.busy"));
        status.setId("backup-status");
        status.getElement().setAttribute("aria-live", "polite");
        HorizontalLayout actions = new HorizontalLayout(create, progress);
        actions.setDefaultVerticalComponentAlignment(Alignment.CENTER);
        add(actions, status);

        grid.setId("backups-grid");
        grid.addColumn(Backup::name).setHeader(getTranslation("backup.column.name")).setAutoWidth(true);
        grid.addColumn(b -> moment(b.created() != null ? b.created() : b.modified()))
                .setHeader(getTranslation("backup.column.created")).setAutoWidth(true);
        grid.addColumn(b -> size(b.size())).setHeader(getTranslation("backup.column.size")).setAutoWidth(true);
        grid.addColumn(b -> b.readable() ? number(b.graphs()) : getTranslation("backup.unreadable"))
                .setHeader(getTranslation("backup.column.graphs")).setAutoWidth(true);
        grid.addColumn(b -> b.readable() ? number(b.triples()) : "")
                .setHeader(getTranslation("backup.column.triples")).setAutoWidth(true);
        grid.addComponentColumn(this::rowActions).setHeader(getTranslation("backup.column.actions")).setAutoWidth(true);
        grid.setAllRowsVisible(true);
        add(grid);

        add(new H2(getTranslation("backup.upload.title")), new Paragraph(getTranslation("backup.upload.intro",
                size(backups.maxUploadBytes()))));
        upload.setId("backup-upload");
        upload.setMaxFiles(1);
        upload.setMaxFileSize((int) Math.min(Integer.MAX_VALUE, backups.maxUploadBytes()));
        upload.setAcceptedFileTypes(".gz", "application/gzip");
        upload.setUploadHandler(UploadHandler.toTempFile((metadata, file) -> {
            upload.clearFileList();
            uploaded(metadata.fileName(), file.toPath());
        }));
        upload.addFileRejectedListener(e -> error(getTranslation("backup.upload.rejected", e.getErrorMessage())));
        add(upload);
        refresh();
    }

    private HorizontalLayout rowActions(Backup backup) {
        Anchor download = new Anchor(DownloadHandler.forFile(backups.file(backup.name())
                .orElseThrow().toFile(), backup.name()), getTranslation("backup.download"));
        download.setId("download-" + backup.name());
        download.getElement().setAttribute("download", true);
        Button restore = new Button(getTranslation("backup.restore"), VaadinIcon.TIME_BACKWARD.create());
        restore.setId("restore-" + backup.name());
        restore.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_ERROR);
        restore.setEnabled(backup.readable());
        restore.addClickListener(e -> confirm(backup.name(), () -> backups.restore(backup.name()), null));
        return new HorizontalLayout(download, restore);
    }

    /** An uploaded file: nothing happens before the admin confirms; the file is removed either way. */
    void uploaded(String fileName, Path file) {
        confirm(fileName, () -> backups.restoreUpload(file), file);
    }

    private void confirm(String what, Supplier<RestoreResult> restore, @Nullable Path uploadedFile) {
        ConfirmDialog dialog = new ConfirmDialog();
        dialog.setId("restore-confirm");
        dialog.setHeader(getTranslation("backup.confirm.title", what));
        dialog.setText(getTranslation("backup.confirm.text", what));
        dialog.setCancelable(true);
        dialog.setCancelText(getTranslation("backup.confirm.cancel"));
        dialog.setConfirmText(getTranslation("backup.confirm.ok"));
        dialog.setConfirmButtonTheme("error primary");
        dialog.addConfirmListener(e -> start(getTranslation("backup.restoring", what), () -> {
            RestoreResult result = restore.get();
            return () -> getTranslation("backup.restored", what, number(result.graphs()), number(result.triples()),
                    result.safetyBackup());
        }, uploadedFile));
        dialog.addCancelListener(e -> delete(uploadedFile));
        dialog.open();
    }

    private void createNow() {
        start(getTranslation("backup.creating"), () -> {
            Backup made = backups.create();
            return () -> getTranslation("backup.created", made.name(), number(made.graphs()), number(made.triples()));
        }, null);
    }

    /**
     * Runs one backup or restore in the background; the page polls until it is done. The work returns how to say what
     * it did, said on the page's thread (in the page's language).
     */
    private void start(String running, Supplier<Supplier<String>> work, @Nullable Path uploadedFile) {
        if (busy) {
            delete(uploadedFile);
            return;
        }
        busy = true;
        UI ui = UI.getCurrent();
        create.setEnabled(false);
        progress.setVisible(true);
        status.setText(running);
        ui.setPollInterval(POLL_MILLIS);
        BackgroundWork.start("back-up", () -> {
            try {
                Supplier<String> done = work.get();
                BackgroundWork.update(ui, () -> finished(done.get(), null));
            } catch (RuntimeException e) {
                log.warn("Backup or restore failed: {}", e.getMessage());
                BackgroundWork.update(ui, () -> finished(null, e));
            } finally {
                delete(uploadedFile);
            }
        });
    }

    private void finished(@Nullable String done, @Nullable RuntimeException failure) {
        getUI().ifPresent(ui -> ui.setPollInterval(-1));
        busy = false;
        create.setEnabled(true);
        progress.setVisible(false);
        refresh();
        if (failure == null) {
            status.setText(done);
            Notification shown = Notification.show(done, 6000, Notification.Position.BOTTOM_START);
            shown.addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            shown.setId("backup-done");
        } else {
            error(failure.getMessage() == null || failure.getMessage().isBlank()
                    ? getTranslation("backup.failed") : failure.getMessage());
        }
    }

    private void error(String text) {
        status.setText(text);
        Notification shown = Notification.show(text, 12_000, Notification.Position.BOTTOM_START);
        shown.addThemeVariants(NotificationVariant.LUMO_ERROR);
        shown.setId("backup-failed");
    }

    private void refresh() {
        grid.setItems(backups.list());
    }

    private static void delete(@Nullable Path file) {
        if (file != null) {
            try {
                Files.deleteIfExists(file);
            } catch (IOException e) {
                log.warn("Uploaded backup {} could not be removed", file, e);
            }
        }
    }

    private String moment(Instant instant) {
        return Moments.format(instant, getLocale(), FormatStyle.MEDIUM, FormatStyle.MEDIUM);
    }

    private String number(@Nullable Number value) {
        return value == null ? "" : NumberFormat.getIntegerInstance(getLocale()).format(value);
    }

    private String size(long bytes) {
        return String.format(getLocale(), "%.1f MB", bytes / 1_000_000.0);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("backup.title") + " — Datawijzer";
    }
}
