package nl.datawijzer.security;

import com.vaadin.flow.spring.security.UidlRedirectStrategy;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.config.ObjectPostProcessor;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.oauth2.client.oidc.web.logout.OidcClientInitiatedLogoutSuccessHandler;
import org.springframework.security.oauth2.client.web.OAuth2AuthorizationRequestRedirectFilter;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.logout.LogoutSuccessHandler;

/**
 * Adds OpenID Connect login to the portal's filter chain beside the form login of the Vaadin login view, which
 * stays the login page (with a button per provider). Every failure, also one before the user reaches the
 * provider (the provider is down), ends on the login page with a Dutch explanation.
 */
final class SingleSignOnLogin {

    static final String AUTHORIZATION_BASE = OAuth2AuthorizationRequestRedirectFilter.DEFAULT_AUTHORIZATION_REQUEST_BASE_URI;
    static final String LOGIN_PAGE = "/login";

    private static final Logger log = LoggerFactory.getLogger(SingleSignOnLogin.class);

    private final LazyClientRegistrations registrations;
    private final OidcAccounts accounts;

    SingleSignOnLogin(LazyClientRegistrations registrations, OidcAccounts accounts) {
        this.registrations = registrations;
        this.accounts = accounts;
    }

    void apply(HttpSecurity http) throws Exception {
        AuthenticationFailureHandler toLoginPage = SingleSignOnLogin::failed;
        http.authorizeHttpRequests(auth -> auth
                        .requestMatchers(AUTHORIZATION_BASE + "/**", "/login/oauth2/code/**").permitAll())
                .oauth2Login(oauth -> oauth
                        .loginPage(LOGIN_PAGE)
                        .clientRegistrationRepository(registrations)
                        .userInfoEndpoint(user -> user
                                .oidcUserService(accounts)
                                // A registration without the openid scope would sign in through plain OAuth2,
                                // bypassing the role mapping: refuse it.
                                .userService(request -> {
                                    throw new OAuth2AuthenticationException(new OAuth2Error("invalid_request",
                                            "Registratie '" + request.getClientRegistration().getRegistrationId()
                                                    + "' vraagt geen scope openid", null));
                                }))
                        .failureHandler(toLoginPage)
                        .withObjectPostProcessor(new ObjectPostProcessor<OAuth2AuthorizationRequestRedirectFilter>() {
                            @Override
                            public <O extends OAuth2AuthorizationRequestRedirectFilter> O postProcess(O filter) {
                                // Spring's default answers a failed redirect (provider down) with a bare HTTP 500.
                                filter.setAuthenticationFailureHandler(toLoginPage);
                                return filter;
                            }
                        }));
    }

    /**
     * Logout ends the local session and, for a user who signed in through a provider that advertises an
     * {@code end_session_endpoint}, the session there too (RP-initiated logout), returning to the portal.
     */
    LogoutSuccessHandler logoutSuccessHandler() {
        OidcClientInitiatedLogoutSuccessHandler handler = new OidcClientInitiatedLogoutSuccessHandler(registrations);
        handler.setPostLogoutRedirectUri("{baseUrl}/");
        handler.setDefaultTargetUrl("/");
        // The logout button sends a Vaadin UIDL request: a plain 302 would not move the browser.
        handler.setRedirectStrategy(new UidlRedirectStrategy());
        return handler;
    }

    private static void failed(HttpServletRequest request, HttpServletResponse response, AuthenticationException failure)
            throws IOException {
        SingleSignOnError error = SingleSignOnError.of(failure);
        if (error != SingleSignOnError.NO_ROLE) { // OidcAccounts logged that one, with the claim values
            log.warn("Single sign-on failed ({}): {}", error.code(), describe(failure));
        }
        response.sendRedirect(request.getContextPath() + LOGIN_PAGE + "?" + SingleSignOnError.PARAMETER + "=" + error.code());
    }

    private static String describe(Throwable failure) {
        StringBuilder text = new StringBuilder();
        for (Throwable t = failure; t != null; t = t.getCause()) {
            text.append(text.isEmpty() ? "" : " <- ").append(t.getClass().getSimpleName()).append(": ").append(t.getMessage());
        }
        return text.toString();
    }
}
