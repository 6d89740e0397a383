package nl.datawijzer.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.spring.security.AuthenticationContext;
import java.util.List;

/** The public landing page: what Datawijzer is, for whom, and where to go next. */
@Route(value = "", layout = MainLayout.class)
@AnonymousAllowed
public class HomeView extends VerticalLayout implements HasDynamicTitle {

    /* Route of the public page "Waar ben ik bekend?" (feature privacy.ui); by name, as MainLayout does for search. */
    static final String TRANSPARENCY = "waar-ben-ik-bekend";

    public HomeView(AuthenticationContext authentication) {
        addClassName("dw-home");
        setMaxWidth("60rem");
        add(new H1(getTranslation("home.title")));
        Paragraph intro = new Paragraph(getTranslation("home.intro"));
        intro.addClassName("dw-lead");
        add(intro);
        add(new H2(getTranslation("home.who")));
        for (String key : List.of("home.forStaff", "home.forPrivacy", "home.forPublic")) {
            add(new Paragraph(getTranslation(key)));
        }
        Anchor transparency = new Anchor(TRANSPARENCY, getTranslation("home.transparency"));
        transparency.setId("home-transparency");
        transparency.addClassName("dw-home-link");
        add(transparency);
        if (!authentication.isAuthenticated()) {
            Anchor login = new Anchor("login", getTranslation("home.loginCta"));
            login.addClassName("dw-cta");
            login.setId("home-login");
            add(login);
        } else {
            Anchor datasets = new Anchor("datasets", getTranslation("home.toCatalog"));
            datasets.addClassName("dw-cta");
            add(datasets);
        }
    }

    @Override
    public String getPageTitle() {
        return "Datawijzer";
    }
}
