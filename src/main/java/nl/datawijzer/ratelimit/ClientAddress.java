package nl.datawijzer.ratelimit;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Set;

/**
 * Who a request comes from, for the limit. The connection's address, unless it is one of the configured trusted
 * proxies: then the last address in {@code X-Forwarded-For} that is not a trusted proxy (the one the outermost trusted
 * proxy saw), because everything left of it the client can write itself.
 */
final class ClientAddress {

    /** Longer header entries are not addresses; cut so that a key never grows the map much. */
    private static final int MAX_LENGTH = 64;

    private ClientAddress() {
    }

    static String of(HttpServletRequest request, Set<String> trustedProxies) {
        String remote = request.getRemoteAddr();
        if (!trustedProxies.contains(remote)) {
            return remote;
        }
        String forwarded = request.getHeader("X-Forwarded-For");
        if (forwarded == null) {
            return remote;
        }
        String[] hops = forwarded.split(",");
        for (int i = hops.length - 1; i >= 0; i--) {
            String hop = hops[i].strip();
            if (!hop.isEmpty() && !trustedProxies.contains(hop)) {
                return hop.length() > MAX_LENGTH ? hop.substring(0, MAX_LENGTH) : hop;
            }
        }
        return remote;
    }
}
