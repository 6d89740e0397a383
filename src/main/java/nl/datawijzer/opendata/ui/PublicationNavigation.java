package nl.datawijzer.opendata.ui;

import com.vaadin.flow.component.icon.VaadinIcon;
import java.util.List;
import nl.datawijzer.ui.NavigationItems;
import org.springframework.stereotype.Component;

/** The FG's publication queue and the notices in the main menu (the menu shows each view to who may open it). */
@Component
class PublicationNavigation implements NavigationItems.Contribution {

    @Override
    public List<NavigationItems.Item> items() {
        return List.of(new NavigationItems.Item(ProposalsView.class, "publication.proposals.nav", VaadinIcon.GLOBE, 42),
                new NavigationItems.Item(NoticesView.class, "publication.notices.nav", VaadinIcon.BELL, 45));
    }
}
