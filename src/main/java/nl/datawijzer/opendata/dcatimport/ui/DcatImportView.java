package nl.datawijzer.opendata.dcatimport.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
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
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.UploadHandler;
import jakarta.annotation.security.RolesAllowed;
import java.io.ByteArrayInputStream;
import java.util.Comparator;
import java.util.List;
import nl.datawijzer.catalog.AgentService;
import nl.datawijzer.catalog.AgentSummary;
import nl.datawijzer.catalog.PageRequest;
import nl.datawijzer.catalog.SystemFilter;
import nl.datawijzer.catalog.SystemService;
import nl.datawijzer.catalog.SystemSummary;
import nl.datawijzer.opendata.dcatimport.DcatDocument;
import nl.datawijzer.opendata.dcatimport.DcatImportRefusedException;
import nl.datawijzer.opendata.dcatimport.DcatImportReport;
import nl.datawijzer.opendata.dcatimport.DcatImportReport.DatasetOutcome;
import nl.datawijzer.opendata.dcatimport.DcatImportReport.Outcome;
import nl.datawijzer.opendata.dcatimport.DcatImportService;
import nl.datawijzer.opendata.dcatimport.ImportTarget;
import nl.datawijzer.security.Role;
import nl.datawijzer.ui.BackgroundWork;
import nl.datawijzer.ui.MainLayout;
import org.jspecify.annotations.Nullable;

/**
 * The administrator registers the datasets of an external open source from a DCAT document: upload a file or fetch
 * one from an allowed address, pick the system (and the owner and steward new datasets get), check the preview, then
 * import. "Importeren" is enabled only when the preview refuses nothing; the import applies the very document that
 * was previewed, all at once.
 */
@Route(value = DcatImportView.ROUTE, layout = MainLayout.class)
@RolesAllowed(Role.ADMIN_NAME)
public class DcatImportView extends VerticalLayout implements HasDynamicTitle {

    public static final String ROUTE = "beheer/dcat-import";
    static final int POLL_MILLIS = 300;

    private final DcatImportService imports;
    private final ComboBox<SystemSummary> system = new ComboBox<>();
    private final ComboBox<AgentSummary> owner = new ComboBox<>();
    private final ComboBox<AgentSummary> steward = new ComboBox<>();
    private final TextField address = new TextField();
    private final Button fetch = new Button();
    private final ProgressBar progress = new ProgressBar();
    private final Span document = new Span();
    private final Button check = new Button();
    private final Grid<DatasetOutcome> report = new Grid<>();
    private final Span summary = new Span();
    private final Button apply = new Button();
    private @Nullable DcatDocument loaded;
    private @Nullable ImportTarget previewed;

    public DcatImportView(DcatImportService imports, SystemService systems, AgentService agents) {
        this.imports = imports;
        setMaxWidth("80rem");
        add(new H1(getTranslation("dcatimport.title")), new Paragraph(getTranslation("dcatimport.intro")));

        List<SystemSummary> systemList = systems.list(SystemFilter.NONE, new PageRequest(0, PageRequest.MAX_LIMIT, "title", false))
                .items().stream().sorted(Comparator.comparing((SystemSummary s) -> !s.external())
                        .thenComparing(SystemSummary::title)).toList();
        system.setId("dcat-import-system");
        system.setLabel(getTranslation("dcatimport.system"));
        system.setHelperText(getTranslation("dcatimport.system.help"));
        system.setItems(systemList);
        system.setItemLabelGenerator(s -> s.title() + (s.external() ? " (" + getTranslation("dcatimport.external") + ")" : ""));
        List<AgentSummary> agentList = agents.list("", new PageRequest(0, PageRequest.MAX_LIMIT, "name", false)).items();
        for (ComboBox<AgentSummary> agent : List.of(owner, steward)) {
            agent.setItems(agentList);
            agent.setItemLabelGenerator(AgentSummary::name);
        }
        owner.setId("dcat-import-owner");
        owner.setLabel(getTranslation("dcatimport.owner"));
        steward.setId("dcat-import-steward");
        steward.setLabel(getTranslation("dcatimport.steward"));
        system.addValueChangeListener(e -> invalidate());
        owner.addValueChangeListener(e -> invalidate());
        steward.addValueChangeListener(e -> invalidate());
        FormLayout target = new FormLayout(system, owner, steward);
        target.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("40em", 3));

