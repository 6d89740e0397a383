package nl.datawijzer.catalog.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.RolesAllowed;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;
import nl.datawijzer.catalog.DatasetFilter;
import nl.datawijzer.catalog.DatasetService;
import nl.datawijzer.catalog.DatasetSummary;
import nl.datawijzer.catalog.Label;
import nl.datawijzer.catalog.PageRequest;
import nl.datawijzer.catalog.SystemFilter;
import nl.datawijzer.catalog.SystemId;
import nl.datawijzer.catalog.SystemService;
import nl.datawijzer.catalog.SystemSummary;
import nl.datawijzer.catalog.ValueList;
import nl.datawijzer.catalog.ValueListService;
import nl.datawijzer.security.Role;
import nl.datawijzer.ui.MainLayout;

/** All datasets, searchable and filterable by system and theme. Stewards can start a new one here. */
@Route(value = "datasets", layout = MainLayout.class)
@RolesAllowed(Role.MEDEWERKER_NAME)
public class DatasetsView extends VerticalLayout implements HasDynamicTitle {

    private final TextField search = new TextField();
    private final ComboBox<SystemId> system = new ComboBox<>();
    private final ComboBox<String> theme = new ComboBox<>();
    private final Grid<DatasetSummary> grid = new Grid<>(DatasetSummary.class, false);

    public DatasetsView(DatasetService datasets, SystemService systems, ValueListService values,
            AuthenticationContext authentication) {
        setSizeFull();
        H1 heading = new H1(getTranslation("catalog.datasets.title"));
        HorizontalLayout header = new HorizontalLayout(heading);
        header.setWidthFull();
        header.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.CENTER);
        if (authentication.hasRole(Role.BEHEERDER_NAME)) {
            Button create = new Button(getTranslation("catalog.datasets.new"), VaadinIcon.PLUS.create(),
                    e -> getUI().ifPresent(ui -> ui.navigate(DatasetEditView.NEW_ROUTE)));
            create.setId("new-dataset");
            create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            header.add(create);
        }
        add(header);

        search.setId("datasets-search");
        search.setLabel(getTranslation("catalog.search"));
        search.setPlaceholder(getTranslation("catalog.datasets.searchPlaceholder"));
        search.setPrefixComponent(VaadinIcon.SEARCH.create());
        search.setClearButtonVisible(true);
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.addValueChangeListener(e -> grid.getDataProvider().refreshAll());

        Map<SystemId, String> systemTitles = systems.list(SystemFilter.NONE,
                        new PageRequest(0, PageRequest.MAX_LIMIT, "title", false)).items().stream()
                .collect(Collectors.toMap(SystemSummary::id, SystemSummary::title, (a, b) -> a, LinkedHashMap::new));
        system.setId("datasets-system");
        system.setLabel(getTranslation("catalog.dataset.system"));
        system.setItems(systemTitles.keySet());
        system.setItemLabelGenerator(id -> systemTitles.getOrDefault(id, id.slug()));
        system.setClearButtonVisible(true);
        system.setPlaceholder(getTranslation("catalog.all"));
        system.addValueChangeListener(e -> grid.getDataProvider().refreshAll());

        Map<String, String> themes = values.options(ValueList.EU_THEME).stream()
                .collect(Collectors.toMap(Label::iri, Label::label, (a, b) -> a, LinkedHashMap::new));
        theme.setId("datasets-theme");
        theme.setLabel(getTranslation("catalog.dataset.theme"));
        theme.setItems(themes.keySet());
        theme.setItemLabelGenerator(iri -> themes.getOrDefault(iri, iri));
        theme.setClearButtonVisible(true);
        theme.setPlaceholder(getTranslation("catalog.all"));
        theme.addValueChangeListener(e -> grid.getDataProvider().refreshAll());

        HorizontalLayout filters = new HorizontalLayout(search, system, theme);
        filters.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        filters.setWrap(true);
        add(filters);

        grid.setId("datasets-grid");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        LazyPaging.sortableBy(grid.addColumn(DatasetSummary::title).setKey("title")
                .setHeader(getTranslation("catalog.dataset.title")).setFlexGrow(3), "title");
        LazyPaging.sortableBy(grid.addColumn(d -> d.system().label()).setKey("system")
                .setHeader(getTranslation("catalog.dataset.system")).setFlexGrow(2), "system");
        grid.addColumn(d -> d.owner().label()).setKey("owner").setHeader(getTranslation("catalog.owner")).setFlexGrow(2);
        grid.addColumn(d -> d.themes().stream().map(Label::label).collect(Collectors.joining(", ")))
                .setKey("themes").setHeader(getTranslation("catalog.dataset.themes")).setFlexGrow(2);
        LazyPaging.sortableBy(grid.addColumn(DatasetSummary::fieldCount).setKey("fields")
                .setHeader(getTranslation("catalog.dataset.fieldCount")), "fields");
        grid.addColumn(DatasetSummary::personalFieldCount).setKey("personal")
                .setHeader(getTranslation("catalog.dataset.personalFieldCount"));
        grid.addColumn(new ComponentRenderer<>(this::candidate)).setKey("candidate")
                .setHeader(getTranslation("catalog.dataset.openDataCandidateShort")).setAutoWidth(true).setFlexGrow(0);
        LazyPaging.sortableBy(grid.addColumn(d -> Dates.format(d.modified(), getLocale())).setKey("modified")
                .setHeader(getTranslation("catalog.modified")), "modified");
        LazyPaging.load(grid, page -> datasets.list(filter(), page));
        grid.addItemClickListener(e -> getUI().ifPresent(ui -> ui.navigate(DatasetView.class,
                new RouteParameters("slug", e.getItem().id().slug()))));
        grid.setSizeFull();
        addAndExpand(grid);
    }

    private Component candidate(DatasetSummary dataset) {
        if (!dataset.openDataCandidate()) {
            return new Span();
        }
        Icon icon = VaadinIcon.GLOBE.create();
        icon.setSize("var(--lumo-icon-size-s)");
        icon.setColor("var(--dw-badge-open)");
        String text = getTranslation("catalog.dataset.openDataCandidate");
        icon.getElement().setAttribute("title", text);
        icon.getElement().setAttribute("aria-label", text);
        icon.getElement().setAttribute("role", "img");
        return icon;
    }

    private DatasetFilter filter() {
        return new DatasetFilter(search.getValue(), system.getValue(), theme.getValue());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("catalog.datasets.title") + " — Datawijzer";
    }
}
