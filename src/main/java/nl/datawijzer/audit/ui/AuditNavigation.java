package nl.datawijzer.audit.ui;

import com.vaadin.flow.component.icon.VaadinIcon;
import java.util.List;
import nl.datawijzer.ui.NavigationItems;
import org.springframework.stereotype.Component;

/** The audit trail's menu entry (shown to ADMIN only, as its view allows). */
@Component
class AuditNavigation implements NavigationItems.Contribution {

    @Override
    public List<NavigationItems.Item> items() {
        return List.of(new NavigationItems.Item(AuditLogView.class, "audit.nav", VaadinIcon.CLIPBOARD_TEXT, 96));
    }
}
