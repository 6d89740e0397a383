package nl.datawijzer.catalog.ui;

import com.vaadin.flow.component.icon.VaadinIcon;
import java.util.List;
import nl.datawijzer.ui.NavigationItems;
import org.springframework.stereotype.Component;

/** The catalog's entries in the main menu. */
@Component
class CatalogNavigation implements NavigationItems.Contribution {

    @Override
    public List<NavigationItems.Item> items() {
        return List.of(
                new NavigationItems.Item(SystemsView.class, "catalog.nav.systems", VaadinIcon.SERVER, 10),
                new NavigationItems.Item(DatasetsView.class, "catalog.nav.datasets", VaadinIcon.TABLE, 20),
                new NavigationItems.Item(GlossaryView.class, "catalog.nav.glossary", VaadinIcon.BOOK, 30));
    }
}
