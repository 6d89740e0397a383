package nl.datawijzer.ratelimit;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import nl.datawijzer.opendata.OpenDataUrls;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

/** The limit on the public paths only; the portal's pages and the token-authenticated intake are not listed. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(RateLimitProperties.class)
class RateLimitConfiguration {

    /** Servlet URL patterns: the public API (DCAT files and public SPARQL included), CKAN, hosted files. */
    static final String[] LIMITED = {"/api/public/*", "/api/3/*", OpenDataUrls.FILES + "/*"};

    @Bean
    @ConditionalOnBooleanProperty(name = "datawijzer.ratelimit.enabled", matchIfMissing = true)
    FilterRegistrationBean<RateLimitFilter> rateLimitFilter(RateLimitProperties limits,
            ObjectProvider<MeterRegistry> registry) {
        ClientBuckets buckets = new ClientBuckets(limits.requestsPerSecond(), limits.burst(), limits.maxClients(),
                System::nanoTime);
        MeterRegistry meters = registry.getIfAvailable();
        Counter rejected = meters == null ? null : Counter.builder("datawijzer.ratelimit.rejected")
                .description("Requests refused with 429 by the rate limit on the public interfaces").register(meters);
        FilterRegistrationBean<RateLimitFilter> registration = new FilterRegistrationBean<>(
                new RateLimitFilter(buckets, limits, path -> {
                    if (rejected != null) {
                        rejected.increment();
                    }
                }));
        // After Spring's ForwardedHeaderFilter (HIGHEST_PRECEDENCE) and the security headers, before security.
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 10);
        registration.addUrlPatterns(LIMITED);
        return registration;
    }
}
