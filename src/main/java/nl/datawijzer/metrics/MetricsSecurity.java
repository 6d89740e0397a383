package nl.datawijzer.metrics;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.List;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * {@code /actuator/prometheus} is not for the internet: its own chain lets in a scraper with the configured bearer
 * token, or an ADMIN (HTTP Basic or the portal session); anyone else gets 401 as problem JSON.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(MetricsProperties.class)
@EnableScheduling
class MetricsSecurity {

    static final String PATH = "/actuator/prometheus";
    static final String SCRAPER = "METRICS_SCRAPER";

    @Bean
    @Order(0)
    SecurityFilterChain metricsChain(HttpSecurity http, MetricsProperties properties, UserDetailsService users,
            PasswordEncoder encoder, SecurityContextHolderStrategy holder) throws Exception {
        DaoAuthenticationProvider bcrypt = new DaoAuthenticationProvider(users);
        bcrypt.setPasswordEncoder(encoder);
        http.securityMatcher(PATH)
                .authenticationManager(new ProviderManager(bcrypt))
                .authorizeHttpRequests(auth -> auth.anyRequest().hasAnyAuthority(SCRAPER, "ROLE_ADMIN"))
                .addFilterBefore(new ScrapeTokenFilter(properties, holder), BasicAuthenticationFilter.class)
                .httpBasic(basic -> basic.authenticationEntryPoint((request, response, e) -> unauthorized(response)))
                .csrf(csrf -> csrf.disable())
                .requestCache(cache -> cache.disable())
                .exceptionHandling(ex -> ex
                        .authenticationEntryPoint((request, response, e) -> unauthorized(response))
                        .accessDeniedHandler((request, response, e) -> unauthorized(response)));
        return http.build();
    }

    private static void unauthorized(HttpServletResponse response) throws IOException {
        response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
        response.setHeader("WWW-Authenticate", "Bearer realm=\"datawijzer-metrics\"");
        response.setContentType("application/problem+json;charset=UTF-8");
        response.getWriter().write("{\"type\":\"about:blank\",\"title\":\"Niet aangemeld\",\"status\":401,"
                + "\"detail\":\"De metrics zijn alleen voor de monitoring: stuur 'Authorization: Bearer <sleutel>' met "
                + "de sleutel uit datawijzer.metrics.token, of meld u aan als beheerder (ADMIN).\"}");
    }

    /** Not a bean: a Filter bean would also be registered for every request outside this chain. */
    private static final class ScrapeTokenFilter extends OncePerRequestFilter {
        private final byte[] tokenDigest;
        /** The strategy the authorization filter reads (Vaadin installs its own), not the JVM-wide default. */
        private final SecurityContextHolderStrategy holder;

        ScrapeTokenFilter(MetricsProperties properties, SecurityContextHolderStrategy holder) {
            String token = properties.token();
            this.tokenDigest = properties.tokenConfigured() && token != null ? digest(token.strip()) : new byte[0];
            this.holder = holder;
        }

        @Override
        protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                throws ServletException, IOException {
            String header = request.getHeader("Authorization");
            boolean scraper = tokenDigest.length > 0 && header != null && header.regionMatches(true, 0, "Bearer ", 0, 7)
                    // digests of equal length: the comparison takes the same time whatever was sent
                    && MessageDigest.isEqual(tokenDigest, digest(header.substring(7).strip()));
            if (scraper) {
                SecurityContext context = holder.createEmptyContext();
                context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated("prometheus", null,
                        List.of(new SimpleGrantedAuthority(SCRAPER))));
                holder.setContext(context);
            }
            try {
                chain.doFilter(request, response);
            } finally {
                if (scraper) {
                    holder.clearContext();
                }
            }
        }

        private static byte[] digest(String text) {
            try {
                return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            } catch (NoSuchAlgorithmException e) {
                throw new IllegalStateException(e);
            }
        }
    }
}
