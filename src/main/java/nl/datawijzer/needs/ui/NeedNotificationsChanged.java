package nl.datawijzer.needs.ui;

import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.UI;

/** Fired on the UI when the user marked notifications read, so the bell in the header shows the new count at once. */
class NeedNotificationsChanged extends ComponentEvent<UI> {

    NeedNotificationsChanged(UI ui) {
        super(ui, false);
    }
}
