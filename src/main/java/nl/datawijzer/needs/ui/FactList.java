package nl.datawijzer.needs.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.DescriptionList;
import com.vaadin.flow.component.html.Span;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** A definition list in the house style ({@code dl.dw-meta}); an empty value shows as a dash, not as a gap. */
final class FactList extends DescriptionList {

    private boolean compact;

    FactList(String id) {
        setId(id);
        addClassName("dw-meta");
    }

    /** Each term with its value in its own box, side by side where there is room (the page header). */
    FactList compact() {
        compact = true;
        addClassName("dw-facts-compact");
        return this;
    }

    FactList text(String term, @Nullable String value) {
        return item(term, new Span(value == null || value.isBlank() ? "—" : value));
    }

    FactList item(String term, Component... values) {
        Term dt = new Term(term);
        Description dd = values.length == 0 ? new Description("—") : new Description(values);
        if (compact) {
            // HTML allows a div around each term-value pair in a dl; it lets the pairs wrap as units.
            com.vaadin.flow.component.html.Div pair = new com.vaadin.flow.component.html.Div(dt, dd);
            pair.addClassName("dw-fact");
            add(pair);
        } else {
            add(dt, dd);
        }
        return this;
    }

    /** "a, b, c" as components, so that links stay links. */
    FactList items(String term, List<? extends Component> values) {
        Component[] parts = new Component[Math.max(0, values.size() * 2 - 1)];
        for (int i = 0; i < values.size(); i++) {
            if (i > 0) {
                parts[i * 2 - 1] = new Span(", ");
            }
            parts[i * 2] = values.get(i);
        }
        return item(term, parts);
    }
}
