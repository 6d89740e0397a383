package nl.datawijzer.catalog.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.binder.ValidationResult;
import com.vaadin.flow.data.validator.RegexpValidator;
import com.vaadin.flow.data.validator.StringLengthValidator;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import nl.datawijzer.catalog.DatasetId;
import nl.datawijzer.catalog.DatasetService;
import nl.datawijzer.catalog.FieldDraft;
import nl.datawijzer.catalog.FieldRow;
import nl.datawijzer.catalog.Label;
import nl.datawijzer.catalog.RecordNotFoundException;
import nl.datawijzer.catalog.ValueList;
import nl.datawijzer.catalog.ValueListService;
import nl.datawijzer.privacy.ui.CategoryText;
import nl.datawijzer.rdf.WriteRefusedException;
import org.jspecify.annotations.Nullable;

/**
 * Adds or edits one field of a dataset. Inputs are checked here first; what only the store can check
 * (the shapes) comes back as a refusal whose messages are shown at the inputs they are about. A refused
 * save changes nothing.
 */
class FieldDialog extends Dialog {

    /** As the shapes (dwsh:Field-technicalName): column names such as {@code client.achternaam} are allowed. */
    static final String TECHNICAL_NAME_PATTERN = "^[A-Za-z_][A-Za-z0-9_./-]{0,199}$";

    private final DatasetService datasets;
    private final DatasetId dataset;
    private final Runnable onSaved;
    private final FieldForm form;
    private final Binder<FieldForm> binder = new Binder<>();
    private final ViolationMessages violations = new ViolationMessages("field-errors");

    final TextField title = new TextField();
    final TextField technicalName = new TextField();
    final TextArea description = new TextArea();
    final Select<String> datatype = new Select<>();
    final Checkbox personal = new Checkbox();
    final MultiSelectComboBox<String> categories = new MultiSelectComboBox<>();
    final Select<String> confidentiality = new Select<>();
    final TextField legalGround = new TextField();

    FieldDialog(DatasetService datasets, ValueListService values, DatasetId dataset, @Nullable FieldRow field,
            Runnable onSaved) {
        this.datasets = datasets;
        this.dataset = dataset;
        this.onSaved = onSaved;
        this.form = field == null ? new FieldForm() : FieldForm.of(field);
        setId("field-dialog");
        setHeaderTitle(field == null ? getTranslation("catalog.field.addTitle")
                : getTranslation("catalog.field.editTitle", field.title()));
        setWidth("min(48rem, 95vw)");

        configureInputs(values, field);
        bind();

        FormLayout layout = new FormLayout();
        layout.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("32em", 2));
        layout.add(title, technicalName);
        layout.add(description, 2);
        layout.add(datatype, confidentiality, personal);
        layout.add(categories, 2);
        layout.add(legalGround, 2);
        Paragraph note = new Paragraph(getTranslation("catalog.field.reviewNote"));
        note.setId("field-review-note");
        note.getStyle().set("color", "var(--lumo-secondary-text-color)").set("font-size", "var(--lumo-font-size-s)");
        add(violations.area(), layout, note);

        Button save = new Button(getTranslation("catalog.save"), VaadinIcon.CHECK.create(), e -> save());
        save.setId("field-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button cancel = new Button(getTranslation("catalog.cancel"), e -> close());
        cancel.setId("field-cancel");
        getFooter().add(cancel, save);
        binder.readBean(form);
        categories.setEnabled(form.isContainsPersonalData());
    }

