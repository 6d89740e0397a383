package nl.datawijzer.opendata.dcatimport.ui;

import com.vaadin.flow.component.icon.VaadinIcon;
import java.util.List;
import nl.datawijzer.ui.NavigationItems;
import org.springframework.stereotype.Component;

/** The DCAT import in the main menu; the menu shows it to the administrator only (it checks each view's roles). */
@Component
class DcatImportNavigation implements NavigationItems.Contribution {

    @Override
    public List<NavigationItems.Item> items() {
        return List.of(new NavigationItems.Item(DcatImportView.class, "dcatimport.nav", VaadinIcon.CLOUD_DOWNLOAD, 91));
    }
}
