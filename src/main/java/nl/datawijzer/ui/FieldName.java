package nl.datawijzer.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Code;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;

/** A field as a grid cell shows it: its title, and under it, smaller, the column name as in the source. */
public final class FieldName {

    private FieldName() {
    }

    public static Component cell(String title, String technicalName) {
        Div cell = new Div(new Span(title));
        Code technical = new Code(technicalName);
        technical.getStyle().set("display", "block").set("font-size", "var(--lumo-font-size-s)")
                .set("color", "var(--lumo-secondary-text-color)");
        cell.add(technical);
        return cell;
    }
}
