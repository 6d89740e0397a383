package nl.datawijzer.security.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.login.LoginI18n;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.util.List;
import nl.datawijzer.security.SingleSignOn;
import nl.datawijzer.security.SingleSignOnError;

/**
 * The sign-in page, in the user's language (Dutch by default): the form for local accounts and, when single
 * sign-on is configured, a button per OpenID Connect provider, with the reason when such a sign-in failed.
 */
@Route(value = "login", autoLayout = false)
@AnonymousAllowed
public class LoginView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final LoginForm form = new LoginForm();
    private final Div singleSignOnError = new Div();

    public LoginView(SingleSignOn singleSignOn) {
        setSizeFull();
        setAlignItems(Alignment.CENTER);
        setJustifyContentMode(JustifyContentMode.CENTER);
        addClassName("dw-login");
        form.setAction("login");
        form.setForgotPasswordButtonVisible(false);
        form.setI18n(i18n());
        singleSignOnError.setId("sso-error");
        singleSignOnError.addClassName("dw-sso-error");
        singleSignOnError.getElement().setAttribute("role", "alert");
        singleSignOnError.setVisible(false);
        singleSignOnError.setMaxWidth("30em");
        singleSignOnError.getStyle().set("color", "var(--lumo-error-text-color)")
                .set("background", "var(--lumo-error-color-10pct)").set("padding", "var(--lumo-space-m)")
                .set("border-radius", "var(--lumo-border-radius-m)");
        add(new H1("Datawijzer"), new Paragraph(getTranslation("login.intro")), singleSignOnError, form);
        providerButtons(singleSignOn.providers());
        add(new Anchor("", getTranslation("login.toPublic")));
    }

    private void providerButtons(List<SingleSignOn.Provider> providers) {
        if (providers.isEmpty()) {
            return;
        }
        add(new Paragraph(getTranslation("sso.or")));
        for (SingleSignOn.Provider provider : providers) {
            Anchor button = new Anchor(provider.loginPath(), getTranslation("sso.signInWith", provider.name()));
            // A server endpoint, not a view: the browser must leave the Vaadin router.
            button.setRouterIgnore(true);
            button.addClassName("dw-sso-button");
            button.getStyle().set("display", "inline-block").set("padding", "var(--lumo-space-s) var(--lumo-space-l)")
                    .set("border", "1px solid var(--lumo-primary-color)").set("border-radius", "var(--lumo-border-radius-m)")
                    .set("font-weight", "600").set("text-decoration", "none");
            add(button);
        }
    }

    private LoginI18n i18n() {
        LoginI18n i18n = LoginI18n.createDefault();
        LoginI18n.Form f = i18n.getForm();
        f.setTitle(getTranslation("login.title"));
        f.setUsername(getTranslation("login.username"));
        f.setPassword(getTranslation("login.password"));
        f.setSubmit(getTranslation("login.submit"));
        LoginI18n.ErrorMessage error = i18n.getErrorMessage();
        error.setTitle(getTranslation("login.error.title"));
        error.setMessage(getTranslation("login.error.message"));
        return i18n;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var parameters = event.getLocation().getQueryParameters().getParameters();
        form.setError(parameters.containsKey("error"));
        // Only a known code is shown, as our own text: the parameter comes from the address bar.
        parameters.getOrDefault(SingleSignOnError.PARAMETER, List.of()).stream().findFirst()
                .flatMap(SingleSignOnError::fromCode)
                .ifPresentOrElse(error -> {
                    singleSignOnError.setText(getTranslation(error.messageKey()));
                    singleSignOnError.setVisible(true);
                }, () -> singleSignOnError.setVisible(false));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("login.title") + " | Datawijzer";
    }
}
