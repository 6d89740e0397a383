package nl.datawijzer.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.AfterNavigationEvent;
import com.vaadin.flow.router.AfterNavigationObserver;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.server.auth.AccessAnnotationChecker;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.spring.security.AuthenticationContext;
import java.util.List;
import java.util.stream.Collectors;
import nl.datawijzer.catalog.Language;

/**
 * The app shell. Navigation shows exactly the views the user may open: each item is checked against the
 * view's own access annotations, so menu and access rules cannot disagree.
 */
@AnonymousAllowed
public class MainLayout extends AppLayout implements AfterNavigationObserver {

    /* Routes of the search pages (staff: search.ui; public: the open-data portal); by name, so the shell does not depend on a feature. */
    static final String STAFF_SEARCH = "zoeken";
    static final String PUBLIC_SEARCH = "open-data";

    private final transient AuthenticationContext authentication;
    private final transient AccessAnnotationChecker access;
    private final transient NavigationItems items;
    private final transient HeaderItems headerItems;
    private final SideNav nav = new SideNav();
    private final HorizontalLayout headerBox = new HorizontalLayout();

    public MainLayout(AuthenticationContext authentication, AccessAnnotationChecker access, NavigationItems items,
            HeaderItems headerItems) {
        this.authentication = authentication;
        this.access = access;
        this.items = items;
        this.headerItems = headerItems;
        setPrimarySection(Section.DRAWER);
        Span logo = new Span("Datawijzer");
        logo.addClassName("dw-logo");
        Span municipality = new Span(getTranslation("app.municipality"));
        municipality.addClassName("dw-municipality");
        HorizontalLayout header = new HorizontalLayout(new DrawerToggle(), logo, municipality);
        header.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.CENTER);
        header.setWidthFull();
        header.addClassName("dw-header");
        headerBox.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.CENTER);
        headerBox.addClassName("dw-header-items");
        header.add(spacer(), searchBox(), headerBox, languageSwitch(), userBox());
        addToNavbar(header);
        nav.addClassName("dw-nav");
        addToDrawer(nav);
        buildNavigation();
    }

    private void buildNavigation() {
        nav.removeAll();
        for (NavigationItems.Item item : items.all()) {
            if (access.hasAccess(item.view())) {
                nav.addItem(new SideNavItem(getTranslation(item.labelKey()), item.view(), item.icon().create()));
            }
        }
    }

    private static Component spacer() {
        Div spacer = new Div();
        spacer.getStyle().set("flex-grow", "1");
        return spacer;
    }

    /**
     * Enter opens the results: the staff search for signed-in users (every role is also MEDEWERKER), the
     * search over published open data for visitors.
     */
    private Component searchBox() {
        boolean staff = authentication.isAuthenticated();
        TextField box = new TextField();
        box.setId("shell-search");
        box.addClassName("dw-shell-search");
        box.setPlaceholder(getTranslation(staff ? "search.shell.placeholder" : "search.shell.placeholderPublic"));
        box.setAriaLabel(getTranslation("search.shell.label"));
        box.setPrefixComponent(VaadinIcon.SEARCH.create());
        box.setClearButtonVisible(true);
        // Eager, so the value has reached the server before the Enter key event does.
        box.setValueChangeMode(ValueChangeMode.EAGER);
        box.addKeyDownListener(Key.ENTER, e -> {
            String text = box.getValue().strip();
            box.clear();
            getUI().ifPresent(ui -> ui.navigate(staff ? STAFF_SEARCH : PUBLIC_SEARCH,
                    text.isEmpty() ? QueryParameters.empty() : QueryParameters.of("q", text)));
        });
        return box;
    }

    private Component languageSwitch() {
        boolean english = "en".equals(getLocale().getLanguage());
        Button button = new Button(english ? "Nederlands" : "English",
                e -> LanguageSwitch.switchTo(english ? Language.DUTCH : Language.ENGLISH));
        button.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        button.setId("language-switch");
        button.getElement().setAttribute("aria-label", getTranslation("app.language"));
        return button;
    }

    private Component userBox() {
        return authentication.getPrincipalName().<Component>map(name -> {
            // From the authentication, not UserDetails: a single sign-on user is an OidcUser.
            List<String> roles = authentication.getGrantedRoles().stream().sorted().collect(Collectors.toList());
            Span who = new Span(getTranslation("app.signedInAs", name, String.join(", ", roles)));
            who.setId("signed-in-user");
            who.addClassName("dw-user");
            Button logout = new Button(getTranslation("app.logout"), VaadinIcon.SIGN_OUT.create(), e -> authentication.logout());
            logout.setId("logout");
            logout.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
            HorizontalLayout box = new HorizontalLayout(who, logout);
            box.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.CENTER);
            return box;
        }).orElseGet(() -> {
            Anchor login = new Anchor("login", getTranslation("app.login"));
            login.setId("login-link");
            login.addClassName("dw-login-link");
            return login;
        });
    }

    @Override
    public void afterNavigation(AfterNavigationEvent event) {
        buildNavigation();
        // Rebuilt at every navigation: there is no server push, so this is when a count in the header catches up.
        headerBox.removeAll();
        headerItems.create().forEach(headerBox::add);
    }
}