    private void configureInputs(ValueListService values, @Nullable FieldRow field) {
        title.setId("field-title");
        title.setLabel(getTranslation("catalog.field.title"));
        title.setMaxLength(200);
        technicalName.setId("field-technical-name");
        technicalName.setLabel(getTranslation("catalog.field.technicalName"));
        technicalName.setHelperText(getTranslation("catalog.field.technicalNameHelp"));
        technicalName.setMaxLength(200);
        description.setId("field-description");
        description.setLabel(getTranslation("catalog.field.description"));
        description.setMaxLength(4000);
        description.setMinHeight("6em");

        List<String> types = new ArrayList<>(DatatypeWords.IRIS);
        if (field != null && !types.contains(field.datatype())) {
            types.add(field.datatype());
        }
        datatype.setId("field-datatype");
        datatype.setLabel(getTranslation("catalog.field.datatype"));
        datatype.setItems(types);
        datatype.setItemLabelGenerator(iri -> iri == null ? "" : DatatypeWords.words(iri, this::getTranslation));

        personal.setId("field-personal");
        personal.setLabel(getTranslation("catalog.field.containsPersonalData"));
        personal.addValueChangeListener(e -> {
            boolean on = Boolean.TRUE.equals(e.getValue());
            categories.setEnabled(on);
            if (!on) {
                categories.clear();
            }
        });

        CategoryText categoryText = new CategoryText(values, this);
        Map<String, String> categoryLabels = new LinkedHashMap<>();
        values.options(ValueList.PERSONAL_DATA_CATEGORY).forEach(o -> categoryLabels.put(o.iri(), categoryText.of(o)));
        categories.setId("field-categories");
        categories.setLabel(getTranslation("catalog.field.categories"));
        categories.setItems(categoryLabels.keySet());
        categories.setItemLabelGenerator(iri -> categoryLabels.getOrDefault(iri, iri));

        Map<String, String> levels = labels(values.options(ValueList.CONFIDENTIALITY));
        if (field != null && !levels.containsKey(field.confidentiality().iri())) {
            levels.put(field.confidentiality().iri(), field.confidentiality().label());
        }
        confidentiality.setId("field-confidentiality");
        confidentiality.setLabel(getTranslation("catalog.field.confidentiality"));
        confidentiality.setItems(levels.keySet());
        confidentiality.setItemLabelGenerator(iri -> iri == null ? "" : levels.getOrDefault(iri, iri));

        legalGround.setId("field-legal-ground");
        legalGround.setLabel(getTranslation("catalog.field.legalGround"));
        legalGround.setHelperText(getTranslation("catalog.field.legalGroundHelp"));
        legalGround.setMaxLength(500);

        violations.at(ViolationMessages.DCT + "title", title)
                .at(ViolationMessages.DW + "technicalName", technicalName)
                .at(ViolationMessages.DCT + "description", description)
                .at(ViolationMessages.DW + "datatype", datatype)
                .at(ViolationMessages.DW + "containsPersonalData", personal)
                .at(ViolationMessages.DW + "personalDataCategory", categories)
                .at(ViolationMessages.DW + "confidentiality", confidentiality)
                .at(ViolationMessages.DW + "legalGround", legalGround)
                .atRule(ViolationMessages.SHAPES + "FieldPersonalNeedsCategoryRule", categories)
                .atRule(ViolationMessages.SHAPES + "FieldNonPersonalNoCategoryRule", categories)
                .atRule(ViolationMessages.SHAPES + "FieldBsnLegalGroundRule", legalGround)
                .atRule(ViolationMessages.SHAPES + "FieldBsnConfidentialityRule", confidentiality)
                .atRule(ViolationMessages.SHAPES + "FieldSpecialCategoryConfidentialityRule", confidentiality);
    }

    private void bind() {
        TextRules.requiredText(binder, title, "catalog.field.error.titleRequired", 200, this)
                .bind(FieldForm::getTitle, FieldForm::setTitle);
        binder.forField(technicalName)
                .asRequired(getTranslation("catalog.field.error.technicalNameRequired"))
                .withValidator(new RegexpValidator(getTranslation("catalog.field.error.technicalNamePattern"),
                        TECHNICAL_NAME_PATTERN))
                .withValidator(v -> !form.isNew() || FieldForm.slugFor(v).isPresent(),
                        getTranslation("catalog.field.error.technicalNameSlug"))
                .bind(FieldForm::getTechnicalName, FieldForm::setTechnicalName);
        TextRules.requiredText(binder, description, "catalog.field.error.descriptionRequired", 4000, this)
                .bind(FieldForm::getDescription, FieldForm::setDescription);
        binder.forField(datatype)
                .asRequired(getTranslation("catalog.field.error.datatypeRequired"))
                .bind(FieldForm::getDatatype, FieldForm::setDatatype);
        binder.forField(personal).bind(FieldForm::isContainsPersonalData, FieldForm::setContainsPersonalData);
        binder.forField(categories)
                .withValidator((value, context) -> Boolean.TRUE.equals(personal.getValue()) && value.isEmpty()
                        ? ValidationResult.error(getTranslation("catalog.field.error.categoriesRequired"))
                        : ValidationResult.ok())
                .bind(FieldForm::getCategories, FieldForm::setCategories);
        binder.forField(confidentiality)
                .asRequired(getTranslation("catalog.field.error.confidentialityRequired"))
                .bind(FieldForm::getConfidentiality, FieldForm::setConfidentiality);
        binder.forField(legalGround)
                .withValidator(new StringLengthValidator(getTranslation("catalog.error.tooLong", 500), 0, 500))
                .bind(FieldForm::getLegalGround, FieldForm::setLegalGround);
    }

    private void save() {
        violations.clear();
        if (!binder.writeBeanIfValid(form)) {
            return;
        }
        FieldDraft draft = form.toDraft();
        try {
            if (form.isNew()) {
                datasets.createField(dataset, draft);
            } else {
                datasets.updateField(dataset, draft);
            }
        } catch (WriteRefusedException refused) {
            violations.show(refused, getLocale());
            return;
        } catch (RecordNotFoundException gone) {
            violations.showGeneral(getTranslation("catalog.field.error.gone"));
            return;
        }
        close();
        onSaved.run();
        Notification saved = Notification.show(getTranslation("catalog.field.saved"));
        saved.addThemeVariants(NotificationVariant.LUMO_SUCCESS);
    }

    private static Map<String, String> labels(List<Label> options) {
        return options.stream().collect(Collectors.toMap(Label::iri, Label::label, (a, b) -> a, LinkedHashMap::new));
    }
}
