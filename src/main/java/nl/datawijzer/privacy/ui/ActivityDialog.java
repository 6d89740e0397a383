package nl.datawijzer.privacy.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasLabel;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.validator.StringLengthValidator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.datawijzer.catalog.Label;
import nl.datawijzer.catalog.ValueList;
import nl.datawijzer.catalog.ValueListService;
import nl.datawijzer.catalog.ui.ViolationMessages;
import nl.datawijzer.privacy.CategoryUse;
import nl.datawijzer.privacy.LinkedRecord;
import nl.datawijzer.privacy.ProcessingActivity;
import nl.datawijzer.privacy.ProcessingActivityDraft;
import nl.datawijzer.privacy.ProcessingActivityId;
import nl.datawijzer.privacy.ProcessingRegisterService;
import nl.datawijzer.privacy.RegisterColumn;
import nl.datawijzer.rdf.WriteRefusedException;
import org.jspecify.annotations.Nullable;

/**
 * One activity of the register, new or existing: the form checks the name here, everything else the store's rules
 * check, and a refusal is shown at the input it is about. Below the form: every personal data category with where it
 * comes from (manual, or derived from which dataset), and links to the systems and datasets in the catalogue.
 */
class ActivityDialog extends Dialog {

    private final ProcessingRegisterService register;
    private final @Nullable ProcessingActivity activity;
    private final Runnable onChange;
    private final Binder<RegisterForm> binder = new Binder<>();
    private final ViolationMessages violations = new ViolationMessages("register-form-errors");
    private final RegisterForm form;

    final TextField title = new TextField();
    final TextArea description = new TextArea();
    final TextArea purposes = new TextArea();
    final MultiSelectComboBox<String> legalBases = new MultiSelectComboBox<>();
    final TextField legalGround = new TextField();
    final MultiSelectComboBox<String> dataSubjects = new MultiSelectComboBox<>();
    final MultiSelectComboBox<String> categories = new MultiSelectComboBox<>();
    final TextArea recipients = new TextArea();
    final TextField retention = new TextField();
    final TextArea security = new TextArea();
    final TextField dpia = new TextField();
    final TextField processor = new TextField();
    final MultiSelectComboBox<String> systems = new MultiSelectComboBox<>();
    final MultiSelectComboBox<String> datasets = new MultiSelectComboBox<>();
    final Button save = new Button();

