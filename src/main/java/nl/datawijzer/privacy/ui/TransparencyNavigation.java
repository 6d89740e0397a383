package nl.datawijzer.privacy.ui;

import com.vaadin.flow.component.icon.VaadinIcon;
import java.util.List;
import nl.datawijzer.ui.NavigationItems;
import org.springframework.stereotype.Component;

/**
 * "Waar ben ik bekend?" in the main menu for everyone: a visitor's only entry; for staff after their own work (search
 * stays first).
 */
@Component
class TransparencyNavigation implements NavigationItems.Contribution {

    @Override
    public List<NavigationItems.Item> items() {
        return List.of(new NavigationItems.Item(TransparencyView.class, "transparency.nav", VaadinIcon.EYE, 80));
    }
}
