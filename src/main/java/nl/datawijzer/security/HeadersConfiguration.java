package nl.datawijzer.security;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.env.Environment;

/** Registers {@link SecurityHeadersFilter} for every request, ahead of the security chains. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(HeadersProperties.class)
class HeadersConfiguration {

    @Bean
    FilterRegistrationBean<SecurityHeadersFilter> securityHeadersFilter(HeadersProperties properties, Environment env) {
        FilterRegistrationBean<SecurityHeadersFilter> registration =
                new FilterRegistrationBean<>(new SecurityHeadersFilter(properties, signOnOrigins(env)));
        // Just after Spring's ForwardedHeaderFilter (HIGHEST_PRECEDENCE), so isSecure() sees the proxy's scheme.
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 5);
        registration.addUrlPatterns("/*");
        return registration;
    }

    /**
     * The origins of configured OpenID Connect providers: signing out may post a form that the provider's end-session
     * page receives, which {@code form-action} would otherwise block.
     */
    static List<String> signOnOrigins(Environment env) {
        Map<String, Provider> providers = Binder.get(env).bind("spring.security.oauth2.client.provider",
                Bindable.mapOf(String.class, Provider.class)).orElse(Map.of());
        List<String> origins = new ArrayList<>();
        for (Provider provider : providers.values()) {
            for (String uri : new String[] {provider.issuerUri(), provider.authorizationUri()}) {
                if (uri != null && !uri.isBlank()) {
                    origins.add(SecurityHeadersFilter.origin(uri));
                }
            }
        }
        return origins.stream().filter(Objects::nonNull).distinct().toList();
    }

    record Provider(@Nullable String issuerUri, @Nullable String authorizationUri) {
    }
}
