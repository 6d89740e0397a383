package nl.datawijzer.lineage.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import nl.datawijzer.catalog.RecordNotFoundException;
import nl.datawijzer.lineage.LineageEdge;
import nl.datawijzer.lineage.LineageEditService;
import nl.datawijzer.lineage.LineageNode;
import nl.datawijzer.lineage.LineageService;
import nl.datawijzer.lineage.NodeKind;
import nl.datawijzer.rdf.WriteRefusedException;
import nl.datawijzer.security.Role;
import nl.datawijzer.ui.MainLayout;
import org.jspecify.annotations.Nullable;

/**
 * Stewards edit what a dataset and its fields are derived from: the recorded links with a remove button each, and a
 * form for a new one (the dataset from another dataset, or one of its fields from a field of another dataset). The
 * service refuses self-links, mixes, unknown records and cycles; its Dutch message is shown as it is.
 */
@Route(value = LineageEditView.ROUTE, layout = MainLayout.class)
@RolesAllowed(Role.BEHEERDER_NAME)
public class LineageEditView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    public static final String ROUTE = "herkomst/bewerken/:slug";

    private final LineageService lineage;
    private final LineageEditService edit;
    private String dataset = "";
    private final Grid<LineageEdge> links = new Grid<>(LineageEdge.class, false);
    private final Select<LineageNode> derived = new Select<>();
    private final ComboBox<LineageNode> sourceDataset = new ComboBox<>();
    private final ComboBox<LineageNode> sourceField = new ComboBox<>();
    private final Paragraph error = new Paragraph();
    private Map<String, String> labels = new HashMap<>();
    private String title = "";

    public LineageEditView(LineageService lineage, LineageEditService edit) {
        this.lineage = lineage;
        this.edit = edit;
        setMaxWidth("100rem");
    }

    /** The address of the editor of one dataset's lineage. */
    public static String address(String datasetSlug) {
        return "herkomst/bewerken/" + datasetSlug;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String slug = event.getRouteParameters().get("slug").orElse("");
        dataset = "dataset/" + slug;
        LineageNode node = lineage.node(dataset).orElse(null);
        if (node == null || node.kind() != NodeKind.DATASET) {
            event.rerouteToError(NotFoundException.class);
            return;
        }
        title = node.label();
        removeAll();
        add(new H1(getTranslation("lineage.edit.title", title)));
        Anchor back = new Anchor("datasets/" + slug, getTranslation("lineage.edit.back"));
        back.setId("lineage-edit-back");
        add(back);
        add(new H2(getTranslation("lineage.edit.current")));
        links.setId("lineage-links");
        links.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_ROW_STRIPES);
        links.setAllRowsVisible(true);
        links.removeAllColumns();
        links.addColumn(e -> label(e.to())).setHeader(getTranslation("lineage.edit.derived")).setFlexGrow(1);
        links.addColumn(e -> label(e.from())).setHeader(getTranslation("lineage.edit.source")).setFlexGrow(1);
        links.addColumn(new ComponentRenderer<>(this::removeButton)).setKey("remove").setAutoWidth(true).setFlexGrow(0);
        add(links);
        add(new H2(getTranslation("lineage.edit.add")), form());
        refresh();
    }

    private Component form() {
        derived.setId("lineage-derived");
        derived.setLabel(getTranslation("lineage.edit.derived"));
        derived.setItemLabelGenerator(n -> n.kind() == NodeKind.DATASET
                ? getTranslation("lineage.edit.wholeDataset", n.label()) : n.label());
        derived.addValueChangeListener(e -> sourceField.setEnabled(e.getValue() != null
                && e.getValue().kind() == NodeKind.FIELD));

        sourceDataset.setId("lineage-source-dataset");
        sourceDataset.setLabel(getTranslation("lineage.edit.sourceDataset"));
        sourceDataset.setItemLabelGenerator(n -> n.systemLabel() == null ? n.label()
                : n.label() + " (" + n.systemLabel() + ")");
        sourceDataset.setWidth("28rem");
        sourceDataset.addValueChangeListener(e -> {
            sourceField.clear();
            sourceField.setItems(e.getValue() == null ? List.of() : lineage.fieldsOf(e.getValue().id()));
        });

        sourceField.setId("lineage-source-field");
        sourceField.setLabel(getTranslation("lineage.edit.sourceField"));
        sourceField.setItemLabelGenerator(LineageNode::label);
        sourceField.setEnabled(false);

        Button add = new Button(getTranslation("lineage.edit.addButton"), e -> add());
        add.setId("lineage-add");
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);

        error.setId("lineage-edit-error");
        error.addClassName("dw-error");
        error.setVisible(false);
        HorizontalLayout row = new HorizontalLayout(derived, sourceDataset, sourceField, add);
        row.setAlignItems(FlexComponent.Alignment.BASELINE);
        row.setWrap(true);
        return new VerticalLayout(row, error);
    }

    private void add() {
        LineageNode to = derived.getValue();
        LineageNode fromDataset = sourceDataset.getValue();
        LineageNode from = to != null && to.kind() == NodeKind.FIELD ? sourceField.getValue() : fromDataset;
        if (to == null || from == null) {
            showError(getTranslation("lineage.edit.incomplete"));
            return;
        }
        attempt(() -> edit.addDerivation(to.id(), from.id()), "lineage.edit.added", "lineage.edit.exists");
    }

    private Component removeButton(LineageEdge link) {
        Button remove = new Button(getTranslation("lineage.edit.remove"),
                e -> attempt(() -> edit.removeDerivation(link.to(), link.from()), "lineage.edit.removed",
                        "lineage.edit.gone"));
        remove.setId("lineage-remove-" + link.to().replace('/', '-') + "--" + link.from().replace('/', '-'));
        remove.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
        return remove;
    }

    private interface Change {
        boolean run();
    }

    private void attempt(Change change, String doneKey, String unchangedKey) {
        try {
            boolean changed = change.run();
            error.setVisible(false);
            Notification.show(getTranslation(changed ? doneKey : unchangedKey), 4000, Notification.Position.BOTTOM_START)
                    .addThemeVariants(changed ? NotificationVariant.LUMO_SUCCESS : NotificationVariant.LUMO_CONTRAST);
            refresh();
        } catch (WriteRefusedException refused) {
            Locale locale = getLocale();
            showError(refused.violations().stream().map(v -> v.message(locale)).collect(Collectors.joining(" ")));
        } catch (RecordNotFoundException | IllegalArgumentException missing) {
            showError(missing.getMessage());
        }
    }

    private void showError(@Nullable String message) {
        error.setText(message == null ? "" : message);
        error.setVisible(true);
    }

    private void refresh() {
        List<LineageNode> own = new ArrayList<>();
        own.add(lineage.node(dataset).orElseThrow());
        own.addAll(lineage.fieldsOf(dataset));
        List<LineageEdge> current = lineage.derivationsInto(dataset);
        labels = new HashMap<>();
        own.forEach(n -> labels.put(n.id(), n.label()));
        for (LineageEdge edge : current) {
            lineage.node(edge.from()).ifPresent(n -> labels.put(n.id(), fullLabel(n)));
        }
        derived.setItems(own);
        derived.setValue(own.getFirst());
        sourceDataset.setItems(lineage.datasets().stream().filter(n -> !n.id().equals(dataset)).toList());
        links.setItems(current);
        links.setVisible(!current.isEmpty());
    }

    private String fullLabel(LineageNode node) {
        if (node.kind() != NodeKind.FIELD) {
            return node.label();
        }
        String datasetId = node.id().substring(0, node.id().indexOf("/field/"));
        return lineage.node(datasetId).map(d -> d.label() + " › " + node.label()).orElse(node.label());
    }

    private String label(String id) {
        return labels.getOrDefault(id, id);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("lineage.edit.title", title) + " — Datawijzer";
    }
}
