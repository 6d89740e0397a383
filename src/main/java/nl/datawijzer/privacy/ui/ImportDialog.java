package nl.datawijzer.privacy.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.server.streams.UploadHandler;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import nl.datawijzer.privacy.ColumnMapping;
import nl.datawijzer.privacy.ProcessingRegisterService;
import nl.datawijzer.privacy.RegisterColumn;
import nl.datawijzer.privacy.RegisterFileException;
import nl.datawijzer.privacy.RegisterImportRefusedException;
import nl.datawijzer.privacy.RegisterImportReport;
import nl.datawijzer.privacy.RegisterTable;
import nl.datawijzer.rdf.WriteRefusedException;
import org.jspecify.annotations.Nullable;

/**
 * Imports a register file in three steps: upload (CSV or XLSX), map every column to a property of the register (a
 * mapping from the headers is proposed), and check: the dry run shows per row new / changed / unchanged / error with
 * line and column. Only a check without errors enables the import, which saves all rows at once or none.
 */
class ImportDialog extends Dialog {

    private final ProcessingRegisterService register;
    private final Runnable onImported;
    private final Paragraph status = new Paragraph();
    private final FormLayout mappingLayout = new FormLayout();
    private final H3 mappingTitle = new H3();
    private final List<Select<RegisterColumn>> targets = new ArrayList<>();
    final Grid<RegisterImportReport.RowResult> report = new Grid<>();
    final Paragraph summary = new Paragraph();
    final Button check = new Button();
    final Button apply = new Button();
    private @Nullable RegisterTable table;
    private @Nullable RegisterImportReport checked;

    ImportDialog(ProcessingRegisterService register, Runnable onImported) {
        this.register = register;
        this.onImported = onImported;
        setId("register-import-dialog");
        setHeaderTitle(getTranslation("register.import.title"));
        setWidth("min(72rem, 96vw)");

        Upload upload = new Upload();
        upload.setId("register-upload");
        upload.setMaxFiles(1);
        upload.setMaxFileSize(ProcessingRegisterService.MAX_IMPORT_BYTES);
        upload.setAcceptedFileTypes(".csv", ".xlsx", "text/csv",
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        upload.setUploadHandler(UploadHandler.inMemory((metadata, bytes) -> {
            load(bytes, metadata.fileName());
            upload.clearFileList();
        }));
        upload.addFileRejectedListener(e -> error(getTranslation("register.import.rejected", e.getErrorMessage())));
        status.setId("register-import-status");
        status.setVisible(false);
        mappingLayout.setId("register-mapping");
        mappingLayout.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("30em", 2),
                new FormLayout.ResponsiveStep("50em", 3));
        mappingTitle.setText(getTranslation("register.import.mapping"));
        mappingTitle.setVisible(false);
        mappingLayout.setVisible(false);

        report.setId("register-report");
        report.addColumn(RegisterImportReport.RowResult::line).setHeader(getTranslation("register.report.line"))
                .setAutoWidth(true).setFlexGrow(0);
        report.addColumn(RegisterImportReport.RowResult::title).setHeader(getTranslation("register.report.title"))
                .setFlexGrow(2);
        report.addColumn(r -> getTranslation("register.outcome." + r.outcome().name()))
                .setHeader(getTranslation("register.report.outcome")).setAutoWidth(true).setFlexGrow(0);
        report.addColumn(r -> r.problems().stream().map(p -> p.message(getLocale())).collect(Collectors.joining(" ")))
                .setHeader(getTranslation("register.report.problems")).setFlexGrow(4);
        report.setPartNameGenerator(r -> r.outcome() == RegisterImportReport.Outcome.ERROR ? "dw-alert" : null);
        report.setAllRowsVisible(true);
        report.setVisible(false);
        summary.setId("register-import-summary");
        summary.setVisible(false);

        check.setText(getTranslation("register.import.check"));
        check.setId("register-import-check");
        check.setEnabled(false);
        check.addClickListener(e -> check());
        apply.setText(getTranslation("register.import.apply"));
        apply.setId("register-import-apply");
        apply.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        apply.setEnabled(false);
        apply.addClickListener(e -> apply());
        Button cancel = new Button(getTranslation("register.cancel"), e -> close());

        add(new Paragraph(getTranslation("register.import.intro")), upload, status, mappingTitle, mappingLayout, summary,
                report);
        getFooter().add(cancel, check, apply);
    }

