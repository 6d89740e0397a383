package nl.datawijzer.search.ui;

import com.vaadin.flow.component.icon.VaadinIcon;
import java.util.List;
import nl.datawijzer.ui.NavigationItems;
import org.springframework.stereotype.Component;

/** Search's entries in the main menu; the index page shows only for admins (the menu checks each view). */
@Component
class SearchNavigation implements NavigationItems.Contribution {

    @Override
    public List<NavigationItems.Item> items() {
        return List.of(
                new NavigationItems.Item(SearchView.class, "search.nav.search", VaadinIcon.SEARCH, 5),
                new NavigationItems.Item(IndexAdminView.class, "search.nav.index", VaadinIcon.REFRESH, 90));
    }
}
