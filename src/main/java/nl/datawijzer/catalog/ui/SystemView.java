package nl.datawijzer.catalog.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import jakarta.annotation.security.RolesAllowed;
import nl.datawijzer.catalog.DatasetFilter;
import nl.datawijzer.catalog.DatasetService;
import nl.datawijzer.catalog.DatasetSummary;
import nl.datawijzer.catalog.InvalidIdException;
import nl.datawijzer.catalog.Label;
import nl.datawijzer.catalog.RecordNotFoundException;
import nl.datawijzer.catalog.SystemDetail;
import nl.datawijzer.catalog.SystemId;
import nl.datawijzer.catalog.SystemService;
import nl.datawijzer.catalog.ValueListService;
import nl.datawijzer.security.Role;
import nl.datawijzer.privacy.PrivacyReviewService;
import nl.datawijzer.privacy.ui.PrivacySummary;
import nl.datawijzer.quality.QualityService;
import nl.datawijzer.quality.SystemQuality;
import nl.datawijzer.quality.ui.QualitySummary;
import nl.datawijzer.ui.MainLayout;
import org.jspecify.annotations.Nullable;

/** One system: what it is, who owns it, how sensitive it is (BIV) and the datasets it holds. */
@Route(value = "systemen/:slug", layout = MainLayout.class)
@RolesAllowed(Role.MEDEWERKER_NAME)
public class SystemView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final SystemService systems;
    private final DatasetService datasets;
    private final PrivacyReviewService privacy;
    private final ValueListService values;
    private final QualityService quality;
    private String title = "";

    public SystemView(SystemService systems, DatasetService datasets, PrivacyReviewService privacy,
            ValueListService values, QualityService quality) {
        this.quality = quality;
        this.systems = systems;
        this.datasets = datasets;
        this.privacy = privacy;
        this.values = values;
        setMaxWidth("80rem");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        SystemDetail system;
        try {
            system = systems.get(new SystemId(event.getRouteParameters().get("slug").orElse("")));
        } catch (InvalidIdException | RecordNotFoundException e) {
            event.rerouteToError(NotFoundException.class);
            return;
        }
        show(system);
    }

    private void show(SystemDetail system) {
        removeAll();
        title = system.title();
        H1 heading = new H1(system.title());
        heading.setId("system-title");
        Paragraph description = new Paragraph(system.description());
        description.setId("system-description");
        description.addClassName("dw-lead");
        add(heading, description);
        add(QualitySummary.ofSystem(system.id().slug(), quality.systems().stream()
                .filter(s -> s.system().equals(system.id())).findFirst().map(SystemQuality::score)));
        add(new PrivacySummary(privacy.system(system.id()), values));

        MetaList meta = new MetaList("system-meta")
                .text(getTranslation("catalog.system.kind"), system.kind().label())
                .text(getTranslation("catalog.owner"), system.owner().label())
                .text(getTranslation("catalog.steward"), system.steward().label())
                .text(getTranslation("catalog.system.vendor"), system.vendor())
                .text(getTranslation("catalog.system.hostedBy"), system.hostedBy())
                .text(getTranslation("catalog.system.availability"), label(system.availability()))
                .text(getTranslation("catalog.system.integrity"), label(system.integrity()))
                .text(getTranslation("catalog.system.confidentiality"), label(system.confidentiality()))
                .text(getTranslation("catalog.system.external"),
                        getTranslation(system.external() ? "catalog.yes" : "catalog.no"))
                .text(getTranslation("catalog.modified"), Dates.format(system.modified(), getLocale()));
        add(meta);

        add(new H2(getTranslation("catalog.system.datasets")));
        Grid<DatasetSummary> grid = new Grid<>(DatasetSummary.class, false);
        grid.setId("system-datasets");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.setAllRowsVisible(true);
        LazyPaging.sortableBy(grid.addColumn(DatasetSummary::title).setKey("title")
                .setHeader(getTranslation("catalog.dataset.title")).setFlexGrow(3), "title");
        grid.addColumn(d -> d.owner().label()).setKey("owner").setHeader(getTranslation("catalog.owner")).setFlexGrow(2);
        LazyPaging.sortableBy(grid.addColumn(DatasetSummary::fieldCount).setKey("fields")
                .setHeader(getTranslation("catalog.dataset.fieldCount")), "fields");
        LazyPaging.sortableBy(grid.addColumn(d -> Dates.format(d.modified(), getLocale())).setKey("modified")
                .setHeader(getTranslation("catalog.modified")), "modified");
        DatasetFilter filter = DatasetFilter.ofSystem(system.id());
        LazyPaging.load(grid, page -> datasets.list(filter, page));
        grid.addItemClickListener(e -> getUI().ifPresent(ui -> ui.navigate(DatasetView.class,
                new RouteParameters("slug", e.getItem().id().slug()))));
        add(grid);
    }

    private static @Nullable String label(@Nullable Label label) {
        return label == null ? null : label.label();
    }

    @Override
    public String getPageTitle() {
        return (title.isEmpty() ? getTranslation("catalog.systems.title") : title) + " — Datawijzer";
    }
}
