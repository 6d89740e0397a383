package nl.datawijzer.security;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;
import no.nav.security.mock.oauth2.http.OAuth2HttpRequest;
import no.nav.security.mock.oauth2.http.OAuth2HttpResponse;
import no.nav.security.mock.oauth2.http.Route;
import okhttp3.Headers;

/**
 * The mock OAuth2 server accepts any client secret; a real provider (Entra ID, Keycloak) answers a wrong one
 * at the token endpoint with 401 {@code invalid_client}. This route, placed before the server's own, does the
 * same for the clients it knows, so the test sees the provider's real refusal.
 */
final class ClientSecretCheck implements Route {

    private final Map<String, String> secrets;

    ClientSecretCheck(Map<String, String> secrets) {
        this.secrets = secrets;
    }

    @Override
    public boolean match(OAuth2HttpRequest request) {
        if (!"POST".equals(request.getMethod()) || !request.getUrl().encodedPath().endsWith("/token")) {
            return false;
        }
        String[] credentials = credentials(request);
        String expected = secrets.get(credentials[0]);
        return expected != null && !expected.equals(credentials[1]);
    }

    @Override
    public OAuth2HttpResponse invoke(OAuth2HttpRequest request) {
        return new OAuth2HttpResponse(Headers.of("Content-Type", "application/json;charset=UTF-8"), 401,
                "{\"error\":\"invalid_client\",\"error_description\":\"client authentication failed\"}", null);
    }

    /** Client id and secret from HTTP Basic (client_secret_basic) or the form (client_secret_post). */
    private static String[] credentials(OAuth2HttpRequest request) {
        String authorization = request.getHeaders().get("Authorization");
        if (authorization != null && authorization.startsWith("Basic ")) {
            String decoded = new String(Base64.getDecoder().decode(authorization.substring(6)), StandardCharsets.UTF_8);
            int colon = decoded.indexOf(':');
            return new String[] {decode(decoded.substring(0, colon)), decode(decoded.substring(colon + 1))};
        }
        var form = request.getFormParameters();
        return new String[] {String.valueOf(form.get("client_id")), String.valueOf(form.get("client_secret"))};
    }

    private static String decode(String value) {
        return URLDecoder.decode(value, StandardCharsets.UTF_8);
    }
}
