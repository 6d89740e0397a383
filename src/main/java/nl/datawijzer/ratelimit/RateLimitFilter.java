package nl.datawijzer.ratelimit;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Refuses a request over its client's limit with 429, {@code Retry-After} and an RFC 9457 problem in Dutch and English.
 * Runs before the security chains: a refused request costs no authentication and no query.
 */
final class RateLimitFilter extends org.springframework.web.filter.OncePerRequestFilter {

    private final ClientBuckets buckets;
    private final Set<String> trustedProxies;
    private final RateLimitProperties limits;
    private final Consumer<String> rejected;

    RateLimitFilter(ClientBuckets buckets, RateLimitProperties limits, Consumer<String> rejected) {
        this.buckets = buckets;
        this.trustedProxies = Set.copyOf(limits.trustedProxies());
        this.limits = limits;
        this.rejected = rejected;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        long waitNanos = buckets.tryTake(ClientAddress.of(request, trustedProxies));
        if (waitNanos == 0) {
            chain.doFilter(request, response);
            return;
        }
        rejected.accept(request.getRequestURI());
        long seconds = Math.max(1, (waitNanos + 999_999_999L) / 1_000_000_000L);
        response.setStatus(429);
        response.setHeader("Retry-After", Long.toString(seconds));
        response.setContentType("application/problem+json;charset=UTF-8");
        response.getWriter().write(problem(seconds));
    }

    String problem(long seconds) {
        String rate = stripZeros(limits.requestsPerSecond());
        return "{\"type\":\"about:blank\","
                + "\"title\":\"Te veel verzoeken (Too Many Requests)\","
                + "\"status\":429,"
                + "\"detail\":\"U doet meer verzoeken dan de openbare API's per afnemer toestaan (" + rate
                + " per seconde, " + limits.burst() + " tegelijk). Probeer het over " + seconds + " seconden opnieuw. "
                + "You are making more requests than the public APIs allow per client (" + rate + " per second, "
                + limits.burst() + " at once). Try again in " + seconds + " seconds.\","
                + "\"retryAfterSeconds\":" + seconds + "}";
    }

    private static String stripZeros(double value) {
        return value == Math.rint(value) ? Long.toString((long) value) : Double.toString(value);
    }
}
