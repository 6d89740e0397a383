package nl.datawijzer.catalog.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.binder.ValidationResult;
import com.vaadin.flow.data.validator.RegexpValidator;
import com.vaadin.flow.data.validator.StringLengthValidator;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteAlias;
import com.vaadin.flow.router.RouteParameters;
import jakarta.annotation.security.RolesAllowed;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import nl.datawijzer.catalog.AgentId;
import nl.datawijzer.catalog.AgentService;
import nl.datawijzer.catalog.AgentSummary;
import nl.datawijzer.catalog.DatasetDetail;
import nl.datawijzer.catalog.DatasetDraft;
import nl.datawijzer.catalog.DatasetId;
import nl.datawijzer.catalog.DatasetService;
import nl.datawijzer.catalog.InvalidIdException;
import nl.datawijzer.catalog.Label;
import nl.datawijzer.catalog.PageRequest;
import nl.datawijzer.catalog.RecordNotFoundException;
import nl.datawijzer.catalog.SystemFilter;
import nl.datawijzer.catalog.SystemId;
import nl.datawijzer.catalog.SystemService;
import nl.datawijzer.catalog.SystemSummary;
import nl.datawijzer.catalog.ValueList;
import nl.datawijzer.catalog.ValueListService;
import nl.datawijzer.rdf.WriteRefusedException;
import nl.datawijzer.security.Role;
import nl.datawijzer.ui.MainLayout;
import org.jspecify.annotations.Nullable;

/**
 * Creates ("datasets/nieuw") or edits ("datasets/{slug}/bewerken") a dataset's own properties; its fields
 * are edited one by one on the dataset page. Inputs are checked here first; what only the store can check
 * comes back as a refusal shown at the inputs it is about.
 */
