package nl.datawijzer.needs.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.radiobutton.RadioGroupVariant;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.textfield.TextFieldBase;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteAlias;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.RolesAllowed;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.UnaryOperator;
import nl.datawijzer.catalog.DatasetService;
import nl.datawijzer.quality.QualityService;
import nl.datawijzer.catalog.RecordNotFoundException;
import nl.datawijzer.needs.FigureKind;
import nl.datawijzer.needs.MeasureKind;
import nl.datawijzer.needs.Need;
import nl.datawijzer.needs.NeedDomain;
import nl.datawijzer.needs.NeedDraft;
import nl.datawijzer.needs.NeedId;
import nl.datawijzer.needs.NeedInput;
import nl.datawijzer.needs.NeedRefusedException;
import nl.datawijzer.needs.NeedService;
import nl.datawijzer.needs.NeedStep;
import nl.datawijzer.needs.NeedValue;
import nl.datawijzer.needs.Recurrence;
import nl.datawijzer.needs.SteeringLevel;
import nl.datawijzer.search.SearchService;
import nl.datawijzer.security.Role;
import nl.datawijzer.ui.MainLayout;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.AccessDeniedException;

/**
 * The guided form for an information need (issue 6): the question in the requester's own words, then one section per
 * SMART criterion with guidance, a live check of every {@link nl.datawijzer.needs.SmartRule} beside it, similar
 * existing needs while the question is typed, and candidate datasets picked from the catalogue. A new need starts at
 * "behoeften/nieuw"; the requester's own draft is edited at "behoeften/{id}/bewerken". The view only guides: the service
 * decides what may be saved and submitted.
 */
