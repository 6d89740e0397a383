package nl.datawijzer.lineage.openlineage.ui;

import com.vaadin.flow.component.icon.VaadinIcon;
import java.util.List;
import nl.datawijzer.ui.NavigationItems;
import org.springframework.stereotype.Component;

/** Menu entries of the OpenLineage intake; the menu shows each only to the roles its view allows. */
@Component
class OpenLineageNavigation implements NavigationItems.Contribution {

    @Override
    public List<NavigationItems.Item> items() {
        return List.of(
                new NavigationItems.Item(DiscoveredDatasetsView.class, "openlineage.nav.discovered", VaadinIcon.SEARCH_PLUS, 84),
                new NavigationItems.Item(ApiTokensView.class, "openlineage.nav.tokens", VaadinIcon.KEY, 95));
    }
}
