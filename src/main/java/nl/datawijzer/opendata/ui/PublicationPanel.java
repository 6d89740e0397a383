package nl.datawijzer.opendata.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.List;
import java.util.Optional;
import java.util.function.BiFunction;
import nl.datawijzer.catalog.DatasetId;
import nl.datawijzer.opendata.GateReport;
import nl.datawijzer.opendata.GateService;
import nl.datawijzer.opendata.PublicationRefusedException;
import nl.datawijzer.opendata.PublicationService;
import nl.datawijzer.opendata.PublicationState;
import nl.datawijzer.opendata.PublicationStatus;
import nl.datawijzer.opendata.PublicationStep;

/**
 * The section "Publicatie als open data" of a dataset page: its state, the gate report rule by rule, the history,
 * and the buttons the signed-in role may use (the service checks the role again; hiding a button is not the control).
 */
public class PublicationPanel extends Div {

    private final PublicationService publications;
    private final GateService gate;
    private final DatasetId dataset;
    private final boolean steward;
    private final boolean privacyOfficer;

    public PublicationPanel(PublicationService publications, GateService gate, DatasetId dataset, boolean steward,
            boolean privacyOfficer) {
        this.publications = publications;
        this.gate = gate;
        this.dataset = dataset;
        this.steward = steward;
        this.privacyOfficer = privacyOfficer;
        setId("publication");
        setWidthFull();
        render();
    }

    private void render() {
        removeAll();
        add(new H2(getTranslation("publication.title")));
        Optional<PublicationStatus> status = publications.status(dataset);
        PublicationState state = status.map(PublicationStatus::state).orElse(null);
        Span badge = new Span(state == null ? getTranslation("publication.state.none") : state.label(getLocale()));
        badge.setId("publication-state");
        badge.addClassNames("dw-badge", state == PublicationState.PUBLISHED ? "status-confirmed" : "status-suggested");
        Paragraph line = new Paragraph(getTranslation("publication.state") + ": ");
        line.add(badge);
        status.map(PublicationStatus::issued).filter(java.util.Objects::nonNull).ifPresent(issued -> line.add(
                new Span(" · " + getTranslation("publication.issued") + ": " + When.format(issued, getLocale()))));
        add(line);
        add(buttons(state));

        add(new H3(getTranslation("publication.gate")));
        gate.check(dataset).map(GateReportList::new).ifPresent(this::add);

        add(new H3(getTranslation("publication.history")));
        add(history(publications.history(dataset)));
    }

    private HorizontalLayout buttons(PublicationState state) {
        HorizontalLayout buttons = new HorizontalLayout();
        buttons.setId("publication-actions");
        if (steward && (state == null || state.mayBeProposed())) {
            buttons.add(action("publication-propose", "publication.propose", "publication.note", false,
                    publications::propose, true));
        }
        if (privacyOfficer && state == PublicationState.PROPOSED) {
            buttons.add(action("publication-approve", "publication.approve", "publication.note", false,
                    publications::approve, true));
            buttons.add(action("publication-reject", "publication.reject", "publication.reason", true,
                    publications::reject, false));
        }
        if ((steward || privacyOfficer) && (state == PublicationState.PUBLISHED || state == PublicationState.PROPOSED)) {
            buttons.add(action("publication-withdraw", "publication.withdraw", "publication.reason", true,
                    publications::withdraw, false));
        }
        return buttons;
    }

    private Button action(String id, String labelKey, String noteKey, boolean noteRequired,
            BiFunction<DatasetId, String, PublicationStatus> step, boolean primary) {
        Button button = new Button(getTranslation(labelKey), e -> openDialog(id, labelKey, noteKey, noteRequired, step));
        button.setId(id);
        if (primary) {
            button.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        }
        return button;
    }

    private void openDialog(String id, String labelKey, String noteKey, boolean noteRequired,
            BiFunction<DatasetId, String, PublicationStatus> step) {
        Dialog dialog = new Dialog();
        dialog.setId(id + "-dialog");
        dialog.setHeaderTitle(getTranslation(labelKey));
        TextArea note = new TextArea(getTranslation(noteKey));
        note.setId(id + "-note");
        note.setWidthFull();
        note.setRequired(noteRequired);
        note.setMaxLength(PublicationService.MAX_NOTE);
        dialog.add(note);
        Button confirm = new Button(getTranslation("publication.confirm"), e -> {
            try {
                PublicationStatus result = step.apply(dataset, note.getValue());
                dialog.close();
                Notification.show(getTranslation("publication.done", result.state().label(getLocale())), 4000,
                        Notification.Position.BOTTOM_START).addThemeVariants(NotificationVariant.LUMO_SUCCESS);
                render();
            } catch (PublicationRefusedException | IllegalArgumentException refused) {
                note.setInvalid(true);
                note.setErrorMessage(refused.getMessage());
            }
        });
        confirm.setId(id + "-confirm");
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.getFooter().add(new Button(getTranslation("publication.cancel"), e -> dialog.close()), confirm);
        dialog.setWidth("min(40rem, 95vw)");
        dialog.open();
    }

    private Div history(List<PublicationStep> steps) {
        Div section = new Div();
        section.setId("publication-history");
        if (steps.isEmpty()) {
            section.add(new Paragraph(getTranslation("publication.history.none")));
            return section;
        }
        UnorderedList list = new UnorderedList();
        for (PublicationStep step : steps) {
            ListItem item = new ListItem(getTranslation("publication.history.entry", When.format(step.at(), getLocale()),
                    step.to().label(getLocale()), step.decidedBy()));
            if (!step.note().isBlank()) {
                Div note = new Div(step.note());
                note.getStyle().set("color", "var(--lumo-secondary-text-color)");
                item.add(note);
            }
            list.add(item);
        }
        section.add(list);
        return section;
    }

    /** Shows the report of a gate check on its own (used by the FG's proposals page). */
    static Div report(GateReport report) {
        return new GateReportList(report);
    }
}
