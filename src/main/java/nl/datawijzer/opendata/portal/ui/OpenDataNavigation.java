package nl.datawijzer.opendata.portal.ui;

import com.vaadin.flow.component.icon.VaadinIcon;
import java.util.List;
import nl.datawijzer.ui.NavigationItems;
import org.springframework.stereotype.Component;

/** "Open data" in the main menu for everyone, visitors and staff alike, just after search. */
@Component
class OpenDataNavigation implements NavigationItems.Contribution {

    @Override
    public List<NavigationItems.Item> items() {
        return List.of(new NavigationItems.Item(OpenDataView.class, "odp.nav", VaadinIcon.OPEN_BOOK, 6));
    }
}
