package nl.datawijzer.security;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserRequest;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtException;
import org.springframework.security.oauth2.jwt.JwtValidators;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;

/**
 * The claims of the access token, when it is a JWT signed with the provider's own keys and issued by it.
 * Keycloak puts {@code realm_access.roles} only in the access token unless its mapper is told otherwise; reading
 * it there lets a default Keycloak realm work. A token that is opaque, foreign or invalid yields no claims (so no
 * roles), never an error.
 */
final class AccessTokenClaims implements Function<OidcUserRequest, Map<String, Object>> {

    private static final Logger log = LoggerFactory.getLogger(AccessTokenClaims.class);

    private final Map<String, JwtDecoder> decoders = new ConcurrentHashMap<>();

    @Override
    public Map<String, Object> apply(OidcUserRequest request) {
        ClientRegistration registration = request.getClientRegistration();
        String keys = registration.getProviderDetails().getJwkSetUri();
        String token = request.getAccessToken().getTokenValue();
        if (keys == null || keys.isBlank() || token.chars().filter(c -> c == '.').count() != 2) {
            return Map.of();
        }
        try {
            return decoders.computeIfAbsent(registration.getRegistrationId(), id -> decoder(registration, keys))
                    .decode(token).getClaims();
        } catch (JwtException e) {
            log.debug("Access token of {} not read for roles: {}", registration.getRegistrationId(), e.getMessage());
            return Map.of();
        }
    }

    private static JwtDecoder decoder(ClientRegistration registration, String keys) {
        NimbusJwtDecoder decoder = NimbusJwtDecoder.withJwkSetUri(keys).build();
        String issuer = registration.getProviderDetails().getIssuerUri();
        decoder.setJwtValidator(issuer == null ? JwtValidators.createDefault() : JwtValidators.createDefaultWithIssuer(issuer));
        return decoder;
    }
}
