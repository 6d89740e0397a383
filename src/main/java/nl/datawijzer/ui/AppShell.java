package nl.datawijzer.ui;

import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.page.AppShellConfigurator;
import com.vaadin.flow.component.page.Meta;
import com.vaadin.flow.theme.lumo.Lumo;

/** Theme and global styles. Only Vaadin's pre-compiled components are used: no frontend build needed. */
@StyleSheet(Lumo.STYLESHEET)
@StyleSheet(Lumo.UTILITY_STYLESHEET)
@StyleSheet("styles/datawijzer.css")
@Meta(name = "description", content = "Datawijzer: datacatalogus en datagovernance-portaal van de gemeente")
public class AppShell implements AppShellConfigurator {
}
