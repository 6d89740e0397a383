package nl.datawijzer.quality.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.DescriptionList;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.shared.Registration;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.RolesAllowed;
import java.time.format.FormatStyle;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import nl.datawijzer.catalog.DatasetId;
import nl.datawijzer.catalog.DatasetService;
import nl.datawijzer.catalog.RecordNotFoundException;
import nl.datawijzer.quality.DatasetQuality;
import nl.datawijzer.quality.FieldQuality;
import nl.datawijzer.quality.FieldTrendPoint;
import nl.datawijzer.quality.ProfileRun;
import nl.datawijzer.quality.QualityService;
import nl.datawijzer.quality.Reason;
import nl.datawijzer.quality.RunProgress;
import nl.datawijzer.quality.RunRefusedException;
import nl.datawijzer.quality.RunState;
import nl.datawijzer.quality.Score;
import nl.datawijzer.quality.ScorePoint;
import nl.datawijzer.security.Role;
import nl.datawijzer.ui.FieldName;
import nl.datawijzer.ui.LineChart;
import nl.datawijzer.ui.MainLayout;
import nl.datawijzer.ui.Moments;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.AccessDeniedException;

/**
 * The quality of one dataset: its score with grade and explanation, the parts it is made of and what costs points,
 * when it was last profiled and from what source, its fields' measurements, and the trend of the score and of each
 * field's completeness. A failed last run shows as a warning while the previous score stays. Stewards (BEHEERDER) and
 * admins start a run here (the page polls its progress, since nothing else needs server push) and set the profile
 * source and field rules ({@link ProfileSettingsDialog}).
 */
