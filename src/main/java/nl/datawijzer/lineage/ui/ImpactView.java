package nl.datawijzer.lineage.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import jakarta.annotation.security.RolesAllowed;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import nl.datawijzer.lineage.Closure;
import nl.datawijzer.lineage.Impact;
import nl.datawijzer.lineage.ImpactEntry;
import nl.datawijzer.lineage.LineageNode;
import nl.datawijzer.lineage.LineageService;
import nl.datawijzer.lineage.NodeKind;
import nl.datawijzer.lineage.UnknownLineageNodeException;
import nl.datawijzer.security.Role;
import nl.datawijzer.ui.MainLayout;

/**
 * "Wat raakt deze wijziging?": everything downstream of a dataset or field (datasets, fields, jobs, KPIs with their norm,
 * dashboards, information needs), nearest first, with upstream on a second tab, a depth, field level, and CSV.
 * The node is the rest of the address ({@code herkomst/impact/dataset/wmo-meldingen}); depth and level are query
 * parameters, so the address can be shared.
 */
@Route(value = ImpactView.ROUTE, layout = MainLayout.class)
@RolesAllowed(Role.MEDEWERKER_NAME)
public class ImpactView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    public static final String ROUTE = "herkomst/impact/:node*";
    static final String CSV = "api/lineage/impact.csv";
    /** Depth choices; 0 stands for no limit. */
    static final List<Integer> DEPTHS = List.of(1, 2, 3, 5, 0);

    private final LineageService lineage;
    private String node = "";
    private int depth;
    private boolean fields;

    public ImpactView(LineageService lineage) {
        this.lineage = lineage;
        setMaxWidth("100rem");
    }

    /** The address of this view for a node, at dataset level without depth limit. */
    public static String address(String node) {
        return "herkomst/impact/" + node;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        node = event.getRouteParameters().get("node").orElse("");
        Map<String, List<String>> query = event.getLocation().getQueryParameters().getParameters();
        depth = parseDepth(query.getOrDefault("diepte", List.of()));
        fields = query.getOrDefault("niveau", List.of()).contains("veld");
        Impact impact;
        try {
            impact = lineage.impact(node, depth == 0 ? LineageService.UNLIMITED : depth, fields);
        } catch (UnknownLineageNodeException e) {
            event.rerouteToError(NotFoundException.class);
            return;
        }
        removeAll();
        show(impact);
    }

    private static int parseDepth(List<String> values) {
        try {
            int value = values.isEmpty() ? 0 : Integer.parseInt(values.getFirst());
            return DEPTHS.contains(value) ? value : 0;
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    private void show(Impact impact) {
        LineageNode focus = impact.focus();
        add(new H1(getTranslation("lineage.impact.title")));
        Paragraph about = new Paragraph();
        about.setId("impact-focus");
        about.add(new Span(getTranslation("lineage.impact.focus", kind(focus.kind()))), new Span(" "), link(focus));
        if (focus.systemLabel() != null) {
            about.add(new Span(" (" + focus.systemLabel() + ")"));
        }
        add(about, controls(), summary(impact.downstream()));

        TabSheet tabs = new TabSheet();
        tabs.setId("impact-tabs");
        tabs.setWidthFull();
        tabs.add(getTranslation("lineage.impact.downstream", impact.downstream().entries().size()),
                side(impact.downstream(), "impact-downstream"));
        tabs.add(getTranslation("lineage.impact.upstream", impact.upstream().entries().size()),
                side(impact.upstream(), "impact-upstream"));
        add(tabs);
    }

    private Component controls() {
        Select<Integer> depthSelect = new Select<>();
        depthSelect.setId("impact-depth");
        depthSelect.setLabel(getTranslation("lineage.impact.depth"));
        depthSelect.setItems(DEPTHS);
        depthSelect.setItemLabelGenerator(d -> d == 0 ? getTranslation("lineage.impact.depth.all") : d.toString());
        depthSelect.setValue(depth);
        depthSelect.addValueChangeListener(e -> navigate(e.getValue() == null ? 0 : e.getValue(), fields));

        Checkbox fieldLevel = new Checkbox(getTranslation("lineage.impact.fields"), fields);
        fieldLevel.setId("impact-fields");
        fieldLevel.addValueChangeListener(e -> navigate(depth, e.getValue()));

        Anchor csv = new Anchor(CSV + "?node=" + encode(node) + (depth == 0 ? "" : "&depth=" + depth)
                + (fields ? "&fields=true" : ""), getTranslation("lineage.impact.csv"));
        csv.setId("impact-csv");
        csv.setRouterIgnore(true);
        csv.setDownload(true);

        HorizontalLayout controls = new HorizontalLayout(depthSelect, fieldLevel, csv);
        controls.setAlignItems(FlexComponent.Alignment.BASELINE);
        return controls;
    }

    private void navigate(int newDepth, boolean newFields) {
        Map<String, String> query = new HashMap<>();
        if (newDepth != 0) {
            query.put("diepte", Integer.toString(newDepth));
        }
        if (newFields) {
            query.put("niveau", "veld");
        }
        getUI().ifPresent(ui -> ui.navigate(ImpactView.class, new RouteParameters("node", node),
                QueryParameters.simple(query)));
    }

    /** How many of each kind a change touches, in one line: "3 datasets, 2 KPI's, 1 dashboard, 1 informatiebehoefte". */
    private Component summary(Closure downstream) {
        Map<String, Integer> counts = new java.util.LinkedHashMap<>();
        Map<NodeKind, Integer> byKind = new EnumMap<>(NodeKind.class);
        int dashboards = 0;
        for (ImpactEntry entry : downstream.entries()) {
            if (entry.dashboard()) {
                dashboards++;
            } else {
                byKind.merge(entry.node().kind(), 1, Integer::sum);
            }
        }
        for (NodeKind kind : NodeKind.values()) {
            if (byKind.containsKey(kind)) {
                counts.put(kind(kind), byKind.get(kind));
            }
        }
        if (dashboards > 0) {
            counts.put(getTranslation("lineage.impact.kind.dashboard"), dashboards);
        }
        Paragraph summary = new Paragraph(counts.isEmpty() ? getTranslation("lineage.impact.nothing")
                : getTranslation("lineage.impact.summary", counts.entrySet().stream()
                        .map(e -> e.getKey() + ": " + e.getValue()).collect(Collectors.joining(", "))));
        summary.setId("impact-summary");
        return summary;
    }

    private Component side(Closure closure, String id) {
        Div side = new Div();
        side.setWidthFull();
        if (closure.entries().isEmpty()) {
            Paragraph none = new Paragraph(getTranslation("lineage.impact.none"));
            none.setId(id + "-none");
            side.add(none);
            return side;
        }
        Map<String, String> labels = new HashMap<>();
        labels.put(closure.focus().id(), closure.focus().label());
        closure.entries().forEach(e -> labels.put(e.node().id(), e.node().label()));
        Grid<ImpactEntry> grid = new Grid<>(ImpactEntry.class, false);
        grid.setId(id);
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_ROW_STRIPES);
        grid.setAllRowsVisible(closure.entries().size() <= 200);
        grid.addColumn(ImpactEntry::distance).setHeader(getTranslation("lineage.impact.distance")).setAutoWidth(true)
                .setFlexGrow(0).setSortable(true);
        grid.addColumn(e -> e.dashboard() ? getTranslation("lineage.impact.kind.dashboard") : kind(e.node().kind()))
                .setHeader(getTranslation("lineage.impact.kind")).setAutoWidth(true).setFlexGrow(0).setSortable(true);
        grid.addColumn(new ComponentRenderer<>(e -> link(e.node()))).setHeader(getTranslation("lineage.impact.name"))
                .setFlexGrow(2);
        grid.addColumn(e -> e.node().systemLabel() == null ? "" : e.node().systemLabel())
                .setHeader(getTranslation("lineage.impact.system")).setFlexGrow(1).setSortable(true);
        grid.addColumn(e -> e.node().personalData() ? getTranslation("lineage.impact.personal.yes") : "")
                .setHeader(getTranslation("lineage.impact.personal")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(e -> e.norm() == null ? "" : e.norm()).setHeader(getTranslation("lineage.impact.norm"))
                .setFlexGrow(1);
        grid.addColumn(e -> closure.path(e.node().id()).stream().map(p -> labels.getOrDefault(p, p))
                .collect(Collectors.joining(" → "))).setHeader(getTranslation("lineage.impact.path")).setFlexGrow(3);
        grid.setItems(closure.entries());
        side.add(grid);
        if (closure.truncated()) {
            Paragraph more = new Paragraph(getTranslation("lineage.impact.truncated"));
            more.setId(id + "-truncated");
            side.add(more);
        }
        return side;
    }

    private Component link(LineageNode node) {
        String label = node.kind() == NodeKind.FIELD ? node.label() + " (" + datasetSlug(node) + ")" : node.label();
        return node.path() == null ? new Span(label) : new Anchor(node.path(), label);
    }

    private static String datasetSlug(LineageNode field) {
        String id = field.id();
        return id.substring("dataset/".length(), id.indexOf("/field/"));
    }

    private String kind(NodeKind kind) {
        return "en".equals(getLocale().getLanguage()) ? kind.labelEn() : kind.labelNl();
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("lineage.impact.title") + " — Datawijzer";
    }
}