    ActivityDialog(ProcessingRegisterService register, ValueListService values, @Nullable ProcessingActivity activity,
            Runnable onChange) {
        this.register = register;
        this.activity = activity;
        this.onChange = onChange;
        this.form = RegisterForm.of(activity == null ? ProcessingActivityDraft.empty() : activity.draft());
        setId("register-dialog");
        setHeaderTitle(activity == null ? getTranslation("register.dialog.new")
                : getTranslation("register.dialog.edit", activity.title()));
        setWidth("min(60rem, 96vw)");

        text(title, "register-title", "register.field.title", 200);
        text(description, "register-description", "register.field.description", 4000);
        text(purposes, "register-purposes", "register.field.purposes", 8000);
        purposes.setHelperText(getTranslation("register.field.purposesHelp"));
        choices(legalBases, "register-legal-bases", "register.field.legalBases", labels(values.options(ValueList.LEGAL_BASIS)));
        text(legalGround, "register-legal-ground", "register.field.legalGround", 300);
        legalGround.setHelperText(getTranslation("register.field.legalGroundHelp"));
        choices(dataSubjects, "register-data-subjects", "register.field.dataSubjects",
                labels(values.options(ValueList.DATA_SUBJECT)));
        choices(categories, "register-categories", "register.field.categories",
                labels(values.options(ValueList.PERSONAL_DATA_CATEGORY)));
        categories.setHelperText(getTranslation("register.field.categoriesHelp"));
        text(recipients, "register-recipients", "register.field.recipients", 4000);
        recipients.setHelperText(getTranslation("register.field.recipientsHelp"));
        text(retention, "register-retention", "register.field.retention", 500);
        text(security, "register-security", "register.field.security", 4000);
        text(dpia, "register-dpia", "register.field.dpia", 300);
        text(processor, "register-processor", "register.field.processor", 300);
        choices(systems, "register-systems", "register.field.systems", records(register.systemOptions()));
        choices(datasets, "register-datasets", "register.field.datasets", records(register.datasetOptions()));
        bind();
        binder.readBean(form);

        violations.at(RegisterColumn.TITLE.property(), title).at(RegisterColumn.DESCRIPTION.property(), description)
                .at(RegisterColumn.PURPOSES.property(), purposes).at(RegisterColumn.LEGAL_BASES.property(), legalBases)
                .at(RegisterColumn.LEGAL_GROUND.property(), legalGround)
                .at(RegisterColumn.DATA_SUBJECTS.property(), dataSubjects)
                .at(RegisterColumn.PERSONAL_DATA.property(), categories)
                .at(RegisterColumn.RECIPIENTS.property(), recipients).at(RegisterColumn.RETENTION.property(), retention)
                .at(RegisterColumn.SECURITY.property(), security).at(RegisterColumn.DPIA.property(), dpia)
                .at(RegisterColumn.PROCESSOR_AGREEMENT.property(), processor)
                .at(RegisterColumn.SYSTEMS.property(), systems).at(RegisterColumn.DATASETS.property(), datasets);

        FormLayout layout = new FormLayout();
        layout.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("36em", 2));
        layout.add(title, 2);
        layout.add(description, 2);
        layout.add(purposes, 2);
        layout.add(legalBases, legalGround);
        layout.add(dataSubjects, categories);
        layout.add(recipients, 2);
        layout.add(retention, 2);
        layout.add(security, 2);
        layout.add(dpia, processor);
        layout.add(systems, datasets);
        add(violations.area(), layout);
        if (activity != null) {
            add(categoriesOf(activity), links(activity));
        }

        save.setText(getTranslation("register.save"));
        save.setId("register-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(e -> save());
        Button cancel = new Button(getTranslation("register.cancel"), e -> close());
        cancel.setId("register-cancel");
        if (activity != null) {
            Button delete = new Button(getTranslation("register.delete"), e -> confirmDelete(activity));
            delete.setId("register-delete");
            delete.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
            getFooter().add(delete);
        }
        getFooter().add(cancel, save);
    }

    private void bind() {
        String required = getTranslation("register.required.title");
        binder.forField(title).asRequired(required).withValidator(v -> !v.isBlank(), required)
                .withValidator(new StringLengthValidator(getTranslation("register.tooLong", 200), 0, 200))
                .bind(RegisterForm::getTitle, RegisterForm::setTitle);
        binder.forField(description).bind(RegisterForm::getDescription, RegisterForm::setDescription);
        binder.forField(purposes).bind(RegisterForm::getPurposes, RegisterForm::setPurposes);
        binder.forField(legalBases).bind(RegisterForm::getLegalBases, RegisterForm::setLegalBases);
        binder.forField(legalGround).bind(RegisterForm::getLegalGround, RegisterForm::setLegalGround);
        binder.forField(dataSubjects).bind(RegisterForm::getDataSubjects, RegisterForm::setDataSubjects);
        binder.forField(categories).bind(RegisterForm::getCategories, RegisterForm::setCategories);
        binder.forField(recipients).bind(RegisterForm::getRecipients, RegisterForm::setRecipients);
        binder.forField(retention).bind(RegisterForm::getRetention, RegisterForm::setRetention);
        binder.forField(security).bind(RegisterForm::getSecurity, RegisterForm::setSecurity);
        binder.forField(dpia).bind(RegisterForm::getDpia, RegisterForm::setDpia);
        binder.forField(processor).bind(RegisterForm::getProcessor, RegisterForm::setProcessor);
        binder.forField(systems).bind(RegisterForm::getSystems, RegisterForm::setSystems);
        binder.forField(datasets).bind(RegisterForm::getDatasets, RegisterForm::setDatasets);
    }