    /** Reads an uploaded file and proposes a mapping from its headers. */
    void load(byte[] bytes, String fileName) {
        table = null;
        checked = null;
        apply.setEnabled(false);
        report.setVisible(false);
        summary.setVisible(false);
        try {
            table = register.read(bytes, fileName);
        } catch (RegisterFileException invalid) {
            error(getTranslation("register.import.invalid", invalid.message(getLocale())));
            mappingLayout.setVisible(false);
            mappingTitle.setVisible(false);
            check.setEnabled(false);
            return;
        }
        status.setText(getTranslation("register.import.read", table.rows().size(), fileName));
        status.removeClassName("dw-error");
        status.setVisible(true);
        ColumnMapping proposed = ColumnMapping.byHeaders(table.headers());
        targets.clear();
        mappingLayout.removeAll();
        List<RegisterColumn> importable = Arrays.stream(RegisterColumn.values()).filter(RegisterColumn::importable).toList();
        for (int c = 0; c < table.headers().size(); c++) {
            Select<RegisterColumn> target = new Select<>();
            target.setId("register-map-" + c);
            target.setLabel(table.headers().get(c).isBlank() ? String.valueOf(c + 1) : table.headers().get(c));
            target.setEmptySelectionAllowed(true);
            target.setEmptySelectionCaption(getTranslation("register.import.skip"));
            target.setItems(importable);
            target.setItemLabelGenerator(col -> col == null ? getTranslation("register.import.skip") : col.header(getLocale()));
            target.setValue(proposed.target(c));
            target.addValueChangeListener(e -> {
                checked = null;
                apply.setEnabled(false);
            });
            targets.add(target);
            mappingLayout.add(target);
        }
        mappingLayout.setVisible(true);
        mappingTitle.setVisible(true);
        check.setEnabled(true);
    }

    ColumnMapping mapping() {
        List<@Nullable RegisterColumn> chosen = new ArrayList<>();
        targets.forEach(t -> chosen.add(t.getValue()));
        return new ColumnMapping(chosen);
    }

    /** The dry run: nothing is written. */
    void check() {
        if (table == null) {
            return;
        }
        try {
            show(register.dryRun(table, mapping()));
        } catch (IllegalArgumentException invalid) {
            error(String.valueOf(invalid.getMessage()));
        }
    }

    void apply() {
        if (table == null || checked == null || checked.hasErrors()) {
            return;
        }
        try {
            RegisterImportReport done = register.apply(table, mapping());
            Notification.show(getTranslation("register.import.done", done.count(RegisterImportReport.Outcome.NEW),
                    done.count(RegisterImportReport.Outcome.CHANGED)), 6000, Notification.Position.BOTTOM_START)
                    .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            close();
            onImported.run();
        } catch (RegisterImportRefusedException refused) {
            show(refused.report());
            error(getTranslation("register.import.refused"));
        } catch (WriteRefusedException refusal) {
            error(refusal.violations().stream().map(v -> v.message(getLocale())).distinct().collect(Collectors.joining(" ")));
        }
    }

    private void show(RegisterImportReport result) {
        checked = result;
        report.setItems(result.rows());
        report.setVisible(true);
        summary.setText(getTranslation("register.import.summary", result.count(RegisterImportReport.Outcome.NEW),
                result.count(RegisterImportReport.Outcome.CHANGED), result.count(RegisterImportReport.Outcome.UNCHANGED),
                result.count(RegisterImportReport.Outcome.ERROR)));
        summary.setVisible(true);
        apply.setEnabled(!result.hasErrors()
                && result.count(RegisterImportReport.Outcome.NEW) + result.count(RegisterImportReport.Outcome.CHANGED) > 0);
    }

    private void error(String message) {
        status.setText(message);
        status.addClassName("dw-error");
        status.setVisible(true);
        Notification.show(message, 10_000, Notification.Position.MIDDLE).addThemeVariants(NotificationVariant.LUMO_ERROR);
    }
}
