package nl.datawijzer.opendata.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import nl.datawijzer.opendata.GateOutcome;
import nl.datawijzer.opendata.GateReport;
import nl.datawijzer.opendata.GateResult;

/** Every gate rule with a pass, fail or warning icon (labelled for screen readers) and its explanation. */
class GateReportList extends Div {

    GateReportList(GateReport report) {
        addClassName("dw-gate-report");
        Paragraph summary = new Paragraph(getTranslation(report.passed() ? "publication.gate.passed"
                : "publication.gate.blocked"));
        summary.setId("gate-summary");
        add(summary);
        UnorderedList list = new UnorderedList();
        list.setId("gate-report");
        list.getStyle().set("list-style", "none").set("padding-left", "0");
        for (GateResult result : report.results()) {
            ListItem item = new ListItem();
            item.setId("gate-" + result.rule().id().replace('.', '-'));
            item.getElement().setAttribute("data-outcome", result.outcome().name());
            Icon icon = icon(result.outcome());
            icon.getElement().setAttribute("aria-label", getTranslation("publication.outcome." + result.outcome().name()));
            icon.getElement().setAttribute("role", "img");
            icon.getStyle().set("margin-right", "var(--lumo-space-s)");
            Span title = new Span(result.rule().title(getLocale()));
            title.getStyle().set("font-weight", "600");
            Div explanation = new Div(result.explanation(getLocale()));
            explanation.getStyle().set("margin-left", "calc(var(--lumo-icon-size-m) + var(--lumo-space-s))")
                    .set("color", "var(--lumo-secondary-text-color)");
            item.add(icon, title, explanation);
            item.getStyle().set("margin-bottom", "var(--lumo-space-s)");
            list.add(item);
        }
        add(list);
    }

    private static Icon icon(GateOutcome outcome) {
        return switch (outcome) {
            case PASS -> colored(VaadinIcon.CHECK_CIRCLE, "var(--lumo-success-text-color)");
            case FAIL -> colored(VaadinIcon.CLOSE_CIRCLE, "var(--lumo-error-text-color)");
            case WARNING -> colored(VaadinIcon.WARNING, "var(--lumo-warning-text-color, #8a5a00)");
        };
    }

    private static Icon colored(VaadinIcon vaadinIcon, String color) {
        Icon icon = vaadinIcon.create();
        icon.setColor(color);
        return icon;
    }
}