@Route(value = NeedRoutes.NEW, layout = MainLayout.class)
@RouteAlias(value = NeedRoutes.EDIT, layout = MainLayout.class)
@RolesAllowed(Role.MEDEWERKER_NAME)
public class NeedFormView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    /** The wait after the last keystroke before the check runs, so it follows typing without a request per key. */
    static final int TYPING_PAUSE_MS = 400;

    private final NeedService needs;
    private final AuthenticationContext authentication;
    private final H1 heading = new H1();
    private final Div errors = new Div();
    private final Div notice = new Div();
    private final Div form = new Div();
    private final SmartChecklist checklist = new SmartChecklist();
    private final SimilarNeeds similar = new SimilarNeeds();
    private final DatasetPicker picker;
    private final Paragraph periodNote = new Paragraph();
    private final Paragraph standNote = new Paragraph();
    private final HorizontalLayout period = new HorizontalLayout();
    private @Nullable NeedId editing;
    /** True while the inputs are filled from a stored draft, so the check runs once afterwards, not per input. */
    private boolean filling;

    private final TextArea question = new TextArea();
    private final ComboBox<NeedDomain> domain = new ComboBox<>();
    private final TextField population = new TextField();
    private final TextField unit = new TextField();
    private final RadioButtonGroup<MeasureKind> measure = new RadioButtonGroup<>();
    private final TextArea measureDefinition = new TextArea();
    private final RadioButtonGroup<FigureKind> figure = new RadioButtonGroup<>();
    private final DatePicker referenceDate = new DatePicker();
    private final TextArea purpose = new TextArea();
    private final TextArea decision = new TextArea();
    private final RadioButtonGroup<SteeringLevel> steeringLevel = new RadioButtonGroup<>();
    private final TextField users = new TextField();
    private final DatePicker periodStart = new DatePicker();
    private final DatePicker periodEnd = new DatePicker();
    private final DatePicker neededBy = new DatePicker();
    private final RadioButtonGroup<Recurrence> recurrence = new RadioButtonGroup<>();
    private final Button saveDraft = new Button();
    private final Button submit = new Button();

    public NeedFormView(NeedService needs, SearchService search, DatasetService datasets, QualityService quality,
            AuthenticationContext authentication) {
        this.needs = needs;
        this.authentication = authentication;
        this.picker = new DatasetPicker(search, datasets, quality, this::refresh);
        setMaxWidth("90rem");
        heading.setId("need-heading");
        errors.setId("need-errors");
        errors.getElement().setAttribute("role", "alert");
        errors.getStyle().set("color", "var(--lumo-error-text-color)");
        notice.setId("need-notice");
        notice.setVisible(false);
        configureInputs();

        Div fields = new Div(
                section("needs.form.question.heading", null, question, similar),
                section("needs.form.s.heading", "needs.form.s.explain", domain, population, unit),
                section("needs.form.m.heading", "needs.form.m.explain", measure, measureDefinition, figure,
                        referenceDate, periodNote),
                section("needs.form.a.heading", "needs.form.a.explain", purpose, decision, steeringLevel, users),
                section("needs.form.r.heading", "needs.form.r.explain", picker),
                section("needs.form.t.heading", "needs.form.t.explain", standNote, period, neededBy,
                        recurrence),
                buttons());
        fields.getStyle().set("flex", "3 1 32rem").set("min-width", "0");
        checklist.getStyle().set("flex", "1 1 18rem").set("position", "sticky").set("top", "var(--lumo-space-m)")
                .set("align-self", "flex-start");
        form.add(fields, checklist);
        form.getStyle().set("display", "flex").set("flex-wrap", "wrap").set("gap", "var(--lumo-space-l)")
                .set("width", "100%");
        add(heading, new Paragraph(getTranslation("needs.form.intro")), errors, notice, form);
    }

    private void configureInputs() {
        text(question, "need-question", "needs.form.question", true);
        question.setMinHeight("6em");
        question.setWidthFull();
        question.addValueChangeListener(e -> {
            if (!filling) {
                similar.show(needs.similar(e.getValue()), getLocale());
            }
        });

        domain.setId("need-domain");
        domain.setLabel(getTranslation("needs.form.domain.label"));
        domain.setHelperText(getTranslation("needs.form.domain.help"));
        domain.setItems(NeedDomain.values());
        domain.setItemLabelGenerator(this::label);
        domain.addValueChangeListener(e -> refresh());
        text(population, "need-population", "needs.form.population", true);
        text(unit, "need-unit", "needs.form.unit", true);

        choice(measure, "need-measure", "needs.form.measure.label", MeasureKind.values());
        text(measureDefinition, "need-measure-definition", "needs.form.measureDefinition", true);
        choice(figure, "need-figure", "needs.form.figure.label", FigureKind.values());
        figure.setHelperText(getTranslation("needs.form.figure.help"));
        date(referenceDate, "need-reference-date", "needs.form.referenceDate");
        referenceDate.setHelperText(getTranslation("needs.form.referenceDate.help"));
        periodNote.setId("need-period-note");
        periodNote.setText(getTranslation("needs.form.figure.periodNote"));

        text(purpose, "need-purpose", "needs.form.purpose", false);
        text(decision, "need-decision", "needs.form.decision", false);
        choice(steeringLevel, "need-steering-level", "needs.form.steeringLevel.label", SteeringLevel.values());
        steeringLevel.setItemLabelGenerator(level -> getTranslation("needs.form.steeringLevel." + level.code()));
        steeringLevel.addThemeVariants(RadioGroupVariant.LUMO_VERTICAL);
        text(users, "need-users", "needs.form.users", false);

        standNote.setId("need-stand-note");
        standNote.setText(getTranslation("needs.form.period.standNote"));
        date(periodStart, "need-period-start", "needs.form.periodStart");
        date(periodEnd, "need-period-end", "needs.form.periodEnd");
        period.add(periodStart, periodEnd);
        period.setPadding(false);
        periodStart.setHelperText(getTranslation("needs.form.period.help"));
        date(neededBy, "need-needed-by", "needs.form.neededBy");
        neededBy.setHelperText(getTranslation("needs.form.neededBy.help"));
        choice(recurrence, "need-recurrence", "needs.form.recurrence.label", Recurrence.values());
    }

    /** A text field or area: labelled, with placeholder and help from {@code key}, checked after a typing pause. */
    private void text(TextFieldBase<?, String> field, String id, String key, boolean withHelp) {
        field.setLabel(getTranslation(key + ".label"));
        field.setPlaceholder(getTranslation(key + ".placeholder"));
        field.setHelperText(withHelp ? getTranslation(key + ".help") : null);
        field.setValueChangeMode(ValueChangeMode.LAZY);
        field.setValueChangeTimeout(TYPING_PAUSE_MS);
        typed(field, id);
    }

    /** No client-side length limit: an over-long text is shown at the input with the rule's own message. */
    private void typed(TextFieldBase<?, String> field, String id) {
        field.setId(id);
        field.setWidthFull();
        field.setManualValidation(true);
        field.addValueChangeListener(e -> refresh());
    }

    private <T extends Enum<T> & NeedValue> void choice(RadioButtonGroup<T> group, String id, String key, T[] values) {
        group.setId(id);
        group.setLabel(getTranslation(key));
        group.setItems(values);
        group.setItemLabelGenerator(this::label);
        group.addValueChangeListener(e -> refresh());
    }

    private void date(DatePicker picker, String id, String key) {
        picker.setId(id);
        picker.setLabel(getTranslation(key + ".label"));
        picker.setI18n(dutchDates(getLocale()));
        picker.setLocale(getLocale());
        picker.setManualValidation(true);
        picker.addValueChangeListener(e -> refresh());
    }

    /** Dates as Huizen writes them (d-M-yyyy), weeks starting on Monday; English month names only in English. */
    static DatePicker.DatePickerI18n dutchDates(Locale locale) {
        boolean english = "en".equals(locale.getLanguage());
        DatePicker.DatePickerI18n i18n = new DatePicker.DatePickerI18n().setDateFormat("d-M-yyyy").setFirstDayOfWeek(1);
        if (english) {
            return i18n;
        }
        return i18n.setMonthNames(List.of("januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus",
                        "september", "oktober", "november", "december"))
                .setWeekdays(List.of("zondag", "maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag"))
                .setWeekdaysShort(List.of("zo", "ma", "di", "wo", "do", "vr", "za"))
                .setToday("Vandaag").setCancel("Annuleren")
                .setBadInputErrorMessage("Schrijf de datum als dag-maand-jaar, bijvoorbeeld 31-12-2025.");
    }

    private Div section(String headingKey, @Nullable String explainKey, Component... content) {
        Div section = new Div();
        section.getStyle().set("margin-top", "var(--lumo-space-l)");
        section.add(new H2(getTranslation(headingKey)));
        if (explainKey != null) {
            Paragraph explain = new Paragraph(getTranslation(explainKey));
            explain.getStyle().set("color", "var(--lumo-secondary-text-color)").set("margin-top", "0");
            section.add(explain);
        }
        VerticalLayout inputs = new VerticalLayout(content);
        inputs.setPadding(false);
        section.add(inputs);
        return section;
    }

    private Component buttons() {
        saveDraft.setText(getTranslation("needs.form.saveDraft"));
        saveDraft.setIcon(VaadinIcon.FILE_TEXT_O.create());
        saveDraft.setId("need-save-draft");
        saveDraft.addClickListener(e -> saveDraftClicked());
        submit.setText(getTranslation("needs.form.submit"));
        submit.setIcon(VaadinIcon.PAPERPLANE.create());
        submit.setId("need-submit");
        submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        submit.addClickListener(e -> submitClicked());
        submit.setTooltipText(getTranslation("needs.form.submitHelp"));
        HorizontalLayout buttons = new HorizontalLayout(saveDraft, submit);
        buttons.getStyle().set("margin-top", "var(--lumo-space-l)");
        return buttons;
    }

    private String label(NeedValue value) {
        return value.label(getLocale());
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Optional<String> requested = event.getRouteParameters().get("id");
        editing = null;
        clearErrors();
        if (requested.isEmpty()) {
            heading.setText(getTranslation("needs.form.newTitle"));
            showForm(NeedDraft.empty());
            return;
        }
        if (!NeedId.isValid(requested.get())) {
            event.rerouteToError(NotFoundException.class);
            return;
        }
        NeedId id = new NeedId(requested.get());
        Need need;
        try {
            need = needs.get(id).need();
        } catch (RecordNotFoundException unknown) {
            event.rerouteToError(NotFoundException.class);
            return;
        }
        heading.setText(getTranslation("needs.form.editTitle"));
        if (need.step() != NeedStep.CONCEPT) {
            showNotice(getTranslation("needs.form.notDraft", need.step().label(getLocale())), id);
        } else if (!need.requester().equals(authentication.getPrincipalName().orElse(""))) {
            showNotice(getTranslation("needs.form.otherDraft", need.requester()), null);
        } else {
            editing = id;
            showForm(need.draft());
            PendingRefusal pending = ComponentUtil.getData(event.getUI(), PendingRefusal.class);
            if (pending != null) {
                ComponentUtil.setData(event.getUI(), PendingRefusal.class, null);
                refuse(pending.message());
            }
        }
    }

    private void showNotice(String text, @Nullable NeedId page) {
        notice.removeAll();
        Paragraph message = new Paragraph(text);
        message.setId("need-notice-text");
        notice.add(message);
        if (page != null) {
            Anchor link = new Anchor(NeedRoutes.page(page), getTranslation("needs.form.toPage"));
            link.setId("need-notice-link");
            notice.add(link);
        }
        notice.setVisible(true);
        form.setVisible(false);
    }

    private void showForm(NeedDraft draft) {
        notice.setVisible(false);
        form.setVisible(true);
        filling = true;
        try {
            question.setValue(draft.question());
            domain.setValue(draft.domain());
            population.setValue(draft.population());
            unit.setValue(draft.unit());
            measure.setValue(draft.measure());
            measureDefinition.setValue(draft.measureDefinition());
            figure.setValue(draft.figure());
            referenceDate.setValue(draft.referenceDate());
            purpose.setValue(draft.purpose());
            decision.setValue(draft.decision());
            steeringLevel.setValue(draft.steeringLevel());
            users.setValue(draft.users());
            picker.setValue(draft.candidateDatasets(), draft.newDataNeeded());
            periodStart.setValue(draft.periodStart());
            periodEnd.setValue(draft.periodEnd());
            neededBy.setValue(draft.neededBy());
            recurrence.setValue(draft.recurrence());
        } finally {
            filling = false;
        }
        similar.show(needs.similar(draft.question()), getLocale());
        refresh();
    }

    /**
     * The draft as the inputs hold it. A standcijfer is counted on its peildatum, so the period then plays no part
     * (and the peildatum none for a figure over a period): hidden inputs never reach the draft, yet keep what was typed
     * when the requester switches back.
     */
    NeedDraft draft() {
        boolean stand = figure.getValue() == FigureKind.STANDCIJFER;
        return new NeedDraft.Builder().question(question.getValue()).domain(domain.getValue())
                .population(population.getValue()).unit(unit.getValue()).measure(measure.getValue())
                .measureDefinition(measureDefinition.getValue()).figure(figure.getValue())
                .referenceDate(stand ? referenceDate.getValue() : null).purpose(purpose.getValue())
                .decision(decision.getValue()).steeringLevel(steeringLevel.getValue()).users(users.getValue())
                .candidateDatasets(picker.slugs()).newDataNeeded(picker.newDataNeeded())
                .periodStart(stand ? null : periodStart.getValue()).periodEnd(stand ? null : periodEnd.getValue())
                .neededBy(neededBy.getValue()).recurrence(recurrence.getValue()).build();
    }

    /** Runs after every change: the SMART check, the problems at their inputs, and what is shown for the figure kind. */
    private void refresh() {
        if (filling) {
            return;
        }
        FigureKind kind = figure.getValue();
        referenceDate.setVisible(kind == FigureKind.STANDCIJFER);
        periodNote.setVisible(kind == FigureKind.PERIODECIJFER);
        standNote.setVisible(kind == FigureKind.STANDCIJFER);
        period.setVisible(kind != FigureKind.STANDCIJFER);
        NeedDraft draft = draft();
        boolean inputOk = showInputProblems(draft);
        checklist.show(needs.check(draft), getLocale());
        submit.setEnabled(inputOk && checklist.allPassed());
    }

    /**
     * Puts each problem of {@link NeedInput} at the input it is about: each input is checked alone (with a stand-in
     * question), so the rule's own Dutch message lands at the right place. True when there is none.
     */
    private boolean showInputProblems(NeedDraft draft) {
        LocalDate today = needs.today();
        boolean ok = true;
        ok &= at(question, today, b -> b.question(draft.question().isEmpty() ? "?" : draft.question()));
        ok &= at(population, today, b -> b.population(draft.population()));
        ok &= at(unit, today, b -> b.unit(draft.unit()));
        ok &= at(measureDefinition, today, b -> b.measureDefinition(draft.measureDefinition()));
        ok &= at(purpose, today, b -> b.purpose(draft.purpose()));
        ok &= at(decision, today, b -> b.decision(draft.decision()));
        ok &= at(users, today, b -> b.users(draft.users()));
        ok &= at(periodEnd, today, b -> b.periodStart(draft.periodStart()).periodEnd(draft.periodEnd()));
        ok &= at(neededBy, today, b -> b.neededBy(draft.neededBy()));
        List<String> datasets = NeedInput.problems(NeedDraft.ofQuestion("?").toBuilder()
                .candidateDatasets(draft.candidateDatasets()).build(), today);
        picker.showProblem(datasets.isEmpty() ? null : String.join(" ", datasets));
        return ok && datasets.isEmpty() && !draft.question().isEmpty();
    }

    private static boolean at(HasValidation input, LocalDate today, UnaryOperator<NeedDraft.Builder> part) {
        List<String> problems = NeedInput.problems(part.apply(NeedDraft.ofQuestion("?").toBuilder()).build(), today);
        input.setInvalid(!problems.isEmpty());
        input.setErrorMessage(problems.isEmpty() ? null : String.join(" ", problems));
        return problems.isEmpty();
    }

    private void saveDraftClicked() {
        boolean isNew = editing == null;
        NeedId id = save();
        if (id == null) {
            return;
        }
        Notification.show(getTranslation("needs.form.saved")).addThemeVariants(NotificationVariant.LUMO_SUCCESS);
        if (isNew) {
            getUI().ifPresent(ui -> ui.navigate(NeedRoutes.edit(id)));
        }
    }

    /**
     * Saves first, so a refused submission leaves the draft saved; then the service decides whether it may go in. A
     * new draft refused at submission continues at its edit address, which shows the refusal.
     */
    private void submitClicked() {
        boolean isNew = editing == null;
        NeedId id = save();
        if (id == null) {
            return;
        }
        try {
            needs.submit(id);
        } catch (NeedRefusedException | AccessDeniedException | RecordNotFoundException refused) {
            String message = getTranslation("needs.form.submitRefused", refused.getMessage());
            Optional<UI> ui = getUI();
            if (isNew && ui.isPresent()) {
                ComponentUtil.setData(ui.get(), PendingRefusal.class, new PendingRefusal(message));
                ui.get().navigate(NeedRoutes.edit(id));
            } else {
                refuse(message);
            }
            return;
        }
        Notification.show(getTranslation("needs.form.submitted")).addThemeVariants(NotificationVariant.LUMO_SUCCESS);
        getUI().ifPresent(ui -> ui.navigate(NeedRoutes.page(id)));
    }

    /** A refusal to show after navigating to the edit address of a draft that was just created. */
    private record PendingRefusal(String message) {
    }

    /** The draft saved through the service, or null when refused (then nothing was written and the reason is shown). */
    private @Nullable NeedId save() {
        clearErrors();
        NeedDraft draft = draft();
        showInputProblems(draft);
        if (draft.question().isEmpty()) {
            List<String> problems = NeedInput.problems(draft, needs.today());
            question.setInvalid(true);
            question.setErrorMessage(problems.getFirst());
        }
        try {
            NeedId saved = needs.saveDraft(editing, draft);
            editing = saved;
            return saved;
        } catch (NeedRefusedException | AccessDeniedException | RecordNotFoundException refused) {
            refuse(getTranslation("needs.form.refused", refused.getMessage()));
            return null;
        }
    }

    private void refuse(String message) {
        errors.removeAll();
        Paragraph text = new Paragraph(message);
        text.setId("need-error");
        errors.add(text);
        Notification.show(message, 8000, Notification.Position.MIDDLE).addThemeVariants(NotificationVariant.LUMO_ERROR);
    }

    private void clearErrors() {
        errors.removeAll();
    }

    @Override
    public String getPageTitle() {
        return heading.getText() + " — Datawijzer";
    }

}