    void save() {
        violations.clear();
        if (!binder.writeBeanIfValid(form)) {
            return;
        }
        try {
            ProcessingActivityDraft draft = form.toDraft();
            if (activity == null) {
                register.create(draft);
            } else {
                register.update(activity.id(), draft);
            }
            Notification.show(getTranslation("register.saved"), 4000, Notification.Position.BOTTOM_START)
                    .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            close();
            onChange.run();
        } catch (WriteRefusedException refusal) {
            violations.show(refusal, getLocale());
        } catch (IllegalArgumentException invalid) {
            violations.showGeneral(String.valueOf(invalid.getMessage()));
        }
    }

    private void confirmDelete(ProcessingActivity shown) {
        ConfirmDialog confirm = new ConfirmDialog();
        confirm.setId("register-confirm-delete");
        confirm.setHeader(getTranslation("register.delete.confirmTitle"));
        confirm.setText(getTranslation("register.delete.confirmText", shown.title()));
        confirm.setCancelable(true);
        confirm.setCancelText(getTranslation("register.cancel"));
        confirm.setConfirmText(getTranslation("register.delete"));
        confirm.setConfirmButtonTheme("error primary");
        confirm.addConfirmListener(e -> {
            ProcessingActivityId id = shown.id();
            register.delete(id);
            Notification.show(getTranslation("register.deleted"), 4000, Notification.Position.BOTTOM_START);
            close();
            onChange.run();
        });
        confirm.open();
    }

    /** Every category with its origin: "handmatig" and/or "afgeleid uit" the datasets (linked to their page). */
    private Div categoriesOf(ProcessingActivity shown) {
        Div box = new Div();
        box.setId("register-derived");
        box.add(new H3(getTranslation("register.derived.title")));
        if (shown.personalDataCategories().isEmpty()) {
            box.add(new Paragraph(getTranslation("register.derived.none")));
            return box;
        }
        UnorderedList list = new UnorderedList();
        for (CategoryUse use : shown.personalDataCategories()) {
            ListItem item = new ListItem(new Span(use.category().label() + ": "));
            if (use.manual()) {
                Span manual = new Span(getTranslation("register.derived.manual"));
                manual.getElement().getThemeList().add("badge contrast");
                item.add(manual, new Span(" "));
            }
            if (use.derived()) {
                item.add(new Span(getTranslation("register.derived.from", "")));
                boolean first = true;
                for (LinkedRecord source : use.sources()) {
                    if (!first) {
                        item.add(new Span(", "));
                    }
                    item.add(new Anchor("datasets/" + source.slug(), source.title()));
                    first = false;
                }
            }
            list.add(item);
        }
        box.add(list);
        return box;
    }

    private Div links(ProcessingActivity shown) {
        Div box = new Div();
        box.setId("register-links");
        box.add(new H3(getTranslation("register.links.title")));
        UnorderedList list = new UnorderedList();
        shown.systems().forEach(s -> list.add(new ListItem(new Anchor("systemen/" + s.slug(), s.title()))));
        shown.datasets().forEach(d -> list.add(new ListItem(new Anchor("datasets/" + d.slug(), d.title()))));
        box.add(list);
        box.setVisible(!shown.systems().isEmpty() || !shown.datasets().isEmpty());
        return box;
    }

    private <C extends Component & HasValue<?, String> & HasLabel> void text(C input, String id, String labelKey,
            int maxLength) {
        input.setId(id);
        input.setLabel(getTranslation(labelKey));
        input.getElement().setProperty("maxlength", maxLength);
        if (input instanceof TextArea area) {
            area.setMinHeight("4em");
        }
    }

    private void choices(MultiSelectComboBox<String> input, String id, String labelKey, Map<String, String> options) {
        input.setId(id);
        input.setLabel(getTranslation(labelKey));
        input.setItems(options.keySet());
        input.setItemLabelGenerator(key -> options.getOrDefault(key, key));
    }

    private static Map<String, String> labels(List<Label> options) {
        Map<String, String> labels = new LinkedHashMap<>();
        options.forEach(o -> labels.put(o.iri(), o.label()));
        return labels;
    }

    private static Map<String, String> records(List<LinkedRecord> options) {
        Map<String, String> labels = new LinkedHashMap<>();
        options.forEach(o -> labels.put(o.slug(), o.title()));
        return labels;
    }
}
