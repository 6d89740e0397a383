package nl.datawijzer.quality.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Code;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.datawijzer.catalog.DatasetId;
import nl.datawijzer.catalog.FieldId;
import nl.datawijzer.catalog.RecordNotFoundException;
import nl.datawijzer.quality.FieldRule;
import nl.datawijzer.quality.ProfileChoices;
import nl.datawijzer.quality.ProfileChoices.FieldOption;
import nl.datawijzer.quality.ProfileChoices.FileOption;
import nl.datawijzer.quality.ProfileSettings;
import nl.datawijzer.quality.QualityService;
import nl.datawijzer.quality.SourceChoice;
import nl.datawijzer.quality.profiling.ValueFormat;
import nl.datawijzer.rdf.WriteRefusedException;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.AccessDeniedException;

/**
 * Where a dataset is profiled from (nothing, one of its hosted files, or a table on a configured connection) and the
 * rules of each of its fields (key, value format, code list, referenced field). The service checks every choice; a
 * refusal is shown here and the form stays as it was, so nothing typed is lost.
 */
class ProfileSettingsDialog extends Dialog {

    /** The kinds of source the radio group offers. */
    enum SourceKind { NONE, FILE, DATABASE }

    /** One field's rules as the form holds them while the steward edits. */
    static final class RuleRow {
        final FieldOption field;
        boolean key;
        @Nullable ValueFormat format;
        @Nullable String valueList;
        @Nullable FieldOption reference;

        RuleRow(FieldOption field) {
            this.field = field;
        }

        FieldRule rule() {
            return new FieldRule(field.id(), key, Optional.ofNullable(format), Optional.ofNullable(valueList),
                    Optional.ofNullable(reference).map(FieldOption::id));
        }
    }

    private final QualityService quality;
    private final DatasetId dataset;
    private final Runnable onSaved;
    private final List<RuleRow> rows = new ArrayList<>();
    private final Map<String, String> lists = new LinkedHashMap<>();

    final RadioButtonGroup<SourceKind> kind = new RadioButtonGroup<>();
    final Select<FileOption> file = new Select<>();
    final Select<String> connection = new Select<>();
    final TextField table = new TextField();
    final Grid<RuleRow> fields = new Grid<>();
    private final Div error = new Div();

