package nl.datawijzer.needs.ui;

import com.vaadin.flow.component.icon.VaadinIcon;
import java.util.List;
import nl.datawijzer.ui.NavigationItems;
import org.springframework.stereotype.Component;

/** The information-need pages in the main menu, for all staff. */
@Component
class NeedsNavigation implements NavigationItems.Contribution {

    @Override
    public List<NavigationItems.Item> items() {
        return List.of(new NavigationItems.Item(MyNeedsView.class, "needs.mine.nav", VaadinIcon.QUESTION_CIRCLE_O, 35),
                new NavigationItems.Item(NeedBoardView.class, "needs.board.nav", VaadinIcon.LIST_SELECT, 36),
                new NavigationItems.Item(NeedOverviewView.class, "needs.overview.nav", VaadinIcon.BAR_CHART_H, 37));
    }
}
