package nl.datawijzer.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import no.nav.security.mock.oauth2.MockOAuth2Server;
import no.nav.security.mock.oauth2.token.DefaultOAuth2TokenCallback;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserRequest;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.OAuth2AccessToken;
import org.springframework.security.oauth2.core.oidc.OidcIdToken;

/** Reading Keycloak-style roles from the access token, checked against a real provider's keys (no Spring). */
class AccessTokenClaimsIT {

    private static final MockOAuth2Server provider = new MockOAuth2Server();

    @BeforeAll
    static void start() {
        provider.start();
    }

    @AfterAll
    static void stop() {
        provider.shutdown();
    }

    private final AccessTokenClaims claims = new AccessTokenClaims();

    @Test
    void readsTheClaimsOfAnAccessTokenSignedAndIssuedByTheProvider() {
        String token = token("huizen", Map.of("realm_access", Map.of("roles", List.of("datawijzer-fg"))));
        Map<String, Object> read = claims.apply(request("huizen", token));
        assertThat(new ClaimRoles("realm_access.roles", Map.of("datawijzer-fg", Role.FG)).rolesFor(read)).contains(Role.FG);
    }

    @Test
    void readsNothingFromAnOpaqueForgedOrForeignToken() {
        assertThat(claims.apply(request("huizen", "opaque-token-value"))).isEmpty();
        String genuine = token("huizen", Map.of("realm_access", Map.of("roles", List.of("datawijzer-fg"))));
        String[] parts = genuine.split("\\.");
        String payload = new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8);
        assertThat(payload).contains("datawijzer-fg");
        String forged = parts[0] + "." + Base64.getUrlEncoder().withoutPadding().encodeToString(
                payload.replace("datawijzer-fg", "datawijzer-adm").getBytes(StandardCharsets.UTF_8)) + "." + parts[2];
        assertThat(claims.apply(request("huizen", forged))).as("signature no longer matches").isEmpty();
        String otherIssuer = token("elders", Map.of("realm_access", Map.of("roles", List.of("datawijzer-fg"))));
        assertThat(new AccessTokenClaims().apply(request("huizen", otherIssuer))).as("issued by another issuer").isEmpty();
    }

    private static String token(String issuer, Map<String, Object> extra) {
        return provider.issueToken(issuer, "datawijzer", new DefaultOAuth2TokenCallback(issuer, "k.jansen", "JWT",
                List.of("datawijzer"), extra, 3600)).serialize();
    }

    private static OidcUserRequest request(String issuer, String accessToken) {
        ClientRegistration registration = ClientRegistration.withRegistrationId("keycloak").clientId("datawijzer")
                .authorizationGrantType(AuthorizationGrantType.AUTHORIZATION_CODE)
                .redirectUri("{baseUrl}/login/oauth2/code/{registrationId}")
                .authorizationUri(provider.authorizationEndpointUrl(issuer).toString())
                .tokenUri(provider.tokenEndpointUrl(issuer).toString())
                .jwkSetUri(provider.jwksUrl(issuer).toString())
                .issuerUri(provider.issuerUrl(issuer).toString())
                .scope("openid").build();
        OidcIdToken idToken = new OidcIdToken("id", Instant.now(), Instant.now().plusSeconds(60), Map.of("sub", "k.jansen"));
        return new OidcUserRequest(registration, new OAuth2AccessToken(OAuth2AccessToken.TokenType.BEARER, accessToken,
                Instant.now(), Instant.now().plusSeconds(60)), idToken);
    }
}
