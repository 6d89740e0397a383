package nl.datawijzer.needs.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.server.auth.AccessAnnotationChecker;
import com.vaadin.flow.shared.Registration;
import java.util.Optional;
import nl.datawijzer.needs.NeedNotificationService;
import nl.datawijzer.ui.HeaderItems;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.AccessDeniedException;

/**
 * A bell in the header with the number of unread notifications about needs, linking to the notifications page. The
 * number is also its accessible name ("3 ongelezen meldingen"), so it is not told by the badge alone.
 */
class NeedNotificationBell extends Anchor {

    static final String ID = "need-notifications-bell";

    private final transient NeedNotificationService notifications;
    private final Span count = new Span();
    private @Nullable Registration changes;

    NeedNotificationBell(NeedNotificationService notifications) {
        this.notifications = notifications;
        setHref(NeedRoutes.NOTIFICATIONS);
        setId(ID);
        addClassName("dw-need-bell");
        Icon bell = VaadinIcon.BELL.create();
        bell.getElement().setAttribute("aria-hidden", "true");
        count.setId("need-notifications-count");
        count.getElement().getThemeList().add("badge error primary small pill");
        count.getElement().setAttribute("aria-hidden", "true");
        add(bell, count);
        refresh();
    }

    /** Asks the store again; the number shown is the signed-in user's own. */
    final void refresh() {
        int unread = notifications.unreadCount();
        count.setText(Integer.toString(unread));
        count.setVisible(unread > 0);
        String label = getTranslation("needs.notify.bell", unread);
        getElement().setAttribute("aria-label", label);
        getElement().setAttribute("title", label);
    }

    int unread() {
        return count.isVisible() ? Integer.parseInt(count.getText()) : 0;
    }

    @Override
    protected void onAttach(AttachEvent event) {
        super.onAttach(event);
        changes = ComponentUtil.addListener(event.getUI(), NeedNotificationsChanged.class, e -> refresh());
    }

    @Override
    protected void onDetach(DetachEvent event) {
        if (changes != null) {
            changes.remove();
            changes = null;
        }
        super.onDetach(event);
    }

    /** The bell for whoever may open the notifications page; visitors get none. */
    @org.springframework.stereotype.Component
    static class Contribution implements HeaderItems.Contribution {

        private final AccessAnnotationChecker access;
        private final NeedNotificationService notifications;

        Contribution(AccessAnnotationChecker access, NeedNotificationService notifications) {
            this.access = access;
            this.notifications = notifications;
        }

        @Override
        public Optional<com.vaadin.flow.component.Component> create() {
            if (!access.hasAccess(NeedNotificationsView.class)) {
                return Optional.empty();
            }
            try {
                return Optional.of(new NeedNotificationBell(notifications));
            } catch (AccessDeniedException e) {
                return Optional.empty();
            }
        }

        @Override
        public int order() {
            return 10;
        }
    }
}
