package nl.datawijzer.metrics;

import java.time.Duration;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Access to {@code /actuator/prometheus} and how fresh its catalog gauges are.
 *
 * @param token           the bearer token a Prometheus scraper sends ({@code Authorization: Bearer <token>}); unset
 *                        or blank: no token is accepted and only a signed-in ADMIN can read the endpoint. Give it from
 *                        the environment ({@code DATAWIJZER_METRICS_TOKEN}), never in a file in the repository
 * @param refreshInterval how often the catalog gauges check the store's revision and count again when it changed
 */
@ConfigurationProperties("datawijzer.metrics")
public record MetricsProperties(@Nullable String token, @DefaultValue("30s") Duration refreshInterval) {

    boolean tokenConfigured() {
        return token != null && !token.isBlank();
    }
}
