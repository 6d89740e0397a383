package nl.datawijzer.security;

import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import nl.datawijzer.opendata.OpenDataUrls;
import nl.datawijzer.security.ui.LoginView;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;
import java.time.Clock;

/**
 * Two chains: the REST API (HTTP Basic or the portal session, errors as problem JSON) and the Vaadin
 * portal (form login; views decide with {@code @AnonymousAllowed}/{@code @RolesAllowed}). Services check
 * roles again with {@code @PreAuthorize}: a hidden button is never the control.
 */
@Configuration(proxyBeanMethods = false)
@EnableWebSecurity
@EnableMethodSecurity(jsr250Enabled = true)
class SecurityConfiguration {

    static final String API = "/api/**";
    static final String PUBLIC_API = "/api/public/**";
    static final String CKAN_API = "/api/3/action/**";

    @Bean
    @Order(1)
    SecurityFilterChain apiChain(HttpSecurity http, UserDetailsService users, PasswordEncoder encoder) throws Exception {
        DaoAuthenticationProvider bcrypt = new DaoAuthenticationProvider(users);
        bcrypt.setPasswordEncoder(encoder);
        http.securityMatcher(API)
                .authenticationManager(new ProviderManager(new RememberedAuthentications(bcrypt, Clock.systemUTC())))
                .authorizeHttpRequests(auth -> auth
                        .requestMatchers("/api/openapi", "/api/openapi.yaml", "/api/openapi/**", "/api/docs", "/api/docs/**",
                                "/api/swagger-ui/**").permitAll()
                        // The public API reads only the open-data view (see DESIGN.md, the public boundary).
                        .requestMatchers(PUBLIC_API).permitAll()
                        // CKAN Action API for harvesters: the published packages only (opendata.ckan).
                        .requestMatchers(CKAN_API).permitAll()
                        .anyRequest().hasRole(Role.MEDEWERKER_NAME))
                .httpBasic(basic -> basic.authenticationEntryPoint((request, response, e) ->
                        problem(response, HttpStatus.UNAUTHORIZED, "Niet aangemeld",
                                "Meld u aan (HTTP Basic of een portaalsessie) om de API te gebruiken.")))
                .exceptionHandling(ex -> ex
                        .authenticationEntryPoint((request, response, e) -> problem(response, HttpStatus.UNAUTHORIZED,
                                "Niet aangemeld", "Meld u aan (HTTP Basic of een portaalsessie) om de API te gebruiken."))
                        .accessDeniedHandler((request, response, e) -> problem(response, HttpStatus.FORBIDDEN,
                                "Geen toegang", "Uw rol geeft geen toegang tot dit onderdeel van de API.")))
                // Read-only API: no state-changing requests to protect with a CSRF token.
                .csrf(csrf -> csrf.disable());
        return http.build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain portalChain(HttpSecurity http, ObjectProvider<SingleSignOnLogin> singleSignOn) throws Exception {
        http.authorizeHttpRequests(auth -> auth
                .requestMatchers("/actuator/health", "/actuator/health/**", "/actuator/info",
                        "/styles/**", "/images/**", "/favicon.ico").permitAll()
                // Hosted open-data files: the controller answers 404 to anyone who may not see the file.
                .requestMatchers(OpenDataUrls.FILES + "/**").permitAll());
        // Single sign-on (issue 9): OpenID Connect beside the form login, only when a provider is configured.
        SingleSignOnLogin sso = singleSignOn.getIfAvailable();
        if (sso != null) {
            sso.apply(http);
        }
        return http.with(VaadinSecurityConfigurer.vaadin(), vaadin -> {
            vaadin.loginView(LoginView.class);
            if (sso != null) {
                vaadin.logoutSuccessHandler(sso.logoutSuccessHandler());
            }
        }).build();
    }

    private static void problem(HttpServletResponse response, HttpStatus status, String title, String detail)
            throws IOException {
        response.setStatus(status.value());
        response.setContentType("application/problem+json;charset=UTF-8");
        response.getWriter().write("{\"type\":\"about:blank\",\"title\":\"" + title + "\",\"status\":" + status.value()
                + ",\"detail\":\"" + detail + "\"}");
    }
}
