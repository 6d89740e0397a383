package nl.datawijzer.needs.ui;

import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.format.FormatStyle;
import java.util.List;
import nl.datawijzer.catalog.RecordNotFoundException;
import nl.datawijzer.needs.NeedNotification;
import nl.datawijzer.needs.NeedNotificationService;
import nl.datawijzer.security.Role;
import nl.datawijzer.ui.MainLayout;
import nl.datawijzer.ui.Moments;
import org.springframework.security.access.AccessDeniedException;

/**
 * The signed-in user's notifications about needs, newest first: when, what happened, a link to the need. Unread ones
 * say so in words ("Ongelezen") as well as in style; opening the link or "Markeer als gelezen" marks one read.
 */
@Route(value = NeedRoutes.NOTIFICATIONS, layout = MainLayout.class)
@RolesAllowed(Role.MEDEWERKER_NAME)
public class NeedNotificationsView extends VerticalLayout implements HasDynamicTitle {


    private final transient NeedNotificationService notifications;
    private final UnorderedList list = new UnorderedList();
    private final Paragraph summary = new Paragraph();
    private final Button readAll = new Button();

    public NeedNotificationsView(NeedNotificationService notifications) {
        this.notifications = notifications;
        setMaxWidth("100rem");
        readAll.setText(getTranslation("needs.notify.readAll"));
        readAll.setId("need-notifications-read-all");
        readAll.addClickListener(e -> {
            notifications.markAllRead();
            changed();
        });
        summary.setId("need-notifications-summary");
        list.setId("need-notifications");
        list.addClassName("dw-need-notifications");
        add(new H1(getTranslation("needs.notify.title")), new HorizontalLayout(summary, readAll), list);
        load();
    }

    private void load() {
        List<NeedNotification> mine = notifications.mine();
        long unread = mine.stream().filter(n -> !n.read()).count();
        summary.setText(mine.isEmpty() ? getTranslation("needs.notify.none")
                : getTranslation("needs.notify.summary", mine.size(), unread));
        readAll.setEnabled(unread > 0);
        list.removeAll();
        mine.forEach(n -> list.add(item(n)));
    }

    private ListItem item(NeedNotification n) {
        ListItem item = new ListItem();
        item.setId("need-notification-" + n.id());
        item.addClassName("need-notification");
        Span state = new Span(getTranslation(n.read() ? "needs.notify.read" : "needs.notify.unread"));
        state.addClassName("need-notification-state");
        if (!n.read()) {
            item.addClassName("need-notification-unread");
            state.getElement().getThemeList().add("badge primary");
        } else {
            state.getElement().getThemeList().add("badge contrast");
        }
        Span when = new Span(Moments.format(n.at(), getLocale(), FormatStyle.SHORT, FormatStyle.SHORT));
        when.addClassName("need-notification-when");
        Span text = new Span(n.text());
        text.addClassName("need-notification-text");
        Anchor link = new Anchor(NeedRoutes.page(n.need()), getTranslation("needs.notify.open", n.need().value()));
        link.setId("need-notification-link-" + n.id());
        // The click arrives before the navigation it starts, while this view is still attached.
        link.getElement().addEventListener("click", e -> markRead(n.id()));
        HorizontalLayout line = new HorizontalLayout(state, when, text, link);
        line.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        line.setWrap(true);
        if (!n.read()) {
            Button mark = new Button(getTranslation("needs.notify.markRead"), e -> markRead(n.id()));
            mark.setId("need-notification-read-" + n.id());
            mark.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
            line.add(mark);
            text.getStyle().set("font-weight", "bold");
        }
        item.add(line);
        return item;
    }

    private void markRead(String id) {
        try {
            notifications.markRead(id);
        } catch (AccessDeniedException | RecordNotFoundException e) {
            Notification.show(e.getMessage(), 5000, Notification.Position.MIDDLE)
                    .addThemeVariants(NotificationVariant.LUMO_ERROR);
        }
        changed();
    }

    private void changed() {
        load();
        getUI().ifPresent(ui -> ComponentUtil.fireEvent(ui, new NeedNotificationsChanged(ui)));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("needs.notify.title") + " — Datawijzer";
    }
}
