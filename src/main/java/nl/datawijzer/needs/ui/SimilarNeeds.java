package nl.datawijzer.needs.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import java.util.List;
import java.util.Locale;
import nl.datawijzer.needs.SimilarNeed;

/** Existing needs that look like the question being typed, so the requester sees a duplicate before filing one. */
final class SimilarNeeds extends Div {

    private final UnorderedList list = new UnorderedList();

    SimilarNeeds() {
        setId("need-similar");
        getStyle().set("background", "var(--lumo-primary-color-10pct)").set("border-radius", "var(--lumo-border-radius-m)")
                .set("padding", "var(--lumo-space-s) var(--lumo-space-m)");
        add(new H3(getTranslation("needs.form.similar.heading")), list);
        setVisible(false);
    }

    void show(List<SimilarNeed> similar, Locale locale) {
        list.removeAll();
        for (SimilarNeed need : similar) {
            Anchor link = new Anchor(NeedRoutes.page(need.id()), need.id().value() + ": " + need.question());
            link.setId("need-similar-" + need.id().value());
            Span step = new Span(" (" + getTranslation("needs.form.similar.step", need.step().label(locale)) + ")");
            list.add(new ListItem(link, step));
        }
        setVisible(!similar.isEmpty());
    }
}
