package nl.datawijzer.quality.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Svg;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.NativeTable;
import java.text.NumberFormat;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import nl.datawijzer.ui.LineChart;
import nl.datawijzer.ui.NumberTable;

/** Tables next to charts, so whoever cannot see a picture reads the same numbers. */
final class Tables {

    private Tables() {
    }

    static NativeTable table(String id, String caption, String... headers) {
        return NumberTable.of(id, caption, headers);
    }

    static void row(NativeTable table, String label, String... values) {
        NumberTable.row(table, label, values);
    }

    /** The chart as SVG and, folded under it, a table with a row per moment and a column per series. */
    static Component chartWithTable(String id, LineChart chart, String momentHeader, String detailsText) {
        List<String> headers = new ArrayList<>();
        headers.add(momentHeader);
        chart.allSeries().forEach(s -> headers.add(s.name()));
        NativeTable table = table(id + "-table", chart.title(), headers.toArray(String[]::new));
        for (Instant at : chart.moments()) {
            String[] values = chart.allSeries().stream()
                    .map(s -> chart.value(s, at).map(chart::formatted).orElse("–")).toArray(String[]::new);
            row(table, chart.moment(at), values);
        }
        // The markup is built by LineChart, which escapes every text it writes; Svg only takes an <svg> element.
        Svg picture = new Svg(chart.svg());
        picture.setId(id + "-chart");
        Details numbers = new Details(detailsText, table);
        numbers.setId(id + "-details");
        Div section = new Div(picture, numbers);
        section.setId(id);
        section.setWidthFull();
        return section;
    }

    /** A percentage as people read it: at most one decimal, "96,5%". */
    static String percent(double value, Locale locale) {
        NumberFormat format = NumberFormat.getNumberInstance(locale);
        format.setMaximumFractionDigits(1);
        return format.format(value) + "%";
    }
}
