package nl.datawijzer.security;

import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The security headers on every response ({@link SecurityHeadersFilter}).
 *
 * @param formActionSources origins a form may submit to besides the portal itself (CSP {@code form-action}); the
 *                          origins of configured OpenID Connect providers are added on their own
 * @param hstsMaxAge        HSTS max-age in seconds, sent only on requests that arrived over HTTPS
 */
@ConfigurationProperties("datawijzer.headers")
public record HeadersProperties(
        @DefaultValue List<String> formActionSources,
        @DefaultValue("31536000") long hstsMaxAge) {
}
