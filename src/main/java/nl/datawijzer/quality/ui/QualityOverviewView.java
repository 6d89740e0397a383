package nl.datawijzer.quality.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Svg;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.datawijzer.quality.DatasetScore;
import nl.datawijzer.quality.Grade;
import nl.datawijzer.quality.QualityService;
import nl.datawijzer.quality.ScoreDrop;
import nl.datawijzer.quality.SystemQuality;
import nl.datawijzer.security.Role;
import nl.datawijzer.ui.BarChart;
import nl.datawijzer.ui.MainLayout;
import nl.datawijzer.ui.Moments;

/**
 * The reliability of the whole catalogue: how many datasets have each grade, the weakest datasets and systems and the
 * biggest drops, each linked to its quality page.
 */
@Route(value = QualityRoutes.OVERVIEW, layout = MainLayout.class)
@RolesAllowed(Role.MEDEWERKER_NAME)
public class QualityOverviewView extends VerticalLayout implements HasDynamicTitle {

    static final int LIMIT = 10;

    public QualityOverviewView(QualityService quality) {
        setMaxWidth("80rem");
        Map<?, DatasetScore> scores = quality.latestScores();
        Paragraph intro = new Paragraph(getTranslation("qpage.overview.intro"));
        intro.addClassName("dw-lead");
        Anchor alerts = new Anchor(QualityRoutes.ALERTS, getTranslation("qpage.overview.alerts"));
        alerts.setId("quality-alerts-link");
        add(new H1(getTranslation("qpage.overview.title")), intro, new Paragraph(alerts));
        add(grades(scores.values()), weakest(quality.weakest(LIMIT)), systems(quality.systems()),
                drops(quality.biggestDrops(LIMIT)));
    }

    private Component grades(Collection<DatasetScore> scores) {
        Map<Grade, Integer> counts = new EnumMap<>(Grade.class);
        for (Grade grade : Grade.values()) {
            counts.put(grade, 0);
        }
        scores.forEach(s -> counts.merge(s.score().grade(), 1, Integer::sum));
        String title = getTranslation("qpage.overview.grades");
        BarChart chart = BarChart.titled(title).locale(getLocale()).decimals(0)
                .emptyText(getTranslation("qpage.overview.grades.empty"));
        NativeTable table = Tables.table("quality-grades-table", title, getTranslation("qpage.overview.grades.grade"),
                getTranslation("qpage.overview.grades.count"));
        if (!scores.isEmpty()) {
            counts.forEach((grade, count) -> {
                String label = grade.name() + " " + getTranslation("qpage.grade." + grade.name());
                chart.bar(label, count);
                Tables.row(table, label, String.valueOf(count));
            });
        }
        Section section = section("quality-grades", title);
        Paragraph scored = new Paragraph(getTranslation("qpage.overview.scored", scores.size()));
        scored.setId("quality-scored");
        // The markup is built by BarChart, which escapes every text it writes; Svg only takes an <svg> element.
        Svg picture = new Svg(chart.svg());
        picture.setId("quality-grades-chart");
        Details numbers = new Details(getTranslation("qpage.overview.table"), table);
        section.add(scored, picture, numbers);
        return section;
    }

    private Component weakest(List<DatasetScore> weakest) {
        Section section = section("quality-weakest", getTranslation("qpage.overview.weakest"));
        if (weakest.isEmpty()) {
            section.add(new Paragraph(getTranslation("qpage.overview.weakest.none")));
        } else {
            OrderedList list = new OrderedList();
            list.setId("quality-weakest-list");
            weakest.forEach(s -> list.add(SystemQualityView.datasetItem(s)));
            section.add(list);
        }
        return section;
    }

    private Component systems(List<SystemQuality> systems) {
        Section section = section("quality-systems", getTranslation("qpage.overview.systems"));
        if (systems.isEmpty()) {
            section.add(new Paragraph(getTranslation("qpage.overview.systems.none")));
            return section;
        }
        OrderedList list = new OrderedList();
        list.setId("quality-systems-list");
        for (SystemQuality system : systems.stream().limit(LIMIT).toList()) {
            GradeBadge badge = new GradeBadge(Optional.of(system.score()));
            Anchor link = new Anchor(QualityRoutes.system(system.system().slug()), system.title());
            link.setId("quality-system-" + system.system().slug());
            ListItem item = new ListItem(badge, new Span(" "), link);
            item.addClassName("quality-system");
            list.add(item);
        }
        section.add(list);
        return section;
    }

    private Component drops(List<ScoreDrop> drops) {
        Section section = section("quality-drops", getTranslation("qpage.overview.drops"));
        if (drops.isEmpty()) {
            section.add(new Paragraph(getTranslation("qpage.overview.drops.none")));
            return section;
        }
        DateTimeFormatter date = DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(getLocale())
                .withZone(Moments.ZONE);
        OrderedList list = new OrderedList();
        list.setId("quality-drops-list");
        for (ScoreDrop drop : drops) {
            Anchor link = new Anchor(QualityRoutes.dataset(drop.dataset().slug()), drop.title());
            link.setId("quality-drop-" + drop.dataset().slug());
            ListItem item = new ListItem(link, new Span(": " + getTranslation("qpage.overview.drop", drop.before(),
                    drop.after(), drop.points(), date.format(drop.at()))));
            item.addClassName("quality-drop");
            list.add(item);
        }
        section.add(list);
        return section;
    }

    private static Section section(String id, String title) {
        Section section = new Section();
        section.setId(id);
        H2 heading = new H2(title);
        heading.setId(id + "-heading");
        section.getElement().setAttribute("aria-labelledby", id + "-heading");
        section.add(heading);
        section.setWidthFull();
        return section;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("qpage.overview.title") + " — Datawijzer";
    }
}
