package nl.datawijzer.quality.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import java.util.Optional;
import nl.datawijzer.catalog.InvalidIdException;
import nl.datawijzer.catalog.RecordNotFoundException;
import nl.datawijzer.catalog.SystemDetail;
import nl.datawijzer.catalog.SystemId;
import nl.datawijzer.catalog.SystemService;
import nl.datawijzer.quality.DatasetScore;
import nl.datawijzer.quality.QualityService;
import nl.datawijzer.quality.SystemQuality;
import nl.datawijzer.security.Role;
import nl.datawijzer.ui.MainLayout;

/** The reliability of one system: the mean of its scored datasets, explained by the weakest, and its datasets. */
@Route(value = QualityRoutes.SYSTEM, layout = MainLayout.class)
@RolesAllowed(Role.MEDEWERKER_NAME)
public class SystemQualityView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final QualityService quality;
    private final SystemService systems;
    private String title = "";

    public SystemQualityView(QualityService quality, SystemService systems) {
        this.quality = quality;
        this.systems = systems;
        setMaxWidth("80rem");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        SystemDetail system;
        try {
            system = systems.get(new SystemId(event.getRouteParameters().get("slug").orElse("")));
        } catch (InvalidIdException | RecordNotFoundException e) {
            event.rerouteToError(NotFoundException.class);
            return;
        }
        show(system, quality.systems().stream().filter(s -> s.system().equals(system.id())).findFirst());
    }

    private void show(SystemDetail system, Optional<SystemQuality> aggregate) {
        removeAll();
        title = system.title();
        H1 heading = new H1(getTranslation("qpage.system.heading", system.title()));
        heading.setId("quality-title");
        Anchor toSystem = new Anchor("systemen/" + system.id().slug(), getTranslation("qpage.system.toSystem"));
        toSystem.setId("quality-to-system");
        GradeBadge badge = new GradeBadge(aggregate.map(SystemQuality::score));
        badge.setId("quality-badge");
        add(heading, new Paragraph(toSystem), new Div(badge));
        if (aggregate.isEmpty()) {
            Paragraph none = new Paragraph(getTranslation("qpage.summary.systemNoScore"));
            none.setId("quality-no-score");
            add(none);
            return;
        }
        Paragraph explanation = new Paragraph(aggregate.get().score().explanation(dutch()));
        explanation.setId("quality-explanation");
        explanation.addClassName("dw-lead");
        add(explanation, new H2(getTranslation("qpage.system.datasets")), datasets(aggregate.get().datasets()));
    }

    static Component datasets(List<DatasetScore> scores) {
        OrderedList list = new OrderedList();
        list.setId("quality-datasets");
        for (DatasetScore score : scores) {
            list.add(datasetItem(score));
        }
        return list;
    }

    /** A dataset's badge and a link to its quality page, then the first words of its explanation. */
    static ListItem datasetItem(DatasetScore score) {
        GradeBadge badge = new GradeBadge(Optional.of(score.score()));
        Anchor link = new Anchor(QualityRoutes.dataset(score.dataset().slug()), score.title());
        link.setId("quality-dataset-" + score.dataset().slug());
        ListItem item = new ListItem(badge, new Span(" "), link);
        item.addClassName("quality-dataset");
        item.getElement().setAttribute("data-dataset", score.dataset().slug());
        return item;
    }

    private boolean dutch() {
        return !"en".equals(getLocale().getLanguage());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("qpage.system.heading", title) + " — Datawijzer";
    }
}