    ProfileSettingsDialog(QualityService quality, DatasetId dataset, String title, Runnable onSaved) {
        this.quality = quality;
        this.dataset = dataset;
        this.onSaved = onSaved;
        ProfileChoices choices = quality.choices(dataset);
        ProfileSettings current = quality.settings(dataset);
        setId("quality-settings-dialog");
        setHeaderTitle(getTranslation("qpage.settings.title", title));
        setWidth("min(80rem, 96vw)");
        choices.valueLists().forEach(l -> lists.put(l.iri(), l.label(getLocale())));

        error.setId("quality-settings-error");
        error.getElement().setAttribute("role", "alert");
        error.getStyle().set("color", "var(--lumo-error-text-color)").set("font-weight", "600");
        error.setVisible(false);
        Paragraph intro = new Paragraph(getTranslation("qpage.settings.intro"));
        add(error, intro, source(choices, current), new H3(getTranslation("qpage.settings.fields")),
                fieldGrid(choices, current));

        Button save = new Button(getTranslation("qpage.settings.save"), VaadinIcon.CHECK.create(), e -> save());
        save.setId("quality-settings-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button cancel = new Button(getTranslation("qpage.settings.cancel"), e -> close());
        cancel.setId("quality-settings-cancel");
        getFooter().add(cancel, save);
    }

    private Component source(ProfileChoices choices, ProfileSettings current) {
        kind.setId("quality-settings-kind");
        kind.setLabel(getTranslation("qpage.settings.source"));
        kind.setItems(SourceKind.values());
        kind.setItemLabelGenerator(k -> getTranslation("qpage.settings.source." + k.name()));
        file.setId("quality-settings-file");
        file.setLabel(getTranslation("qpage.settings.file"));
        file.setItems(choices.files());
        file.setItemLabelGenerator(f -> f == null ? "" : f.fileName());
        if (choices.files().isEmpty()) {
            file.setHelperText(getTranslation("qpage.settings.file.none"));
        }
        connection.setId("quality-settings-connection");
        connection.setLabel(getTranslation("qpage.settings.connection"));
        connection.setItems(choices.connections());
        if (choices.connections().isEmpty()) {
            connection.setHelperText(getTranslation("qpage.settings.connection.none"));
        }
        table.setId("quality-settings-table");
        table.setLabel(getTranslation("qpage.settings.table"));
        table.setHelperText(getTranslation("qpage.settings.table.help"));
        table.setMaxLength(200);

        SourceKind selected = SourceKind.NONE;
        if (current.source().isPresent()) {
            switch (current.source().get()) {
                case SourceChoice.HostedFile hosted -> {
                    selected = SourceKind.FILE;
                    choices.files().stream().filter(f -> f.distributionIri().equals(hosted.distributionIri()))
                            .findFirst().ifPresent(file::setValue);
                }
                case SourceChoice.DatabaseTable database -> {
                    selected = SourceKind.DATABASE;
                    if (choices.connections().contains(database.connection())) {
                        connection.setValue(database.connection());
                    }
                    table.setValue(database.table());
                }
            }
        }
        kind.addValueChangeListener(e -> enableSource());
        kind.setValue(selected);
        enableSource();
        HorizontalLayout inputs = new HorizontalLayout(file, connection, table);
        inputs.setWrap(true);
        return new Div(kind, inputs);
    }

    private void enableSource() {
        SourceKind chosen = kind.getValue();
        file.setEnabled(chosen == SourceKind.FILE);
        connection.setEnabled(chosen == SourceKind.DATABASE);
        table.setEnabled(chosen == SourceKind.DATABASE);
    }

    private Component fieldGrid(ProfileChoices choices, ProfileSettings current) {
        Map<FieldId, FieldOption> referenced = new LinkedHashMap<>();
        choices.referenced().forEach(f -> referenced.put(f.id(), f));
        Map<FieldId, FieldRule> rules = new LinkedHashMap<>();
        current.rules().forEach(r -> rules.put(r.field(), r));
        for (FieldOption option : choices.fields()) {
            RuleRow row = new RuleRow(option);
            FieldRule rule = rules.get(option.id());
            if (rule != null) {
                row.key = rule.key();
                row.format = rule.format().orElse(null);
                row.valueList = rule.valueList().orElse(null);
                row.reference = rule.references().map(referenced::get).orElse(null);
            }
            rows.add(row);
        }
        if (rows.isEmpty()) {
            Paragraph none = new Paragraph(getTranslation("qpage.settings.fields.none"));
            none.setId("quality-settings-no-fields");
            return none;
        }
        fields.setId("quality-settings-fields");
        fields.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        fields.setAllRowsVisible(true);
        fields.addColumn(new ComponentRenderer<>(ProfileSettingsDialog::fieldName)).setKey("field")
                .setHeader(getTranslation("qpage.settings.field")).setFlexGrow(2);
        fields.addColumn(new ComponentRenderer<>(this::keyBox)).setKey("key")
                .setHeader(getTranslation("qpage.settings.key")).setAutoWidth(true).setFlexGrow(0);
        fields.addColumn(new ComponentRenderer<>(this::formatSelect)).setKey("format")
                .setHeader(getTranslation("qpage.settings.format")).setFlexGrow(2);
        fields.addColumn(new ComponentRenderer<>(this::listSelect)).setKey("list")
                .setHeader(getTranslation("qpage.settings.list")).setFlexGrow(2);
        fields.addColumn(new ComponentRenderer<>(this::referenceBox)).setKey("reference")
                .setHeader(getTranslation("qpage.settings.reference")).setFlexGrow(4);
        fields.setItems(rows);
        return fields;
    }

    private static Component fieldName(RuleRow row) {
        Div cell = new Div(new Span(row.field.title()));
        Code technical = new Code(row.field.technicalName());
        technical.getStyle().set("display", "block").set("font-size", "var(--lumo-font-size-s)")
                .set("color", "var(--lumo-secondary-text-color)");
        cell.add(technical);
        return cell;
    }

    private Checkbox keyBox(RuleRow row) {
        Checkbox key = new Checkbox(row.key);
        key.setAriaLabel(getTranslation("qpage.settings.keyOf", row.field.technicalName()));
        key.addValueChangeListener(e -> row.key = Boolean.TRUE.equals(e.getValue()));
        return key;
    }

    private Select<ValueFormat> formatSelect(RuleRow row) {
        Select<ValueFormat> format = new Select<>();
        format.setAriaLabel(getTranslation("qpage.settings.format") + " " + row.field.technicalName());
        format.setEmptySelectionAllowed(true);
        format.setEmptySelectionCaption(getTranslation("qpage.settings.empty"));
        format.setItems(Arrays.asList(ValueFormat.values()));
        format.setItemLabelGenerator(f -> f == null ? getTranslation("qpage.settings.empty")
                : getTranslation("qpage.format." + f.slug()));
        format.setValue(row.format);
        format.addValueChangeListener(e -> row.format = e.getValue());
        format.setWidthFull();
        return format;
    }

    private Select<String> listSelect(RuleRow row) {
        Select<String> list = new Select<>();
        list.setAriaLabel(getTranslation("qpage.settings.list") + " " + row.field.technicalName());
        list.setEmptySelectionAllowed(true);
        list.setEmptySelectionCaption(getTranslation("qpage.settings.empty"));
        List<String> items = new ArrayList<>(lists.keySet());
        if (row.valueList != null && !items.contains(row.valueList)) {
            items.add(row.valueList);
        }
        list.setItems(items);
        list.setItemLabelGenerator(iri -> iri == null ? getTranslation("qpage.settings.empty")
                : lists.getOrDefault(iri, iri));
        list.setValue(row.valueList);
        list.addValueChangeListener(e -> row.valueList = e.getValue());
        list.setWidthFull();
        return list;
    }

    private ComboBox<FieldOption> referenceBox(RuleRow row) {
        ComboBox<FieldOption> reference = new ComboBox<>();
        reference.setAriaLabel(getTranslation("qpage.settings.reference") + " " + row.field.technicalName());
        reference.setPlaceholder(getTranslation("qpage.settings.reference.placeholder"));
        reference.setClearButtonVisible(true);
        // Searched in the store a page at a time: the catalogue has thousands of fields.
        reference.setItems(query -> quality.referenceCandidates(query.getFilter().orElse(""), query.getOffset(),
                query.getLimit()).stream());
        reference.setItemLabelGenerator(this::referenceLabel);
        reference.setValue(row.reference);
        reference.addValueChangeListener(e -> row.reference = e.getValue());
        reference.setWidthFull();
        return reference;
    }

    String referenceLabel(FieldOption option) {
        return getTranslation("qpage.settings.reference.label", option.datasetTitle(), option.title(),
                option.technicalName());
    }

    List<RuleRow> rows() {
        return rows;
    }

    private void save() {
        showError(null);
        Optional<SourceChoice> source;
        switch (kind.getValue() == null ? SourceKind.NONE : kind.getValue()) {
            case FILE -> {
                if (file.getValue() == null) {
                    showError(getTranslation("qpage.settings.fileRequired"));
                    return;
                }
                source = Optional.of(new SourceChoice.HostedFile(file.getValue().distributionIri()));
            }
            case DATABASE -> {
                if (connection.getValue() == null) {
                    showError(getTranslation("qpage.settings.connectionRequired"));
                    return;
                }
                if (table.getValue().isBlank()) {
                    showError(getTranslation("qpage.settings.tableRequired"));
                    return;
                }
                source = Optional.of(new SourceChoice.DatabaseTable(connection.getValue(), table.getValue().strip()));
            }
            default -> source = Optional.empty();
        }
        try {
            quality.saveSettings(dataset, new ProfileSettings(source, rows.stream().map(RuleRow::rule).toList()));
        } catch (WriteRefusedException refused) {
            showError(refused.violations().isEmpty() ? refused.getMessage()
                    : String.join(" ", refused.violations().stream().map(v -> v.message(getLocale())).toList()));
            return;
        } catch (RecordNotFoundException gone) {
            showError(getTranslation("qpage.settings.gone"));
            return;
        } catch (AccessDeniedException denied) {
            showError(getTranslation("qpage.settings.denied"));
            return;
        }
        close();
        onSaved.run();
    }

    private void showError(@Nullable String message) {
        error.setText(message == null ? "" : message);
        error.setVisible(message != null);
    }
}
