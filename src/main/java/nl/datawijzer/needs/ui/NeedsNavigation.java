package nl.datawijzer.needs.ui;

import com.vaadin.flow.component.icon.VaadinIcon;
import java.util.List;
import nl.datawijzer.ui.NavigationItems;
import org.springframework.stereotype.Component;

/** "Mijn informatiebehoeften" in the main menu, for all staff. */
@Component
class NeedsNavigation implements NavigationItems.Contribution {

    @Override
    public List<NavigationItems.Item> items() {
        return List.of(new NavigationItems.Item(MyNeedsView.class, "needs.mine.nav", VaadinIcon.QUESTION_CIRCLE_O, 35));
    }
}