@Route(value = QualityRoutes.DATASET, layout = MainLayout.class)
@RolesAllowed(Role.MEDEWERKER_NAME)
public class DatasetQualityView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    static final int POLL_MILLIS = 500;

    private final QualityService quality;
    private final DatasetService datasets;
    private final boolean mayRun;
    private final Div content = new Div();
    private final Button run = new Button();
    private final Button settings = new Button();
    private final ProgressBar progress = new ProgressBar(0, 1);
    private final Span status = new Span();
    private @Nullable DatasetId id;
    private String title = "";
    private @Nullable Registration polling;

    public DatasetQualityView(QualityService quality, DatasetService datasets, AuthenticationContext authentication) {
        this.quality = quality;
        this.datasets = datasets;
        this.mayRun = authentication.hasAnyRole(Role.BEHEERDER_NAME, Role.ADMIN_NAME);
        setMaxWidth("100rem");
        content.setWidthFull();
        add(content);
        run.setText(getTranslation("qpage.dataset.run"));
        run.setIcon(VaadinIcon.PLAY.create());
        run.setId("quality-run");
        run.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        run.addClickListener(e -> startRun());
        settings.setText(getTranslation("qpage.settings.open"));
        settings.setIcon(VaadinIcon.COG.create());
        settings.setId("quality-settings");
        settings.addClickListener(e -> openSettings());
        progress.setId("quality-progress");
        progress.setWidth("20rem");
        progress.setVisible(false);
        progress.getElement().setAttribute("aria-label", getTranslation("qpage.dataset.progress"));
        status.setId("quality-run-status");
        status.getElement().setAttribute("aria-live", "polite");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String slug = event.getRouteParameters().get("slug").orElse("");
        if (!DatasetId.isValid(slug)) {
            event.rerouteToError(NotFoundException.class);
            return;
        }
        DatasetId dataset = new DatasetId(slug);
        try {
            // The catalog decides what exists, so an unknown dataset is "not found" whatever the scores hold.
            datasets.get(dataset);
        } catch (RecordNotFoundException e) {
            event.rerouteToError(NotFoundException.class);
            return;
        }
        id = dataset;
        // The same view may be reused for another dataset: start from a page without a run going.
        stopPolling();
        run.setEnabled(true);
        progress.setVisible(false);
        status.setText("");
        render();
        quality.progress(dataset).filter(p -> !p.finished()).ifPresent(p -> {
            showProgress(p);
            follow();
        });
    }

    private void render() {
        DatasetId dataset = id;
        if (dataset == null) {
            return;
        }
        DatasetQuality shown = quality.dataset(dataset);
        title = shown.title();
        content.removeAll();
        H1 heading = new H1(getTranslation("qpage.dataset.heading", shown.title()));
        heading.setId("quality-title");
        HorizontalLayout header = new HorizontalLayout(heading);
        header.setWidthFull();
        header.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.CENTER);
        header.expand(heading);
        if (mayRun) {
            header.add(settings, run);
        }
        content.add(header);
        Anchor toDataset = new Anchor("datasets/" + dataset.slug(), getTranslation("qpage.dataset.toDataset"));
        toDataset.setId("quality-to-dataset");
        Anchor toSystem = new Anchor(QualityRoutes.system(shown.system().slug()),
                getTranslation("qpage.dataset.toSystem", shown.systemTitle()));
        toSystem.setId("quality-to-system");
        content.add(new Paragraph(toDataset, new Span(" · "), toSystem));
        content.add(new Div(progress, status));

        failure(shown).ifPresent(content::add);
        GradeBadge badge = new GradeBadge(shown.score());
        badge.setId("quality-badge");
        content.add(new Div(badge));
        shown.score().ifPresentOrElse(score -> showScore(score), () -> {
            Paragraph none = new Paragraph(getTranslation("qpage.dataset.noScore"));
            none.setId("quality-no-score");
            content.add(none);
        });
        content.add(facts(shown));
        content.add(fields(shown.fields()));
        content.add(scoreTrend(quality.scoreTrend(dataset)));
        List<FieldTrendPoint> fieldPoints = quality.fieldTrend(dataset);
        content.add(fieldTrend("quality-field-trend", "qpage.trend.completeness", fieldPoints,
                FieldTrendPoint::completeness));
        content.add(fieldTrend("quality-validity-trend", "qpage.trend.validity", fieldPoints,
                FieldTrendPoint::validity));
    }

    private void showScore(Score score) {
        Paragraph explanation = new Paragraph(score.explanation(dutch()));
        explanation.setId("quality-explanation");
        explanation.addClassName("dw-lead");
        content.add(explanation);
        content.add(new H2(getTranslation("qpage.dataset.parts")));
        DescriptionList parts = new DescriptionList();
        parts.setId("quality-parts");
        parts.addClassName("dw-meta");
        part(parts, "data", "qpage.dataset.part.data", score.dataQuality());
        part(parts, "metadata", "qpage.dataset.part.metadata", OptionalInt.of(score.metadata()));
        part(parts, "timeliness", "qpage.dataset.part.timeliness", score.timeliness());
        content.add(parts);
        if (!score.reasons().isEmpty()) {
            content.add(new H2(getTranslation("qpage.dataset.reasons")));
            UnorderedList reasons = new UnorderedList();
            reasons.setId("quality-reasons");
            for (Reason reason : score.reasons()) {
                reasons.add(new ListItem(getTranslation("qpage.dataset.reason", dutch() ? reason.nl() : reason.en(),
                        reason.points())));
            }
            content.add(reasons);
        }
    }

    private void part(DescriptionList list, String name, String key, OptionalInt value) {
        DescriptionList.Description description = new DescriptionList.Description(value.isPresent()
                ? String.valueOf(value.getAsInt()) : getTranslation("qpage.dataset.part.absent"));
        description.setId("quality-part-" + name);
        list.add(new DescriptionList.Term(getTranslation(key)), description);
    }

    /** The latest run failed: its message, while the score shown stays the previous completed run's. */
    private Optional<Component> failure(DatasetQuality shown) {
        Optional<ProfileRun> last = shown.lastRun().filter(r -> r.state() == RunState.FAILED);
        if (last.isEmpty()) {
            return Optional.empty();
        }
        ProfileRun failed = last.get();
        String message = (dutch() ? failed.failureNl() : failed.failureEn().or(failed::failureNl))
                .orElseGet(() -> getTranslation("qpage.dataset.failedUnknown"));
        String when = Moments.format(failed.ended().orElse(failed.started()), getLocale(), FormatStyle.LONG,
                FormatStyle.SHORT);
        Div warning = new Div(new Span(getTranslation(shown.score().isPresent() ? "qpage.dataset.failed"
                : "qpage.dataset.failedNoScore", when, message)));
        warning.setId("quality-failed");
        warning.getElement().setAttribute("role", "alert");
        warning.getStyle().set("border", "2px solid #a3400d").set("border-radius", "6px")
                .set("padding", "var(--lumo-space-s) var(--lumo-space-m)").set("background", "#fff4e5")
                .set("color", "#1f2937").set("margin", "var(--lumo-space-s) 0");
        return Optional.of(warning);
    }

    private Component facts(DatasetQuality shown) {
        DescriptionList facts = new DescriptionList();
        facts.setId("quality-facts");
        facts.addClassName("dw-meta");
        DescriptionList.Description last = new DescriptionList.Description(shown.lastProfiled()
                // With seconds, so a run finished within the same minute as the previous one still shows as new.
                .map(at -> Moments.format(at, getLocale(), FormatStyle.LONG, FormatStyle.MEDIUM))
                .orElseGet(() -> getTranslation("qpage.dataset.never")));
        last.setId("quality-last-profiled");
        DescriptionList.Description source = new DescriptionList.Description(shown.source()
                .orElseGet(() -> getTranslation("qpage.dataset.noSource")));
        source.setId("quality-source");
        facts.add(new DescriptionList.Term(getTranslation("qpage.dataset.lastProfiled")), last,
                new DescriptionList.Term(getTranslation("qpage.dataset.source")), source);
        return facts;
    }

    private Component fields(List<FieldQuality> measured) {
        Div section = new Div(new H2(getTranslation("qpage.dataset.fields")));
        if (measured.isEmpty()) {
            Paragraph none = new Paragraph(getTranslation("qpage.dataset.fields.none"));
            none.setId("quality-fields-none");
            section.add(none);
            return section;
        }
        Grid<FieldQuality> grid = new Grid<>(FieldQuality.class, false);
        grid.setId("quality-fields");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setAllRowsVisible(true);
        grid.addColumn(new ComponentRenderer<>(DatasetQualityView::fieldName)).setKey("title")
                .setHeader(getTranslation("qpage.field.title")).setFlexGrow(3);
        number(grid, "completeness", "qpage.field.completeness", f -> share(f, OptionalDouble.of(f.completeness())));
        number(grid, "validity", "qpage.field.validity", f -> share(f, OptionalDouble.of(f.validity())));
        number(grid, "uniqueness", "qpage.field.uniqueness", f -> share(f, f.uniqueness()));
        number(grid, "consistency", "qpage.field.consistency", f -> share(f, f.consistency()));
        number(grid, "empty", "qpage.field.empty", f -> f.present() ? String.valueOf(f.empty()) : "–");
        number(grid, "invalid", "qpage.field.invalid", f -> f.present() ? String.valueOf(f.invalid()) : "–");
        grid.setItems(measured);
        section.add(grid);
        return section;
    }

    private void number(Grid<FieldQuality> grid, String key, String header,
            com.vaadin.flow.function.ValueProvider<FieldQuality, String> value) {
        grid.addColumn(value).setKey(key).setHeader(getTranslation(header)).setAutoWidth(true)
                .setTextAlign(ColumnTextAlign.END);
    }

    private String share(FieldQuality field, OptionalDouble value) {
        if (!field.present()) {
            return getTranslation("qpage.field.missing");
        }
        return value.isPresent() ? Tables.percent(value.getAsDouble(), getLocale())
                : getTranslation("qpage.field.notApplicable");
    }

    private static Component fieldName(FieldQuality field) {
        return FieldName.cell(field.title(), field.technicalName());
    }

    private Component scoreTrend(List<ScorePoint> points) {
        LineChart chart = LineChart.titled(getTranslation("qpage.trend.score")).locale(getLocale()).decimals(0)
                .emptyText(getTranslation("qpage.trend.empty"))
                .series(getTranslation("qpage.trend.scoreSeries"),
                        points.stream().map(p -> new LineChart.Point(p.at(), p.score())).toList());
        return trendSection("quality-score-trend", chart);
    }

    /** One line per field: how much of it was filled, or how much of what was filled was valid, run after run. */
    private Component fieldTrend(String id, String titleKey, List<FieldTrendPoint> points,
            java.util.function.ToDoubleFunction<FieldTrendPoint> share) {
        LineChart chart = LineChart.titled(getTranslation(titleKey)).locale(getLocale()).unit("%")
                .emptyText(getTranslation("qpage.trend.empty"));
        Map<String, List<LineChart.Point>> byField = new LinkedHashMap<>();
        for (FieldTrendPoint point : points) {
            byField.computeIfAbsent(point.technicalName(), f -> new java.util.ArrayList<>())
                    .add(new LineChart.Point(point.at(), Math.clamp(share.applyAsDouble(point), 0, 100)));
        }
        byField.forEach(chart::series);
        return trendSection(id, chart);
    }

    private Component trendSection(String id, LineChart chart) {
        Div section = new Div(new H2(chart.title()),
                Tables.chartWithTable(id, chart, getTranslation("qpage.trend.moment"),
                        getTranslation("qpage.trend.table")));
        section.setWidthFull();
        return section;
    }

    /** Stewards set the source and field rules here; after a save the page shows the new source at once. */
    private void openSettings() {
        DatasetId dataset = id;
        if (dataset == null) {
            return;
        }
        try {
            new ProfileSettingsDialog(quality, dataset, title, () -> {
                render();
                notify(getTranslation("qpage.settings.saved"), "quality-settings-saved",
                        NotificationVariant.LUMO_SUCCESS);
            }).open();
        } catch (AccessDeniedException e) {
            notify(getTranslation("qpage.settings.denied"), "quality-settings-refused", NotificationVariant.LUMO_ERROR);
        }
    }

    private void startRun() {
        DatasetId dataset = id;
        if (dataset == null) {
            return;
        }
        try {
            showProgress(quality.startRun(dataset));
            follow();
        } catch (RunRefusedException e) {
            notify(dutch() ? e.messageNl() : e.getMessage(), "quality-run-refused", NotificationVariant.LUMO_ERROR);
        } catch (AccessDeniedException e) {
            notify(getTranslation("qpage.dataset.runFailed", e.getMessage()), "quality-run-refused",
                    NotificationVariant.LUMO_ERROR);
        }
    }

    private void showProgress(RunProgress going) {
        run.setEnabled(false);
        progress.setVisible(true);
        progress.setValue(Math.clamp(going.fraction(), 0, 1));
        status.setText(getTranslation("qpage.dataset.running", Math.round(going.fraction() * 100)));
    }

    /** Polls the run's progress until it has finished; then shows the new state and stops polling. */
    private void follow() {
        UI ui = UI.getCurrent();
        if (ui == null) {
            return;
        }
        ui.setPollInterval(POLL_MILLIS);
        if (polling == null) {
            polling = ui.addPollListener(e -> poll());
        }
    }

    private void poll() {
        DatasetId dataset = id;
        if (dataset == null) {
            stopPolling();
            return;
        }
        Optional<RunProgress> now = quality.progress(dataset);
        if (now.isPresent() && !now.get().finished()) {
            showProgress(now.get());
            return;
        }
        stopPolling();
        run.setEnabled(true);
        progress.setVisible(false);
        Optional<ProfileRun> outcome = now.flatMap(RunProgress::outcome);
        render();
        if (outcome.isPresent() && outcome.get().state() == RunState.FAILED) {
            ProfileRun failed = outcome.get();
            String reason = (dutch() ? failed.failureNl() : failed.failureEn().or(failed::failureNl))
                    .orElseGet(() -> getTranslation("qpage.dataset.failedUnknown"));
            status.setText(getTranslation("qpage.dataset.runFailed", reason));
            notify(status.getText(), "quality-run-failed", NotificationVariant.LUMO_ERROR);
        } else {
            status.setText(getTranslation("qpage.dataset.done"));
            notify(status.getText(), "quality-run-done", NotificationVariant.LUMO_SUCCESS);
        }
    }

    private void stopPolling() {
        if (polling != null) {
            polling.remove();
            polling = null;
        }
        getUI().or(() -> Optional.ofNullable(UI.getCurrent())).ifPresent(ui -> ui.setPollInterval(-1));
    }

    private void notify(String text, String notificationId, NotificationVariant variant) {
        Notification notification = Notification.show(text, 6000, Notification.Position.BOTTOM_START);
        notification.addThemeVariants(variant);
        notification.setId(notificationId);
    }

    @Override
    protected void onDetach(DetachEvent detachEvent) {
        // Leaving the page mid-run: stop polling; the run goes on and the page picks it up when opened again.
        if (polling != null) {
            polling.remove();
            polling = null;
            detachEvent.getUI().setPollInterval(-1);
        }
        super.onDetach(detachEvent);
    }

    private boolean dutch() {
        return !"en".equals(getLocale().getLanguage());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("qpage.dataset.heading", title.isEmpty() ? "" : title) + " — Datawijzer";
    }
}
