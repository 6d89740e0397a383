package nl.datawijzer.lineage.picture.ui;

import com.vaadin.flow.component.icon.VaadinIcon;
import java.util.List;
import nl.datawijzer.ui.NavigationItems;
import org.springframework.stereotype.Component;

/** The lineage explorer in the main menu, for all staff, next to the catalog. */
@Component
class LineageNavigation implements NavigationItems.Contribution {

    @Override
    public List<NavigationItems.Item> items() {
        return List.of(new NavigationItems.Item(LineageExplorerView.class, "lineage.explorer.nav",
                VaadinIcon.CLUSTER, 31));
    }
}
