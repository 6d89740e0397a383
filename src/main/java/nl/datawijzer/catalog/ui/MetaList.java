package nl.datawijzer.catalog.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.DescriptionList;
import com.vaadin.flow.component.html.Span;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** A definition list in the house style ({@code dl.dw-meta}); empty values are shown as a dash. */
final class MetaList extends DescriptionList {

    MetaList(String id) {
        setId(id);
        addClassName("dw-meta");
    }

    MetaList text(String term, @Nullable String value) {
        return item(term, new Span(value == null || value.isBlank() ? "—" : value));
    }

    MetaList item(String term, Component... values) {
        add(new Term(term), values.length == 0 ? new Description("—") : new Description(values));
        return this;
    }

    MetaList items(String term, List<? extends Component> values) {
        return item(term, withSeparators(values));
    }

    /** "a, b, c" as components, so that links stay links. */
    private static Component[] withSeparators(List<? extends Component> values) {
        Component[] result = new Component[Math.max(0, values.size() * 2 - 1)];
        for (int i = 0; i < values.size(); i++) {
            if (i > 0) {
                result[i * 2 - 1] = new Span(", ");
            }
            result[i * 2] = values.get(i);
        }
        return result;
    }
}
