package nl.datawijzer.quality.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.format.FormatStyle;
import java.util.List;
import nl.datawijzer.quality.QualityAlert;
import nl.datawijzer.quality.QualityService;
import nl.datawijzer.security.Role;
import nl.datawijzer.ui.MainLayout;
import nl.datawijzer.ui.Moments;

/** The quality alerts about the datasets the signed-in account's teams own, newest first; each can be marked read. */
@Route(value = QualityRoutes.ALERTS, layout = MainLayout.class)
@RolesAllowed(Role.MEDEWERKER_NAME)
public class QualityAlertsView extends VerticalLayout implements HasDynamicTitle {

    private final QualityService quality;
    private final Div list = new Div();

    public QualityAlertsView(QualityService quality) {
        this.quality = quality;
        setMaxWidth("70rem");
        list.setWidthFull();
        add(new H1(getTranslation("qpage.alerts.title")), new Paragraph(getTranslation("qpage.alerts.intro")), list);
        render();
    }

    private void render() {
        list.removeAll();
        List<QualityAlert> alerts = quality.alerts();
        if (alerts.isEmpty()) {
            Paragraph none = new Paragraph(getTranslation("qpage.alerts.none"));
            none.setId("quality-alerts-none");
            list.add(none);
            return;
        }
        UnorderedList items = new UnorderedList();
        items.setId("quality-alerts");
        boolean dutch = !"en".equals(getLocale().getLanguage());
        for (QualityAlert alert : alerts) {
            ListItem item = new ListItem();
            item.setId("quality-alert-" + alert.id());
            item.addClassName("quality-alert");
            item.getElement().setAttribute("data-read", String.valueOf(alert.read()));
            Span kind = new Span(getTranslation("qpage.alerts.kind." + alert.kind().name()));
            kind.getStyle().set("font-weight", "600");
            Anchor dataset = new Anchor(QualityRoutes.dataset(alert.dataset().slug()), alert.datasetTitle());
            Paragraph head = new Paragraph(kind, new Span(" · "), dataset, new Span(" · "
                    + Moments.format(alert.created(), getLocale(), FormatStyle.LONG, FormatStyle.SHORT)));
            if (!alert.read()) {
                Span unread = new Span(getTranslation("qpage.alerts.unread"));
                unread.addClassName("dw-badge");
                unread.getStyle().set("background", "#b3261e").set("margin-left", "0.5em");
                head.add(unread);
            }
            Paragraph text = new Paragraph(dutch ? alert.textNl() : alert.textEn());
            text.addClassName("quality-alert-text");
            Paragraph owner = new Paragraph(getTranslation("qpage.alerts.owner", alert.ownerName()));
            owner.addClassName("dw-secondary");
            item.add(head, text, owner);
            if (!alert.read()) {
                Button read = new Button(getTranslation("qpage.alerts.markRead"), e -> {
                    quality.markAlertRead(alert.id());
                    render();
                });
                read.setId("quality-alert-read-" + alert.id());
                read.addThemeVariants(ButtonVariant.LUMO_SMALL);
                item.add(read);
            }
            items.add(item);
        }
        list.add(items);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("qpage.alerts.title") + " — Datawijzer";
    }
}