        Upload upload = new Upload();
        upload.setId("dcat-import-upload");
        upload.setMaxFiles(1);
        upload.setMaxFileSize((int) Math.min(Integer.MAX_VALUE, imports.maxSize()));
        upload.setAcceptedFileTypes(".ttl", ".jsonld", ".json", ".rdf", ".xml", "text/turtle", "application/ld+json",
                "application/rdf+xml");
        upload.setUploadHandler(UploadHandler.inMemory((metadata, bytes) -> {
            read(() -> imports.upload(metadata.fileName(), metadata.contentType(), new ByteArrayInputStream(bytes)));
            upload.clearFileList();
        }));
        upload.addFileRejectedListener(e -> error(getTranslation("dcatimport.rejected", e.getErrorMessage())));

        List<String> allowList = imports.allowList();
        address.setId("dcat-import-url");
        address.setLabel(getTranslation("dcatimport.url"));
        address.setWidth("40rem");
        address.setPlaceholder("https://");
        address.setHelperText(allowList.isEmpty() ? getTranslation("dcatimport.url.off")
                : getTranslation("dcatimport.url.allowed", String.join(", ", allowList)));
        address.setEnabled(!allowList.isEmpty());
        fetch.setText(getTranslation("dcatimport.fetch"));
        fetch.setId("dcat-import-fetch");
        fetch.setIcon(VaadinIcon.DOWNLOAD.create());
        fetch.setEnabled(!allowList.isEmpty());
        fetch.addClickListener(e -> startFetch());
        progress.setIndeterminate(true);
        progress.setVisible(false);
        progress.setWidth("16rem");
        progress.getElement().setAttribute("aria-label", getTranslation("dcatimport.fetching"));
        HorizontalLayout fetchRow = new HorizontalLayout(address, fetch);
        fetchRow.setDefaultVerticalComponentAlignment(Alignment.BASELINE);

        document.setId("dcat-import-document");
        document.getElement().setAttribute("aria-live", "polite");
        check.setText(getTranslation("dcatimport.check"));
        check.setId("dcat-import-check");
        check.setEnabled(false);
        check.addClickListener(e -> preview());

        report.setId("dcat-import-report");
        report.addColumn(DatasetOutcome::identifier).setHeader(getTranslation("dcatimport.report.identifier"))
                .setAutoWidth(true).setFlexGrow(0);
        report.addColumn(DatasetOutcome::title).setHeader(getTranslation("dcatimport.report.title")).setFlexGrow(2);
        report.addColumn(o -> getTranslation("dcatimport.outcome." + o.outcome().name()))
                .setHeader(getTranslation("dcatimport.report.outcome")).setAutoWidth(true).setFlexGrow(0);
        report.addColumn(o -> String.join("; ", o.outcome() == Outcome.REFUSED ? o.reasons() : o.changed()))
                .setHeader(getTranslation("dcatimport.report.details")).setFlexGrow(3);
        report.setAllRowsVisible(true);
        report.setVisible(false);
        summary.setId("dcat-import-summary");
        summary.getElement().setAttribute("aria-live", "polite");
        apply.setText(getTranslation("dcatimport.apply"));
        apply.setId("dcat-import-apply");
        apply.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        apply.setEnabled(false);
        apply.addClickListener(e -> apply());

