package nl.datawijzer.opendata.sparql.ui;

import com.vaadin.flow.component.icon.VaadinIcon;
import java.util.List;
import nl.datawijzer.ui.NavigationItems;
import org.springframework.stereotype.Component;

/** The public SPARQL page in the main menu, for everyone, near the other public pages. */
@Component
class SparqlNavigation implements NavigationItems.Contribution {

    @Override
    public List<NavigationItems.Item> items() {
        return List.of(new NavigationItems.Item(SparqlView.class, "sparql.nav", VaadinIcon.CODE, 7));
    }
}
