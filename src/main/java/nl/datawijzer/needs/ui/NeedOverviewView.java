package nl.datawijzer.needs.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Svg;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import nl.datawijzer.needs.NeedStatistics;
import nl.datawijzer.needs.NeedStatisticsReport;
import nl.datawijzer.needs.NeedStatisticsReport.Count;
import nl.datawijzer.needs.NeedStatisticsReport.LeadTime;
import nl.datawijzer.needs.NeedStatisticsReport.StepDuration;
import nl.datawijzer.needs.NeedStatisticsReport.TypeLeadTime;
import nl.datawijzer.needs.NeedValue;
import nl.datawijzer.security.Role;
import nl.datawijzer.ui.BarChart;
import nl.datawijzer.ui.MainLayout;
import nl.datawijzer.ui.NumberTable;
import org.jspecify.annotations.Nullable;

/**
 * The overview of information needs for all staff: how many are in each step, of each type, steering level and domain,
 * how long they take to reach Terugkoppeling and how long they stay in each step. Each figure is a bar chart drawn on
 * the server as SVG, with the same numbers in a table under it for whoever cannot see the picture.
 */
@Route(value = NeedRoutes.OVERVIEW, layout = MainLayout.class)
@RolesAllowed(Role.MEDEWERKER_NAME)
@StyleSheet("styles/needs-board.css")
public class NeedOverviewView extends VerticalLayout implements HasDynamicTitle {

    public NeedOverviewView(NeedStatistics statistics) {
        addClassName("dw-needs-overview");
        NeedStatisticsReport report = statistics.report();
        Paragraph intro = new Paragraph(getTranslation("needs.overview.intro", report.total()));
        intro.setId("overview-total");
        add(new H1(getTranslation("needs.overview.title")), intro);
        add(counts("steps", report.byStep(), "needs.overview.notGiven"),
                counts("types", report.byType(), "needs.overview.untriaged"),
                counts("levels", report.byLevel(), "needs.overview.notGiven"),
                counts("domains", report.byDomain(), "needs.overview.notGiven"),
                leadTimes(report), daysInStep(report.daysInStep()));
    }

    private <T extends NeedValue> Component counts(String name, List<Count<T>> counts, String nullKey) {
        String prefix = "needs.overview." + name;
        BarChart chart = BarChart.titled(getTranslation(prefix + ".title")).locale(getLocale()).decimals(0)
                .emptyText(getTranslation("needs.overview.empty"));
        NativeTable table = table(name, getTranslation(prefix + ".title"), getTranslation(prefix + ".column"),
                getTranslation("needs.overview.column.count"));
        for (Count<T> count : counts) {
            String label = count.value() == null ? getTranslation(nullKey) : count.value().label(getLocale());
            chart.bar(label, count.count());
            row(table, label, String.valueOf(count.count()));
        }
        return section(name, chart, null, table);
    }

    private Component leadTimes(NeedStatisticsReport report) {
        String title = getTranslation("needs.overview.lead.title");
        BarChart chart = BarChart.titled(title).locale(getLocale()).unit(getTranslation("needs.overview.unit.days"))
                .emptyText(getTranslation("needs.overview.lead.empty"));
        NativeTable table = table("lead", title, getTranslation("needs.overview.lead.group"),
                getTranslation("needs.overview.lead.needs"), getTranslation("needs.overview.lead.median"),
                getTranslation("needs.overview.lead.p80"));
        leadRow(chart, table, getTranslation("needs.overview.lead.all"), report.leadTime());
        for (TypeLeadTime group : report.leadTimeByType()) {
            leadRow(chart, table, group.type() == null ? getTranslation("needs.overview.untriaged")
                    : group.type().label(getLocale()), group.leadTime());
        }
        return section("lead", chart, getTranslation("needs.overview.lead.intro"), table);
    }

    /** Two bars (median, 80th percentile) and a table row for a group; nothing for a group without lead times. */
    private void leadRow(BarChart chart, NativeTable table, String label, LeadTime lead) {
        if (lead.median() == null || lead.percentile80() == null) {
            return;
        }
        chart.bar(getTranslation("needs.overview.lead.barMedian", label), lead.median());
        chart.bar(getTranslation("needs.overview.lead.barP80", label), lead.percentile80());
        row(table, label, String.valueOf(lead.needs()), chart.formatted(lead.median()),
                chart.formatted(lead.percentile80()));
    }

    private Component daysInStep(List<StepDuration> days) {
        String title = getTranslation("needs.overview.days.title");
        BarChart chart = BarChart.titled(title).locale(getLocale()).unit(getTranslation("needs.overview.unit.days"))
                .emptyText(getTranslation("needs.overview.days.empty"));
        NativeTable table = table("days", title, getTranslation("needs.overview.days.step"),
                getTranslation("needs.overview.days.stays"), getTranslation("needs.overview.days.median"));
        for (StepDuration d : days) {
            String label = d.step().label(getLocale());
            // A step without a finished stay has no bar: a bar of 0 would claim needs pass it at once.
            if (d.medianDays() != null) {
                chart.bar(label, d.medianDays());
            }
            row(table, label, String.valueOf(d.stays()), d.medianDays() == null
                    ? getTranslation("needs.overview.days.noData") : chart.formatted(d.medianDays()));
        }
        return section("days", chart, getTranslation("needs.overview.days.intro"), table);
    }

    private Component section(String name, BarChart chart, @Nullable String explanation, NativeTable table) {
        Section section = new Section();
        section.setId("overview-" + name);
        section.addClassName("dw-overview-section");
        H2 heading = new H2(chart.title());
        heading.setId("overview-heading-" + name);
        section.getElement().setAttribute("aria-labelledby", heading.getId().orElseThrow());
        section.add(heading);
        if (explanation != null) {
            section.add(new Paragraph(explanation));
        }
        // The markup is built by BarChart, which escapes every text it writes; Svg only takes an <svg> element.
        Svg picture = new Svg(chart.svg());
        picture.setId("overview-chart-" + name);
        Details numbers = new Details(getTranslation("needs.overview.table"), table);
        numbers.setId("overview-details-" + name);
        section.add(picture, numbers);
        return section;
    }

    private static NativeTable table(String name, String caption, String... headers) {
        return NumberTable.of("overview-table-" + name, caption, headers);
    }

    private static void row(NativeTable table, String label, String... values) {
        NumberTable.row(table, label, values);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("needs.overview.title") + " — Datawijzer";
    }
}
