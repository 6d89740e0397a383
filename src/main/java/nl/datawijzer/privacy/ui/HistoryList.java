package nl.datawijzer.privacy.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import java.util.List;
import nl.datawijzer.catalog.Label;
import nl.datawijzer.catalog.ValueListService;
import nl.datawijzer.privacy.DecisionRecord;
import nl.datawijzer.ui.Moments;

/** A field's review history, newest first: read-only, as recorded. */
public class HistoryList extends Composite<Div> {


    private final CategoryText categoryText;

    public HistoryList(List<DecisionRecord> history, ValueListService values) {
        this.categoryText = new CategoryText(values, this);
        Div root = getContent();
        root.setId("field-history");
        root.addClassName("dw-history");
        if (history.isEmpty()) {
            root.add(new Paragraph(getTranslation("privacy.history.empty")));
            return;
        }
        UnorderedList list = new UnorderedList();
        for (DecisionRecord record : history) {
            ListItem item = new ListItem();
            item.addClassName("dw-history-entry");
            Span head = new Span(getTranslation("privacy.history.entry", Moments.NUMERIC.format(record.at()), record.decidedBy(),
                    record.previousStatus() == null ? "–" : record.previousStatus().label(), record.newStatus().label()));
            head.addClassName("dw-history-head");
            item.add(head);
            item.add(new Paragraph(getTranslation("privacy.history.change", describe(record.previousPersonalData(),
                    record.previousCategories(), record.previousConfidentiality()), describe(record.newPersonalData(),
                    record.newCategories(), record.newConfidentiality()))));
            item.add(new Paragraph(getTranslation("privacy.history.why", record.rationale())));
            list.add(item);
        }
        root.add(list);
    }

    private String describe(Boolean personal, List<Label> categories, Label confidentiality) {
        String what = personal == null ? "–" : Boolean.TRUE.equals(personal)
                ? categoryText.all(categories)
                : getTranslation("privacy.notPersonal");
        return what + (confidentiality == null ? "" : " · " + confidentiality.label());
    }
}
