package nl.datawijzer.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Set;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Sets the security headers on every response, before anything else runs, so that error pages, 429s and responses of
 * every security chain carry them too. The CSP is the tightest that Vaadin 25's pre-compiled bundle works with, found
 * with Chromium ({@code PortalWorksUnderItsContentSecurityPolicyJourneyIT} fails on any reported violation): see
 * {@link #contentSecurityPolicy}.
 */
class SecurityHeadersFilter extends OncePerRequestFilter {

    static final String PERMISSIONS_POLICY = "accelerometer=(), camera=(), geolocation=(), gyroscope=(), "
            + "magnetometer=(), microphone=(), payment=(), usb=()";

    private static final SecureRandom RANDOM = new SecureRandom();

    private final String csp;
    private final String hsts;

    SecurityHeadersFilter(HeadersProperties properties, Collection<String> signOnOrigins) {
        Set<String> formAction = new LinkedHashSet<>();
        formAction.add("'self'");
        formAction.addAll(properties.formActionSources());
        formAction.addAll(signOnOrigins);
        this.csp = contentSecurityPolicy(String.join(" ", formAction));
        this.hsts = "max-age=" + properties.hstsMaxAge() + "; includeSubDomains";
    }

    /**
     * What Chromium showed Vaadin 25 needs, and no more. Scripts: the portal's own files, plus the inline scripts of
     * the bootstrap page by a nonce fresh for each response ({@link CspNonce}), plus {@code 'unsafe-eval'} because
     * Vaadin's client runs every {@code executeJs} and its start-up through {@code new Function} (refused without
     * it, the page stays blank); never {@code 'unsafe-inline'} for scripts. Styles: {@code 'unsafe-inline'}, since
     * Vaadin's components add {@code <style>} elements and {@code style} attributes at run time that no nonce can
     * cover. Images and fonts from the portal or as {@code data:} URIs; push and UIDL requests go to the portal.
     */
    static String contentSecurityPolicy(String formActionSources) {
        return "default-src 'self'; "
                + "script-src 'self' 'nonce-" + NONCE + "' 'unsafe-eval'; "
                + "style-src 'self' 'unsafe-inline'; "
                + "img-src 'self' data:; "
                + "font-src 'self' data:; "
                + "connect-src 'self'; "
                + "object-src 'none'; "
                + "base-uri 'self'; "
                + "form-action " + formActionSources + "; "
                + "frame-ancestors 'none'";
    }

    static final String NONCE = "{nonce}";

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String nonce = nonce();
        request.setAttribute(CspNonce.ATTRIBUTE, nonce);
        response.setHeader("Content-Security-Policy", csp.replace(NONCE, nonce));
        response.setHeader("X-Frame-Options", "DENY");
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Referrer-Policy", "strict-origin-when-cross-origin");
        response.setHeader("Permissions-Policy", PERMISSIONS_POLICY);
        // Over plain HTTP the header is ignored by browsers and would pin a test host to HTTPS: only over HTTPS
        // (request.isSecure() follows X-Forwarded-Proto when server.forward-headers-strategy is set).
        if (request.isSecure()) {
            response.setHeader("Strict-Transport-Security", hsts);
        }
        chain.doFilter(request, response);
    }

    private static String nonce() {
        byte[] bytes = new byte[18];
        RANDOM.nextBytes(bytes);
        return Base64.getEncoder().encodeToString(bytes);
    }

    /** The origin (scheme, host, port) of an absolute URI, or null when it has none. */
    static @org.jspecify.annotations.Nullable String origin(String uri) {
        URI parsed = URI.create(uri.trim());
        if (parsed.getScheme() == null || parsed.getHost() == null) {
            return null;
        }
        return parsed.getScheme() + "://" + parsed.getHost() + (parsed.getPort() < 0 ? "" : ":" + parsed.getPort());
    }
}
