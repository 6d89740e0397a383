package nl.datawijzer.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinRequestInterceptor;
import com.vaadin.flow.server.VaadinResponse;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.VaadinSession;
import jakarta.servlet.http.Cookie;
import java.util.Arrays;
import java.util.Locale;
import nl.datawijzer.catalog.Language;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * Dutch by default; English when the user chose it (kept in a cookie). Also tells the services the
 * language of each request, so labels from the value lists come back in the same language.
 */
@Component
public class LanguageSwitch implements VaadinServiceInitListener {

    static final String COOKIE = "datawijzer-taal";

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(init -> init.getUI().setLocale(chosen()));
        // The page's language is the one it is shown in (the choice), not the browser's (WCAG 3.1.1).
        event.addIndexHtmlRequestListener(response -> response.getDocument().getElementsByTag("html")
                .attr("lang", fromCookie(response.getVaadinRequest()).getLanguage()));
        event.addVaadinRequestInterceptor(new VaadinRequestInterceptor() {
            @Override
            public void requestStart(VaadinRequest request, VaadinResponse response) {
                VaadinSession session = VaadinSession.getCurrent();
                Locale locale = session != null && session.getAttribute(Locale.class) != null
                        ? session.getAttribute(Locale.class) : fromCookie(request);
                LocaleContextHolder.setLocale(locale);
            }

            @Override
            public void handleException(VaadinRequest request, VaadinResponse response, VaadinSession session,
                    Exception exception) {
            }

            @Override
            public void requestEnd(VaadinRequest request, VaadinResponse response, VaadinSession session) {
                LocaleContextHolder.resetLocaleContext();
            }
        });
    }

    /** Switches the current user's language and reloads the page in it. */
    public static void switchTo(Locale locale) {
        UI ui = UI.getCurrent();
        VaadinSession.getCurrent().setAttribute(Locale.class, locale);
        Cookie cookie = new Cookie(COOKIE, locale.getLanguage());
        cookie.setPath("/");
        cookie.setMaxAge(60 * 60 * 24 * 365);
        cookie.setHttpOnly(true);
        com.vaadin.flow.server.VaadinService.getCurrentResponse().addCookie(cookie);
        ui.setLocale(locale);
        LocaleContextHolder.setLocale(locale);
        ui.getPage().reload();
    }

    private static Locale chosen() {
        VaadinSession session = VaadinSession.getCurrent();
        if (session != null && session.getAttribute(Locale.class) != null) {
            return session.getAttribute(Locale.class);
        }
        VaadinRequest request = VaadinRequest.getCurrent();
        return request == null ? Language.DUTCH : fromCookie(request);
    }

    private static Locale fromCookie(VaadinRequest request) {
        Cookie[] cookies = request.getCookies();
        boolean english = cookies != null && Arrays.stream(cookies)
                .anyMatch(c -> COOKIE.equals(c.getName()) && "en".equals(c.getValue()));
        return english ? Language.ENGLISH : Language.DUTCH;
    }
}
