package nl.datawijzer.quality.ui;

import com.vaadin.flow.component.icon.VaadinIcon;
import java.util.List;
import nl.datawijzer.ui.NavigationItems;
import org.springframework.stereotype.Component;

/** The quality overview in the main menu, for all staff. */
@Component
class QualityNavigation implements NavigationItems.Contribution {

    @Override
    public List<NavigationItems.Item> items() {
        return List.of(new NavigationItems.Item(QualityOverviewView.class, "qpage.nav", VaadinIcon.CHART_LINE, 25));
    }
}
