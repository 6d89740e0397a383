package nl.datawijzer.lineage.picture.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import nl.datawijzer.lineage.UnknownLineageNodeException;
import java.util.Set;
import java.util.stream.Stream;
import nl.datawijzer.lineage.Direction;
import nl.datawijzer.lineage.LineageNode;
import nl.datawijzer.lineage.LineageService;
import nl.datawijzer.lineage.LineageView;
import nl.datawijzer.lineage.picture.Groups;
import nl.datawijzer.lineage.picture.LineagePicture;
import nl.datawijzer.search.Facet;
import nl.datawijzer.search.SearchHit;
import nl.datawijzer.search.SearchKind;
import nl.datawijzer.search.SearchRequest;
import nl.datawijzer.search.SearchService;
import nl.datawijzer.security.Role;
import nl.datawijzer.ui.MainLayout;

/**
 * The lineage explorer: pick a dataset, see where its data comes from and what depends on it, as deep as needed. Every
 * choice (dataset, depth, direction, level, open systems) lives in the address, so each view can be bookmarked; a
 * change navigates to the new address.
 */
@Route(value = LineageExplorerView.ROUTE, layout = MainLayout.class)
@RolesAllowed(Role.MEDEWERKER_NAME)
@StyleSheet("styles/lineage.css")
public class LineageExplorerView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    static final String ROUTE = "herkomst";

    private final LineageService lineage;
    private final SearchService search;
    private ExplorerState state = ExplorerState.start();

    public LineageExplorerView(LineageService lineage, SearchService search) {
        this.lineage = lineage;
        this.search = search;
        setId("lineage-explorer");
    }

    @Override
    public String getPageTitle() {
        return getTranslation("lineage.explorer.title") + " – Datawijzer";
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        state = ExplorerState.from(event.getLocation().getQueryParameters());
        render();
    }

    private void go(ExplorerState next) {
        UI.getCurrent().navigate(LineageExplorerView.class, next.toParameters());
    }

    private void render() {
        removeAll();
        add(new H1(getTranslation("lineage.explorer.title")));
        add(new Paragraph(getTranslation("lineage.explorer.intro")));
        FlexLayout controls = new FlexLayout(datasetPicker(), depth(), direction(), level());
        controls.setId("lineage-controls");
        controls.addClassName("lp-controls");
        add(controls);
        if (state.focus() == null) {
            add(message("lineage-empty", "lineage.explorer.empty"));
            return;
        }
        if (!state.focusIsDataset()) {
            add(message("lineage-error", "lineage.explorer.badFocus"));
            return;
        }
        LineageView view;
        try {
            view = lineage.around(state.focus(), state.direction(), state.depth(), state.fields());
        } catch (UnknownLineageNodeException | IllegalArgumentException e) {
            add(message("lineage-error", "lineage.explorer.notFound"));
            return;
        }
        LineagePicture.Drawing drawing = LineagePicture.draw(view, state.groups(), getLocale(), this::getTranslation,
                groups -> state.withGroups(groups).href());
        view.nodes().stream().filter(n -> n.id().equals(view.focus())).findFirst()
                .ifPresent(n -> add(new H2(n.label())));
        Paragraph summary = new Paragraph(getTranslation("lineage.explorer.summary", view.nodes().size(),
                view.edges().size()));
        summary.setId("lineage-summary");
        add(summary);
        add(systems(view, drawing), zoom());
        PictureCanvas canvas = new PictureCanvas("lineage-picture");
        canvas.getElement().setAttribute("aria-label", getTranslation("lineage.explorer.title"));
        canvas.show(drawing.svg());
        add(canvas);
    }

    private Paragraph message(String id, String key) {
        Paragraph p = new Paragraph(getTranslation(key));
        p.setId(id);
        return p;
    }

    private Component datasetPicker() {
        ComboBox<SearchHit> picker = new ComboBox<>(getTranslation("lineage.explorer.dataset"));
        picker.setId("lineage-dataset");
        picker.setPlaceholder(getTranslation("lineage.explorer.datasetPlaceholder"));
        picker.setItemLabelGenerator(hit -> hit.subtitle() == null ? hit.title() : hit.title() + " · " + hit.subtitle());
        picker.setItems(query -> datasets(query.getFilter().orElse(""), query.getOffset(), query.getLimit()));
        picker.setMinWidth("22em");
        picker.addValueChangeListener(e -> {
            if (e.getValue() != null && e.getValue().path() != null
                    && !focusOf(e.getValue()).equals(state.focus())) {
                go(state.withFocus(focusOf(e.getValue())));
            }
        });
        return picker;
    }

    /** Datasets matching the typed text, through the staff search (so the same words find the same datasets). */
    private Stream<SearchHit> datasets(String filter, int offset, int limit) {
        if (offset >= SearchRequest.MAX_OFFSET) {
            return Stream.empty();
        }
        SearchRequest request = new SearchRequest(filter, Map.of(Facet.KIND, Set.of(SearchKind.DATASET.label())),
                offset, Math.clamp(limit, 1, SearchRequest.MAX_LIMIT));
        return search.search(request).hits().stream().filter(h -> h.kind() == SearchKind.DATASET && h.path() != null);
    }

    /** A dataset's page is {@code datasets/slug}; its lineage node id is {@code dataset/slug}. */
    static String focusOf(SearchHit hit) {
        String path = hit.path();
        return "dataset/" + path.substring(path.lastIndexOf('/') + 1);
    }

    private Component depth() {
        Select<Integer> depth = new Select<>();
        depth.setId("lineage-depth");
        depth.setLabel(getTranslation("lineage.explorer.depth"));
        depth.setItems(ExplorerState.depths());
        depth.setValue(state.depth());
        depth.addValueChangeListener(e -> {
            if (e.getValue() != null && e.getValue() != state.depth()) {
                go(state.withDepth(e.getValue()));
            }
        });
        return depth;
    }

    private Component direction() {
        Select<Direction> direction = new Select<>();
        direction.setId("lineage-direction");
        direction.setLabel(getTranslation("lineage.explorer.direction"));
        direction.setItems(Direction.values());
        direction.setItemLabelGenerator(d -> getTranslation("lineage.explorer.direction." + d.name().toLowerCase(java.util.Locale.ROOT)));
        direction.setValue(state.direction());
        direction.addValueChangeListener(e -> {
            if (e.getValue() != null && e.getValue() != state.direction()) {
                go(state.withDirection(e.getValue()));
            }
        });
        return direction;
    }

    private Component level() {
        RadioButtonGroup<Boolean> level = new RadioButtonGroup<>(getTranslation("lineage.explorer.level"));
        level.setId("lineage-level");
        level.setItems(false, true);
        level.setItemLabelGenerator(f -> getTranslation(f ? "lineage.explorer.level.field" : "lineage.explorer.level.dataset"));
        level.setValue(state.fields());
        level.addValueChangeListener(e -> {
            if (e.getValue() != null && e.getValue() != state.fields()) {
                go(state.withFields(e.getValue()));
            }
        });
        return level;
    }

    private Component systems(LineageView view, LineagePicture.Drawing drawing) {
        Map<String, String> labels = new LinkedHashMap<>();
        for (LineageNode node : view.nodes()) {
            if (node.system() != null) {
                labels.putIfAbsent(node.system(), node.systemLabel() == null ? node.system() : node.systemLabel());
            }
        }
        CheckboxGroup<String> systems = new CheckboxGroup<>(getTranslation("lineage.explorer.systems"));
        systems.setId("lineage-systems");
        systems.setItems(drawing.systems());
        systems.setItemLabelGenerator(s -> labels.getOrDefault(s, s));
        systems.setValue(drawing.openSystems());
        systems.addValueChangeListener(e -> {
            Set<String> open = new LinkedHashSet<>();
            Set<String> closed = new LinkedHashSet<>();
            for (String system : drawing.systems()) {
                (e.getValue().contains(system) ? open : closed).add(system);
            }
            if (!open.equals(drawing.openSystems())) {
                go(state.withGroups(new Groups(open, closed)));
            }
        });
        return systems;
    }

    private Component zoom() {
        Select<Integer> zoom = new Select<>();
        zoom.setId("lineage-zoom");
        zoom.setLabel(getTranslation("lineage.explorer.zoom"));
        zoom.setItems(List.of(50, 75, 100, 150, 200));
        zoom.setItemLabelGenerator(z -> z + "%");
        zoom.setValue(100);
        zoom.addValueChangeListener(e -> {
            if (e.getValue() != null) {
                getChildren().filter(PictureCanvas.class::isInstance).map(PictureCanvas.class::cast)
                        .forEach(c -> c.zoom(e.getValue()));
            }
        });
        Div wrapper = new Div(zoom);
        wrapper.addClassName("lp-zoom");
        return wrapper;
    }
}