        add(new H2(getTranslation("dcatimport.step.target")), target,
                new H2(getTranslation("dcatimport.step.document")), upload, fetchRow, progress, document,
                new H2(getTranslation("dcatimport.step.preview")), check, summary, report, apply);
    }

    private void read(java.util.function.Supplier<DcatDocument> reading) {
        try {
            loaded = reading.get();
            document.setText(getTranslation("dcatimport.document", loaded.origin(), loaded.size()));
            invalidate();
        } catch (DcatImportRefusedException e) {
            loaded = null;
            document.setText("");
            invalidate();
            error(e.getMessage());
        }
    }

    private void startFetch() {
        UI ui = UI.getCurrent();
        String url = address.getValue();
        fetch.setEnabled(false);
        progress.setVisible(true);
        document.setText(getTranslation("dcatimport.fetching"));
        ui.setPollInterval(POLL_MILLIS);
        BackgroundWork.start("dcat-import-ophalen", () -> {
            DcatDocument fetched = null;
            RuntimeException failure = null;
            try {
                fetched = imports.fetch(url);
            } catch (RuntimeException e) {
                failure = e;
            }
            DcatDocument result = fetched;
            RuntimeException problem = failure;
            BackgroundWork.update(ui, () -> {
                ui.setPollInterval(-1);
                progress.setVisible(false);
                fetch.setEnabled(true);
                if (problem == null && result != null) {
                    read(() -> result);
                } else {
                    read(() -> {
                        throw problem instanceof DcatImportRefusedException refused ? refused
                                : new DcatImportRefusedException(getTranslation("dcatimport.fetch.failed"));
                    });
                }
            });
        });
    }

    private @Nullable ImportTarget target() {
        if (system.getValue() == null || owner.getValue() == null || steward.getValue() == null) {
            return null;
        }
        return new ImportTarget(system.getValue().id(), owner.getValue().id(), steward.getValue().id());
    }

    /** A change of document or target makes the last preview stale: check again before importing. */
    private void invalidate() {
        previewed = null;
        apply.setEnabled(false);
        report.setVisible(false);
        summary.setText("");
        check.setEnabled(loaded != null && target() != null);
    }

    private void preview() {
        ImportTarget target = target();
        if (loaded == null || target == null) {
            return;
        }
        try {
            show(imports.preview(loaded, target));
            previewed = target;
        } catch (DcatImportRefusedException e) {
            error(e.getMessage());
        }
    }

    private void show(DcatImportReport result) {
        report.setItems(result.datasets());
        report.setVisible(true);
        summary.setText(getTranslation(result.applied() ? "dcatimport.summary.applied" : "dcatimport.summary",
                result.count(Outcome.ADDED), result.count(Outcome.UPDATED), result.count(Outcome.UNCHANGED),
                result.count(Outcome.REFUSED)));
        apply.setEnabled(!result.applied() && !result.hasRefusals());
    }

    private void apply() {
        ImportTarget target = target();
        if (loaded == null || target == null || !target.equals(previewed)) {
            return;
        }
        try {
            DcatImportReport result = imports.apply(loaded, target);
            show(result);
            if (result.applied()) {
                Notification n = Notification.show(getTranslation("dcatimport.done", result.count(Outcome.ADDED),
                        result.count(Outcome.UPDATED)), 6000, Notification.Position.BOTTOM_START);
                n.addThemeVariants(NotificationVariant.LUMO_SUCCESS);
                n.setId("dcat-import-done");
            } else {
                error(getTranslation("dcatimport.refused"));
            }
        } catch (DcatImportRefusedException e) {
            error(e.getMessage());
        }
    }

    private void error(String message) {
        Notification n = Notification.show(message, 10_000, Notification.Position.BOTTOM_START);
        n.addThemeVariants(NotificationVariant.LUMO_ERROR);
        n.setId("dcat-import-error");
    }

    @Override
    public String getPageTitle() {
        return getTranslation("dcatimport.title") + " — Datawijzer";
    }
}
