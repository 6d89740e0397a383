package nl.datawijzer.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.sidenav.SideNavItem;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.test.context.support.WithAnonymousUser;
import org.springframework.security.test.context.support.WithMockUser;

/** The shell: Dutch by default, English on request, and a menu that shows only what the user may open. */
@SpringBootTest
@ViewPackages(packages = "nl.datawijzer")
class AppShellTest extends SpringBrowserlessTest {

    @Test
    @WithAnonymousUser
    void visitorSeesTheDutchLandingPageWithTheOpenDataButNotTheCatalogMenu() {
        navigate(HomeView.class);
        assertThat(find(H1.class).single().getText()).startsWith("Datawijzer: weten welke data er is");
        assertThat(find(SideNavItem.class).all()).extracting(SideNavItem::getLabel).containsExactly("Open data", "SPARQL (open data)", "Waar ben ik bekend?");
    }

    @Test
    @WithAnonymousUser
    void englishReaderSeesTheLandingPageInEnglish() {
        navigate(HomeView.class);
        UI.getCurrent().setLocale(Locale.ENGLISH);
        UI.getCurrent().refreshCurrentRoute(true);
        assertThat(find(H1.class).single().getText()).startsWith("Datawijzer: know which data exists");
    }

    @Test
    @WithMockUser(roles = "MEDEWERKER")
    void staffSeeTheCatalogMenu() {
        navigate(HomeView.class);
        assertThat(find(SideNavItem.class).all()).extracting(SideNavItem::getLabel)
                .containsExactly("Zoeken", "Open data", "SPARQL (open data)", "Systemen", "Datasets", "Kwaliteit", "Begrippen",
                        "Herkomst en gebruik", "Mijn informatiebehoeften", "Behoeftenbord", "Overzicht behoeften",
                        "Meldingen",
                        "Waar ben ik bekend?");
    }
}
