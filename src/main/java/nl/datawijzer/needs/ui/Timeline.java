package nl.datawijzer.needs.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import java.time.Instant;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import nl.datawijzer.catalog.ui.DatasetView;
import nl.datawijzer.needs.EventKind;
import nl.datawijzer.needs.NeedEvent;
import nl.datawijzer.ui.Moments;

/**
 * The append-only history of a need, newest entry first: the page is read to see where a need stands and what
 * happened last, and the comment box sits right above, so a new comment appears where it was written. Each entry says
 * when (date and time in Huizen), who, what (for a move: from which step to which) and its text.
 */
final class Timeline extends OrderedList {

    Timeline(List<NeedEvent> history, Map<String, String> datasetTitles, Map<String, String> kpiTitles, Locale locale,
            Function<String, String> text) {
        setId("need-timeline");
        addClassName("dw-timeline");
        getElement().setAttribute("aria-label", text.apply("needpage.timeline.title"));
        history.reversed().forEach(event -> add(entry(event, datasetTitles, kpiTitles, locale)));
    }

    static String when(Instant at, Locale locale) {
        return Moments.format(at, locale, FormatStyle.LONG, FormatStyle.SHORT);
    }

    private static ListItem entry(NeedEvent event, Map<String, String> datasetTitles, Map<String, String> kpiTitles,
            Locale locale) {
        Span when = new Span(when(event.at(), locale));
        when.addClassName("dw-event-when");
        when.getElement().setAttribute("title", event.at().toString());
        Span who = new Span(event.by());
        who.addClassName("dw-event-who");
        Div head = new Div(when, new Span(" · "), who);
        head.addClassName("dw-event-head");

        Span what = new Span(what(event, locale));
        what.addClassName("dw-event-what");
        ListItem item = new ListItem(head, what);
        item.addClassNames("need-event", "dw-event-" + event.kind().code());
        item.getElement().setAttribute("data-kind", event.kind().code());
        Component body = body(event, datasetTitles, kpiTitles);
        if (body != null) {
            item.add(body);
        }
        return item;
    }

    private static String what(NeedEvent event, Locale locale) {
        String label = event.kind().label(locale);
        if (event.from() != null && event.to() != null) {
            return label + ": " + event.from().label(locale) + " → " + event.to().label(locale);
        }
        return label;
    }

    private static @org.jspecify.annotations.Nullable Component body(NeedEvent event, Map<String, String> datasetTitles,
            Map<String, String> kpiTitles) {
        if (event.text().isBlank()) {
            return null;
        }
        if (event.kind() == EventKind.DATASET_LINKED && datasetTitles.containsKey(event.text())) {
            RouterLink link = new RouterLink(datasetTitles.get(event.text()), DatasetView.class,
                    new RouteParameters("slug", event.text()));
            Div div = new Div(link);
            div.addClassName("dw-event-text");
            return div;
        }
        String shown = event.kind() == EventKind.KPI_LINKED ? kpiTitles.getOrDefault(event.text(), event.text())
                : event.text();
        Paragraph paragraph = new Paragraph(shown);
        paragraph.addClassName("dw-event-text");
        return paragraph;
    }
}
