package nl.datawijzer.lineage.openlineage;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import java.util.Optional;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The intake's own filter chain, before the portal's API chain: only {@code Authorization: Bearer <API token>} counts
 * here (no session, no HTTP Basic, no CSRF: machines post with a token), and a token grants this endpoint only.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(OpenLineageProperties.class)
class IntakeSecurity {

    static final String INTAKE_AUTHORITY = "OPENLINEAGE_INTAKE";

    @Bean
    @Order(0)
    SecurityFilterChain openLineageChain(HttpSecurity http, ApiTokenService tokens, SecurityContextHolderStrategy holder)
            throws Exception {
        http.securityMatcher(LineageIntakeApi.PATH, LineageIntakeApi.PATH + "/**")
                .authorizeHttpRequests(auth -> auth.anyRequest().hasAuthority(INTAKE_AUTHORITY))
                .addFilterBefore(new BearerTokenFilter(tokens, holder), BasicAuthenticationFilter.class)
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(csrf -> csrf.disable())
                .requestCache(cache -> cache.disable())
                .exceptionHandling(ex -> ex
                        .authenticationEntryPoint((request, response, e) -> unauthorized(response))
                        .accessDeniedHandler((request, response, e) -> unauthorized(response)));
        return http.build();
    }

    private static void unauthorized(HttpServletResponse response) throws IOException {
        response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
        response.setHeader("WWW-Authenticate", "Bearer realm=\"datawijzer-openlineage\"");
        response.setContentType("application/problem+json;charset=UTF-8");
        response.getWriter().write("{\"type\":\"about:blank\",\"title\":\"Geen geldige API-sleutel\",\"status\":401,"
                + "\"detail\":\"Stuur een geldige, niet ingetrokken API-sleutel als 'Authorization: Bearer <sleutel>'. "
                + "Een beheerder geeft sleutels uit op Beheer > API-sleutels.\"}");
    }

    /** Not a bean: a Filter bean would also be registered for every request outside this chain. */
    private static final class BearerTokenFilter extends OncePerRequestFilter {
        private final ApiTokenService tokens;
        /** The strategy the authorization filter reads (Vaadin installs its own), not the JVM-wide default. */
        private final SecurityContextHolderStrategy holder;

        BearerTokenFilter(ApiTokenService tokens, SecurityContextHolderStrategy holder) {
            this.tokens = tokens;
            this.holder = holder;
        }

        @Override
        protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                throws ServletException, IOException {
            String header = request.getHeader("Authorization");
            Optional<String> name = header != null && header.regionMatches(true, 0, "Bearer ", 0, 7)
                    ? tokens.authenticate(header.substring(7).strip()) : Optional.empty();
            if (name.isPresent()) {
                SecurityContext context = holder.createEmptyContext();
                context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated("api-sleutel:" + name.get(),
                        null, List.of(new SimpleGrantedAuthority(INTAKE_AUTHORITY))));
                holder.setContext(context);
            }
            try {
                chain.doFilter(request, response);
            } finally {
                if (name.isPresent()) {
                    holder.clearContext();
                }
            }
        }
    }
}