@Route(value = "datasets/:slug/bewerken", layout = MainLayout.class)
@RouteAlias(value = DatasetEditView.NEW_ROUTE, layout = MainLayout.class)
@RolesAllowed(Role.BEHEERDER_NAME)
public class DatasetEditView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    static final String NEW_ROUTE = "datasets/nieuw";
    static final String SLUG_PATTERN = "^[a-z][a-z0-9-]{0,79}$";
    /** "nieuw" would make the dataset's page unreachable: its address is this view's. */
    static final String RESERVED_SLUG = "nieuw";

    private final DatasetService datasets;
    private final Binder<DatasetForm> binder = new Binder<>();
    private final ViolationMessages violations = new ViolationMessages("form-errors");
    private final Map<SystemId, String> systemTitles;
    private final Map<AgentId, String> agentNames;
    private final Set<String> euThemes;
    private final H1 heading = new H1();
    private final Button delete = new Button();
    private DatasetForm form = new DatasetForm();
    private @Nullable DatasetId editing;

    final TextField slug = new TextField();
    final TextField title = new TextField();
    final TextArea description = new TextArea();
    final ComboBox<SystemId> system = new ComboBox<>();
    final ComboBox<AgentId> owner = new ComboBox<>();
    final ComboBox<AgentId> steward = new ComboBox<>();
    final MultiSelectComboBox<String> themes = new MultiSelectComboBox<>();
    final Select<String> frequency = new Select<>();
    final Select<String> accessRights = new Select<>();
    final MultiSelectComboBox<String> legalBases = new MultiSelectComboBox<>();
    final TextField legalGround = new TextField();
    final TextField keywords = new TextField();

    public DatasetEditView(DatasetService datasets, SystemService systems, AgentService agents,
            ValueListService values) {
        this.datasets = datasets;
        setMaxWidth("60rem");
        systemTitles = systems.list(SystemFilter.NONE, new PageRequest(0, PageRequest.MAX_LIMIT, "title", false))
                .items().stream()
                .collect(Collectors.toMap(SystemSummary::id, SystemSummary::title, (a, b) -> a, LinkedHashMap::new));
        agentNames = agents.list("", new PageRequest(0, PageRequest.MAX_LIMIT, "name", false)).items().stream()
                .collect(Collectors.toMap(AgentSummary::id, AgentSummary::name, (a, b) -> a, LinkedHashMap::new));
        Map<String, String> euThemeLabels = labels(values.options(ValueList.EU_THEME));
        euThemes = euThemeLabels.keySet();
        Map<String, String> themeLabels = new LinkedHashMap<>(euThemeLabels);
        themeLabels.putAll(labels(values.options(ValueList.GOVERNMENT_THEME)));

        configureInputs(themeLabels, labels(values.options(ValueList.FREQUENCY)),
                labels(values.options(ValueList.ACCESS_RIGHTS)), labels(values.options(ValueList.LEGAL_BASIS)));
        bind();

        FormLayout identification = formLayout();
        identification.add(slug, title);
        identification.add(description, 2);
        FormLayout responsibility = formLayout();
        responsibility.add(system, 2);
        responsibility.add(owner, steward);
        FormLayout classification = formLayout();
        classification.add(themes, 2);
        classification.add(frequency, accessRights);
        classification.add(legalBases, 2);
        classification.add(legalGround, keywords);

        Button save = new Button(getTranslation("catalog.save"), VaadinIcon.CHECK.create(), e -> save());
        save.setId("form-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button cancel = new Button(getTranslation("catalog.cancel"), e -> back());
        cancel.setId("form-cancel");
        delete.setText(getTranslation("catalog.dataset.delete"));
        delete.setIcon(VaadinIcon.TRASH.create());
        delete.setId("form-delete");
        delete.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
        delete.addClickListener(e -> confirmDelete());
        HorizontalLayout buttons = new HorizontalLayout(save, cancel, delete);

        add(heading, violations.area(),
                new H2(getTranslation("catalog.form.identification")), identification,
                new H2(getTranslation("catalog.form.responsibility")), responsibility,
                new H2(getTranslation("catalog.form.classification")), classification,
                buttons);
    }

    private static FormLayout formLayout() {
        FormLayout layout = new FormLayout();
        layout.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("32em", 2));
        return layout;
    }

    private void configureInputs(Map<String, String> themeLabels, Map<String, String> frequencies,
            Map<String, String> accessLevels, Map<String, String> bases) {
        slug.setId("form-slug");
        slug.setLabel(getTranslation("catalog.dataset.slug"));
        slug.setHelperText(getTranslation("catalog.dataset.slugHelp"));
        slug.setMaxLength(80);
        title.setId("form-title");
        title.setLabel(getTranslation("catalog.dataset.title"));
        title.setMaxLength(200);
        description.setId("form-description");
        description.setLabel(getTranslation("catalog.dataset.description"));
        description.setMaxLength(4000);
        description.setMinHeight("8em");

        system.setId("form-system");
        system.setLabel(getTranslation("catalog.dataset.system"));
        system.setItems(systemTitles.keySet());
        system.setItemLabelGenerator(id -> systemTitles.getOrDefault(id, id.slug()));
        owner.setId("form-owner");
        owner.setLabel(getTranslation("catalog.owner"));
        owner.setItems(agentNames.keySet());
        owner.setItemLabelGenerator(id -> agentNames.getOrDefault(id, id.slug()));
        steward.setId("form-steward");
        steward.setLabel(getTranslation("catalog.steward"));
        steward.setItems(agentNames.keySet());
        steward.setItemLabelGenerator(id -> agentNames.getOrDefault(id, id.slug()));

        themes.setId("form-themes");
        themes.setLabel(getTranslation("catalog.dataset.themes"));
        themes.setHelperText(getTranslation("catalog.dataset.themesHelp"));
        themes.setItems(themeLabels.keySet());
        themes.setItemLabelGenerator(iri -> themeLabels.getOrDefault(iri, iri));
        frequency.setId("form-frequency");
        frequency.setLabel(getTranslation("catalog.dataset.frequency"));
        frequency.setItems(frequencies.keySet());
        frequency.setItemLabelGenerator(iri -> iri == null ? "" : frequencies.getOrDefault(iri, iri));
        accessRights.setId("form-access-rights");
        accessRights.setLabel(getTranslation("catalog.dataset.accessRights"));
        accessRights.setItems(accessLevels.keySet());
        accessRights.setItemLabelGenerator(iri -> iri == null ? "" : accessLevels.getOrDefault(iri, iri));
        legalBases.setId("form-legal-bases");
        legalBases.setLabel(getTranslation("catalog.dataset.legalBases"));
        legalBases.setHelperText(getTranslation("catalog.dataset.legalBasesHelp"));
        legalBases.setItems(bases.keySet());
        legalBases.setItemLabelGenerator(iri -> bases.getOrDefault(iri, iri));
        legalGround.setId("form-legal-ground");
        legalGround.setLabel(getTranslation("catalog.dataset.legalGround"));
        legalGround.setHelperText(getTranslation("catalog.dataset.legalGroundHelp"));
        legalGround.setMaxLength(500);
        keywords.setId("form-keywords");
        keywords.setLabel(getTranslation("catalog.dataset.keywords"));
        keywords.setHelperText(getTranslation("catalog.dataset.keywordsHelp"));
        keywords.setMaxLength(1000);

        violations.at(ViolationMessages.DCT + "identifier", slug)
                .at(ViolationMessages.DCT + "title", title)
                .at(ViolationMessages.DCT + "description", description)
                .at(ViolationMessages.DW + "heldIn", system)
                .at(ViolationMessages.DW + "owner", owner)
                .at(ViolationMessages.DW + "steward", steward)
                .at(ViolationMessages.DCAT + "theme", themes)
                .at(ViolationMessages.DCT + "accrualPeriodicity", frequency)
                .at(ViolationMessages.DCT + "accessRights", accessRights)
                .at(ViolationMessages.DPV + "hasLegalBasis", legalBases)
                .at(ViolationMessages.DW + "legalGround", legalGround)
                .at(ViolationMessages.DCAT + "keyword", keywords)
                .atRule(ViolationMessages.SHAPES + "DatasetLegalBasisRule", legalBases);
    }

    private void bind() {
        binder.forField(slug)
                .asRequired(getTranslation("catalog.dataset.error.slugRequired"))
                .withValidator(new RegexpValidator(getTranslation("catalog.dataset.error.slugPattern"), SLUG_PATTERN))
                .withValidator(v -> editing != null || !RESERVED_SLUG.equals(v),
                        getTranslation("catalog.dataset.error.slugReserved"))
                .bind(DatasetForm::getSlug, DatasetForm::setSlug);
        TextRules.requiredText(binder, title, "catalog.dataset.error.titleRequired", 200, this)
                .bind(DatasetForm::getTitle, DatasetForm::setTitle);
        TextRules.requiredText(binder, description, "catalog.dataset.error.descriptionRequired", 4000, this)
                .bind(DatasetForm::getDescription, DatasetForm::setDescription);
        binder.forField(system).asRequired(getTranslation("catalog.dataset.error.systemRequired"))
                .bind(DatasetForm::getSystem, DatasetForm::setSystem);
        binder.forField(owner).asRequired(getTranslation("catalog.dataset.error.ownerRequired"))
                .bind(DatasetForm::getOwner, DatasetForm::setOwner);
        binder.forField(steward).asRequired(getTranslation("catalog.dataset.error.stewardRequired"))
                .bind(DatasetForm::getSteward, DatasetForm::setSteward);
        binder.forField(themes)
                .withValidator((value, context) -> value.stream().anyMatch(euThemes::contains)
                        ? ValidationResult.ok()
                        : ValidationResult.error(getTranslation("catalog.dataset.error.euThemeRequired")))
                .bind(DatasetForm::getThemes, DatasetForm::setThemes);
        binder.forField(frequency).asRequired(getTranslation("catalog.dataset.error.frequencyRequired"))
                .bind(DatasetForm::getFrequency, DatasetForm::setFrequency);
        binder.forField(accessRights).asRequired(getTranslation("catalog.dataset.error.accessRightsRequired"))
                .bind(DatasetForm::getAccessRights, DatasetForm::setAccessRights);
        binder.forField(legalBases).bind(DatasetForm::getLegalBases, DatasetForm::setLegalBases);
        binder.forField(legalGround)
                .withValidator(new StringLengthValidator(getTranslation("catalog.error.tooLong", 500), 0, 500))
                .bind(DatasetForm::getLegalGround, DatasetForm::setLegalGround);
        binder.forField(keywords)
                .withValidator(new StringLengthValidator(getTranslation("catalog.error.tooLong", 1000), 0, 1000))
                .bind(DatasetForm::getKeywords, DatasetForm::setKeywords);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Optional<String> requested = event.getRouteParameters().get("slug");
        violations.clear();
        if (requested.isEmpty()) {
            editing = null;
            form = new DatasetForm();
        } else {
            try {
                DatasetId id = new DatasetId(requested.get());
                DatasetDetail detail = datasets.get(id);
                editing = id;
                form = DatasetForm.of(detail);
            } catch (InvalidIdException | RecordNotFoundException e) {
                event.rerouteToError(NotFoundException.class);
                return;
            }
        }
        keepCurrentChoices();
        binder.readBean(form);
        slug.setReadOnly(editing != null);
        delete.setVisible(editing != null);
        heading.setText(editing == null ? getTranslation("catalog.dataset.newTitle")
                : getTranslation("catalog.dataset.editTitle", form.getTitle()));
        heading.setId("form-heading");
    }

    /** A reference outside the first page of systems or agents must still show as chosen. */
    private void keepCurrentChoices() {
        if (form.getSystem() != null && !systemTitles.containsKey(form.getSystem())) {
            systemTitles.put(form.getSystem(), form.getSystem().slug());
            system.setItems(systemTitles.keySet());
        }
        for (AgentId agent : new AgentId[] {form.getOwner(), form.getSteward()}) {
            if (agent != null && !agentNames.containsKey(agent)) {
                agentNames.put(agent, agent.slug());
                owner.setItems(agentNames.keySet());
                steward.setItems(agentNames.keySet());
            }
        }
    }

    private void save() {
        violations.clear();
        if (!binder.writeBeanIfValid(form)) {
            return;
        }
        DatasetDraft draft = form.toDraft();
        try {
            if (editing == null) {
                datasets.create(draft);
            } else {
                datasets.update(draft);
            }
        } catch (WriteRefusedException refused) {
            violations.show(refused, getLocale());
            return;
        } catch (RecordNotFoundException gone) {
            violations.showGeneral(getTranslation("catalog.dataset.error.gone"));
            return;
        }
        Notification.show(getTranslation("catalog.dataset.saved")).addThemeVariants(NotificationVariant.LUMO_SUCCESS);
        getUI().ifPresent(ui -> ui.navigate(DatasetView.class, new RouteParameters("slug", draft.slug())));
    }

    private void back() {
        DatasetId id = editing;
        getUI().ifPresent(ui -> {
            if (id == null) {
                ui.navigate(DatasetsView.class);
            } else {
                ui.navigate(DatasetView.class, new RouteParameters("slug", id.slug()));
            }
        });
    }

    private void confirmDelete() {
        DatasetId id = editing;
        if (id == null) {
            return;
        }
        ConfirmDialog confirm = new ConfirmDialog();
        confirm.setId("confirm-delete");
        confirm.setHeader(getTranslation("catalog.dataset.deleteTitle"));
        confirm.setText(getTranslation("catalog.dataset.deleteText", form.getTitle()));
        confirm.setCancelable(true);
        confirm.setCancelText(getTranslation("catalog.cancel"));
        confirm.setConfirmText(getTranslation("catalog.dataset.delete"));
        confirm.setConfirmButtonTheme("error primary");
        confirm.addConfirmListener(e -> delete(id));
        confirm.open();
    }

    private void delete(DatasetId id) {
        violations.clear();
        try {
            datasets.delete(id);
        } catch (WriteRefusedException refused) {
            refused.violations().forEach(v -> violations.showGeneral(v.message(getLocale())));
            if (refused.violations().isEmpty()) {
                violations.showGeneral(getTranslation("catalog.dataset.error.deleteRefused"));
            }
            return;
        } catch (RecordNotFoundException gone) {
            violations.showGeneral(getTranslation("catalog.dataset.error.gone"));
            return;
        }
        Notification.show(getTranslation("catalog.dataset.deleted")).addThemeVariants(NotificationVariant.LUMO_SUCCESS);
        getUI().ifPresent(ui -> ui.navigate(DatasetsView.class));
    }

    private static Map<String, String> labels(List<Label> options) {
        return options.stream().collect(Collectors.toMap(Label::iri, Label::label, (a, b) -> a, LinkedHashMap::new));
    }

    @Override
    public String getPageTitle() {
        return heading.getText() + " — Datawijzer";
    }
}
