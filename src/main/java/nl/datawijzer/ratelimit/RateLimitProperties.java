package nl.datawijzer.ratelimit;

import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The rate limit on the public interfaces. The defaults are far above what a municipality's own portal or a national
 * harvester needs, and stop only a client in a runaway loop.
 *
 * @param enabled           false switches the limit off (for example behind a gateway that limits already)
 * @param requestsPerSecond the sustained rate each client gets
 * @param burst             how many requests a client may make at once after being idle
 * @param maxClients        how many clients are remembered; beyond it idle clients are forgotten first
 * @param trustedProxies    addresses of reverse proxies whose {@code X-Forwarded-For} names the client; empty: the
 *                          connection's address (which {@code server.forward-headers-strategy} may already have set
 *                          from the header)
 */
@ConfigurationProperties("datawijzer.ratelimit")
public record RateLimitProperties(
        @DefaultValue("true") boolean enabled,
        @DefaultValue("50") double requestsPerSecond,
        @DefaultValue("200") int burst,
        @DefaultValue("100000") int maxClients,
        @DefaultValue List<String> trustedProxies) {

    public RateLimitProperties {
        if (requestsPerSecond <= 0 || burst < 1 || maxClients < 1) {
            throw new IllegalArgumentException("datawijzer.ratelimit: requests-per-second, burst en max-clients moeten "
                    + "groter dan 0 zijn (zet enabled op false om de limiet uit te zetten)");
        }
    }
}
