package nl.datawijzer.catalog.ui;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import jakarta.annotation.security.RolesAllowed;
import java.util.Map;
import java.util.stream.Collectors;
import nl.datawijzer.catalog.Label;
import nl.datawijzer.catalog.SystemFilter;
import nl.datawijzer.catalog.SystemService;
import nl.datawijzer.catalog.SystemSummary;
import nl.datawijzer.catalog.ValueList;
import nl.datawijzer.catalog.ValueListService;
import nl.datawijzer.security.Role;
import nl.datawijzer.ui.MainLayout;

/** All systems (applications and data sources), searchable and filterable by kind. */
@Route(value = "systemen", layout = MainLayout.class)
@RolesAllowed(Role.MEDEWERKER_NAME)
public class SystemsView extends VerticalLayout implements HasDynamicTitle {

    private final TextField search = new TextField();
    private final ComboBox<String> kind = new ComboBox<>();
    private final Grid<SystemSummary> grid = new Grid<>(SystemSummary.class, false);

    public SystemsView(SystemService systems, ValueListService values) {
        setSizeFull();
        add(new H1(getTranslation("catalog.systems.title")));

        search.setId("systems-search");
        search.setLabel(getTranslation("catalog.search"));
        search.setPlaceholder(getTranslation("catalog.systems.searchPlaceholder"));
        search.setPrefixComponent(VaadinIcon.SEARCH.create());
        search.setClearButtonVisible(true);
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.addValueChangeListener(e -> grid.getDataProvider().refreshAll());

        Map<String, String> kinds = values.options(ValueList.SYSTEM_KIND).stream()
                .collect(Collectors.toMap(Label::iri, Label::label, (a, b) -> a, java.util.LinkedHashMap::new));
        kind.setId("systems-kind");
        kind.setLabel(getTranslation("catalog.system.kind"));
        kind.setItems(kinds.keySet());
        kind.setItemLabelGenerator(iri -> kinds.getOrDefault(iri, iri));
        kind.setClearButtonVisible(true);
        kind.setPlaceholder(getTranslation("catalog.all"));
        kind.addValueChangeListener(e -> grid.getDataProvider().refreshAll());

        HorizontalLayout filters = new HorizontalLayout(search, kind);
        filters.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        add(filters);

        grid.setId("systems-grid");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        LazyPaging.sortableBy(grid.addColumn(SystemSummary::title)
                .setKey("title").setHeader(getTranslation("catalog.system.title")).setFlexGrow(3), "title");
        grid.addColumn(s -> s.kind().label()).setKey("kind").setHeader(getTranslation("catalog.system.kind"));
        grid.addColumn(s -> s.owner().label()).setKey("owner").setHeader(getTranslation("catalog.owner")).setFlexGrow(2);
        LazyPaging.sortableBy(grid.addColumn(SystemSummary::datasetCount)
                .setKey("datasets").setHeader(getTranslation("catalog.system.datasetCount")), "datasets");
        grid.addColumn(s -> getTranslation(s.external() ? "catalog.yes" : "catalog.no"))
                .setKey("external").setHeader(getTranslation("catalog.system.external"));
        LazyPaging.load(grid, page -> systems.list(filter(), page));
        grid.addItemClickListener(e -> getUI().ifPresent(ui -> ui.navigate(SystemView.class,
                new RouteParameters("slug", e.getItem().id().slug()))));
        grid.setSizeFull();
        addAndExpand(grid);
    }

    private SystemFilter filter() {
        return new SystemFilter(search.getValue(), kind.getValue());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("catalog.systems.title") + " — Datawijzer";
    }
}
