package nl.datawijzer.backup.ui;

import com.vaadin.flow.component.icon.VaadinIcon;
import java.util.List;
import nl.datawijzer.ui.NavigationItems;
import org.springframework.stereotype.Component;

/** The backups page in the admin part of the menu (the menu shows it to admins only: it checks each view). */
@Component
class BackupNavigation implements NavigationItems.Contribution {

    @Override
    public List<NavigationItems.Item> items() {
        return List.of(new NavigationItems.Item(BackupsView.class, "backup.nav", VaadinIcon.ARCHIVE, 92));
    }
}
