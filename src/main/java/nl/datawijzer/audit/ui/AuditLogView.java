package nl.datawijzer.audit.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import nl.datawijzer.audit.AuditEntry;
import nl.datawijzer.audit.AuditFilter;
import nl.datawijzer.audit.AuditService;
import nl.datawijzer.audit.AuditedRecord;
import nl.datawijzer.security.Role;
import nl.datawijzer.ui.MainLayout;
import nl.datawijzer.ui.Moments;

/** The audit trail for the application manager: every committed change, who made it, when, and to which records. */
@Route(value = AuditLogView.ROUTE, layout = MainLayout.class)
@RolesAllowed(Role.ADMIN_NAME)
public class AuditLogView extends VerticalLayout implements HasDynamicTitle {

    public static final String ROUTE = "beheer/wijzigingslog";

    private final AuditService audit;
    private final TextField actor = new TextField();
    private final TextField record = new TextField();
    private final Grid<AuditEntry> grid = new Grid<>(AuditEntry.class, false);

    public AuditLogView(AuditService audit) {
        this.audit = audit;
        setMaxWidth("90rem");
        add(new H1(getTranslation("audit.title")), new Paragraph(getTranslation("audit.intro")));

        actor.setId("audit-actor");
        actor.setLabel(getTranslation("audit.filter.actor"));
        record.setId("audit-record");
        record.setLabel(getTranslation("audit.filter.record"));
        record.setHelperText(getTranslation("audit.filter.record.help"));
        for (TextField field : new TextField[] {actor, record}) {
            field.setClearButtonVisible(true);
            field.setMaxLength(200);
            field.setValueChangeMode(ValueChangeMode.LAZY);
            field.addValueChangeListener(e -> grid.getDataProvider().refreshAll());
        }
        HorizontalLayout filters = new HorizontalLayout(actor, record);
        filters.setAlignItems(FlexComponent.Alignment.BASELINE);
        add(filters);

        grid.setId("audit-entries");
        grid.addColumn(e -> Moments.NUMERIC.format(e.at())).setHeader(getTranslation("audit.when")).setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(AuditEntry::actor).setHeader(getTranslation("audit.who")).setAutoWidth(true);
        grid.addComponentColumn(this::records).setHeader(getTranslation("audit.what")).setFlexGrow(3);
        grid.addColumn(AuditEntry::revision).setHeader(getTranslation("audit.revision")).setAutoWidth(true)
                .setFlexGrow(0);
        grid.setItems(query -> audit.page(filter(), query.getOffset(), query.getLimit()).entries().stream(),
                query -> (int) Math.min(Integer.MAX_VALUE, audit.page(filter(), 0, 1).total()));
        grid.setHeight("40rem");
        add(grid);
    }

    private AuditFilter filter() {
        return new AuditFilter(actor.getValue(), record.getValue());
    }

    private Component records(AuditEntry entry) {
        FlexLayout list = new FlexLayout();
        list.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        list.getStyle().set("gap", "0.25rem 0.75rem");
        if (entry.records().isEmpty()) {
            list.add(new Span(getTranslation("audit.check")));
        }
        for (AuditedRecord changed : entry.records()) {
            list.add(link(changed));
        }
        return list;
    }

    /** Datasets and systems link to their page; other kinds are named. */
    private Component link(AuditedRecord changed) {
        String label = getTranslation("audit.kind." + changed.kind()) + " " + changed.slug();
        return switch (changed.kind()) {
            case "dataset" -> new Anchor("datasets/" + changed.slug(), label);
            case "system" -> new Anchor("systemen/" + changed.slug(), label);
            default -> new Span(label);
        };
    }

    @Override
    public String getPageTitle() {
        return getTranslation("audit.title") + " | Datawijzer";
    }
}
