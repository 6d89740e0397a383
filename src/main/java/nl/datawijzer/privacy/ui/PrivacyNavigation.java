package nl.datawijzer.privacy.ui;

import com.vaadin.flow.component.icon.VaadinIcon;
import java.util.List;
import nl.datawijzer.ui.NavigationItems;
import org.springframework.stereotype.Component;

/** The review queue and the processing register in the main menu; shown only to the privacy officer (the menu checks each view). */
@Component
class PrivacyNavigation implements NavigationItems.Contribution {

    @Override
    public List<NavigationItems.Item> items() {
        return List.of(new NavigationItems.Item(ReviewQueueView.class, "privacy.nav.review", VaadinIcon.SHIELD, 40),
                new NavigationItems.Item(ProcessingRegisterView.class, "register.nav", VaadinIcon.BOOK, 41));
    }
}
