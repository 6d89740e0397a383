package nl.datawijzer.opendata.hosting.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.server.streams.UploadHandler;
import java.io.InputStream;
import java.util.List;
import java.util.Locale;
import nl.datawijzer.catalog.DatasetId;
import nl.datawijzer.catalog.Label;
import nl.datawijzer.catalog.ValueList;
import nl.datawijzer.catalog.ValueListService;
import nl.datawijzer.opendata.hosting.HostedFile;
import nl.datawijzer.opendata.hosting.HostedFileService;
import nl.datawijzer.opendata.hosting.UploadRefusedException;
import nl.datawijzer.rdf.WriteRefusedException;

/**
 * "Bestanden" on a dataset page: the files the municipality hosts for the dataset, and for stewards an upload (CSV,
 * XLSX, JSON up to the limit) that becomes a distribution with size, type and SHA-256. Its own component, so the
 * dataset page only adds it.
 */
public class HostedFilesSection extends Composite<Div> {

    static final String CC0 = "http://publications.europa.eu/resource/authority/licence/CC0";

    private final HostedFileService hosting;
    private final DatasetId dataset;
    private final boolean steward;
    private final Grid<HostedFile> grid = new Grid<>(HostedFile.class, false);
    private final Paragraph result = new Paragraph();

    public HostedFilesSection(HostedFileService hosting, ValueListService values, DatasetId dataset, boolean steward) {
        this.hosting = hosting;
        this.dataset = dataset;
        this.steward = steward;
        Div root = getContent();
        root.setId("hosted-files");
        root.setWidthFull();
        root.add(new H2(getTranslation("hosting.title")));
        configureGrid();
        root.add(grid);
        if (steward) {
            root.add(uploadForm(values));
        }
        refresh();
    }

    private void configureGrid() {
        grid.setId("hosted-files-grid");
        grid.addThemeVariants(GridVariant.LUMO_COMPACT);
        grid.setAllRowsVisible(true);
        grid.addColumn(HostedFile::title).setHeader(getTranslation("hosting.column.title")).setFlexGrow(2);
        grid.addComponentColumn(file -> {
            Anchor link = new Anchor(file.downloadUrl(), file.fileName());
            link.getElement().setAttribute("download", true);
            return link;
        }).setHeader(getTranslation("hosting.column.file")).setFlexGrow(2);
        grid.addColumn(file -> file.type().name()).setHeader(getTranslation("hosting.column.type")).setAutoWidth(true);
        grid.addColumn(file -> size(file.byteSize(), getLocale())).setHeader(getTranslation("hosting.column.size"))
                .setAutoWidth(true);
        grid.addComponentColumn(file -> {
            Span sha = new Span(file.shortSha256() + "…");
            sha.getElement().setAttribute("title", file.sha256());
            sha.getElement().setAttribute("aria-label", "SHA-256 " + file.sha256());
            sha.addClassName("dw-mono");
            return sha;
        }).setHeader("SHA-256").setAutoWidth(true);
        if (steward) {
            grid.addComponentColumn(file -> {
                Button remove = new Button(VaadinIcon.TRASH.create(), e -> remove(file));
                remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
                remove.setAriaLabel(getTranslation("hosting.remove", file.fileName()));
                remove.setTooltipText(getTranslation("hosting.remove", file.fileName()));
                return remove;
            }).setAutoWidth(true).setFlexGrow(0);
        }
    }

    private Div uploadForm(ValueListService values) {
        Div form = new Div();
        form.setId("hosted-upload-form");
        Paragraph intro = new Paragraph(getTranslation("hosting.intro", size(hosting.maxUploadBytes(), getLocale())));
        intro.setId("hosted-upload-intro");
        TextField title = new TextField(getTranslation("hosting.field.title"));
        title.setId("hosted-upload-title");
        title.setMaxLength(200);
        title.setHelperText(getTranslation("hosting.field.title.help"));
        Select<Label> licence = new Select<>();
        licence.setId("hosted-upload-licence");
        licence.setLabel(getTranslation("hosting.field.licence"));
        List<Label> options = values.options(ValueList.LICENCE);
        licence.setItems(options);
        licence.setItemLabelGenerator(Label::label);
        options.stream().filter(l -> l.iri().equals(CC0)).findFirst().or(() -> options.stream().findFirst())
                .ifPresent(licence::setValue);
        HorizontalLayout fields = new HorizontalLayout(title, licence);
        fields.setWrap(true);

        Upload upload = new Upload();
        upload.setId("hosted-upload");
        upload.setMaxFiles(1);
        upload.setMaxFileSize((int) Math.min(Integer.MAX_VALUE, hosting.maxUploadBytes()));
        upload.setAcceptedFileTypes(".csv", ".xlsx", ".json", "text/csv",
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "application/json");
        upload.addFileRejectedListener(e -> show(getTranslation("hosting.rejected", e.getErrorMessage(),
                hosting.allowedNl()), false));
        upload.setUploadHandler((UploadHandler) event -> {
            UI ui = event.getUI();
            String titleText = title.getValue();
            String licenceIri = licence.getValue() == null ? CC0 : licence.getValue().iri();
            String message;
            boolean ok;
            // Streams straight into the store; the service stops reading past the limit, whatever the browser sent.
            try (InputStream in = event.getInputStream()) {
                HostedFile file = hosting.upload(dataset, titleText, event.getFileName(), in, licenceIri);
                message = getTranslation("hosting.done", file.fileName(), size(file.byteSize(), getLocale()),
                        file.type().name(), file.shortSha256());
                ok = true;
            } catch (UploadRefusedException e) {
                message = e.message(getLocale());
                ok = false;
            } catch (WriteRefusedException e) {
                message = e.violations().stream().map(v -> v.message(getLocale())).distinct()
                        .reduce((a, b) -> a + " " + b).orElse(e.getMessage());
                ok = false;
            }
            String text = message;
            boolean success = ok;
            com.vaadin.flow.server.Command update = () -> {
                show(text, success);
                upload.clearFileList();
                if (success) {
                    title.clear();
                    refresh();
                }
            };
            // Uploads normally arrive outside the session lock; when the caller already holds it, update directly.
            if (ui.getSession().hasLock()) {
                update.execute();
            } else {
                ui.access(update);
            }
        });
        form.add(intro, fields, upload, result);
        result.setId("hosted-upload-result");
        result.setVisible(false);
        result.getElement().setAttribute("role", "status");
        return form;
    }

    private void remove(HostedFile file) {
        hosting.remove(dataset, file.distributionSlug());
        show(getTranslation("hosting.removed", file.fileName()), true);
        refresh();
    }

    private void refresh() {
        List<HostedFile> files = hosting.list(dataset);
        grid.setItems(files);
        grid.setVisible(!files.isEmpty());
    }

    private void show(String text, boolean ok) {
        result.setText(text);
        result.setVisible(true);
        result.getStyle().set("color", ok ? "var(--lumo-success-text-color)" : "var(--lumo-error-text-color)");
        Notification.show(text, ok ? 6000 : 10_000, Notification.Position.BOTTOM_START)
                .addThemeVariants(ok ? NotificationVariant.LUMO_SUCCESS : NotificationVariant.LUMO_ERROR);
    }

    static String size(long bytes, Locale locale) {
        if (bytes >= 1024 * 1024) {
            return String.format(locale, "%.1f MB", bytes / (1024.0 * 1024.0));
        }
        if (bytes >= 1024) {
            return String.format(locale, "%.1f kB", bytes / 1024.0);
        }
        return bytes + " bytes";
    }
}
