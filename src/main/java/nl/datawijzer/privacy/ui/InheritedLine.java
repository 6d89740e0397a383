package nl.datawijzer.privacy.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import java.util.List;
import java.util.stream.Collectors;
import nl.datawijzer.catalog.Label;
import nl.datawijzer.privacy.FieldInheritance;
import nl.datawijzer.privacy.InheritedClassification;

/**
 * One line under a field's own classification: "Geërfd van: dataset › veld (categorieën)" for each source field
 * whose personal data still reaches it along its lineage. Empty when the field inherits nothing.
 */
public class InheritedLine extends Composite<Div> {

    /** More sources than this are summed up as "and N more"; the lineage dialog lists them all. */
    static final int SHOWN = 3;

    public InheritedLine(FieldInheritance inheritance) {
        Div line = getContent();
        line.addClassName("dw-inherited");
        line.setId("inherited-" + inheritance.field().dataset().slug() + "-" + inheritance.field().slug());
        if (!inheritance.inherits()) {
            line.setVisible(false);
            return;
        }
        line.add(new Span(getTranslation("inherit.from") + " "));
        List<InheritedClassification> sources = inheritance.sources();
        line.add(new Span(sources.stream().limit(SHOWN).map(this::source).collect(Collectors.joining("; "))
                + (sources.size() > SHOWN ? " " + getTranslation("inherit.more", sources.size() - SHOWN) : "")));
    }

    private String source(InheritedClassification source) {
        return getTranslation("inherit.source", source.sourceField().datasetTitle(), source.sourceField().title(),
                source.categories().stream().map(Label::label).collect(Collectors.joining(", ")));
    }
}
