package nl.datawijzer.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserRequest;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.OAuth2AccessToken;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.oidc.OidcIdToken;
import org.springframework.security.oauth2.core.oidc.user.DefaultOidcUser;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;

/** What a user the provider vouched for becomes in Datawijzer (the provider's own checks are Spring's). */
class OidcAccountsTest {

    private static final ClaimRoles MAPPING = new ClaimRoles("roles", Map.of("Datawijzer.FG", Role.FG));
    private static final List<String> NAMES = List.of("preferred_username", "email", "name");

    @Test
    void grantsOnlyTheMappedRolesAndDropsTheProvidersOwnAuthorities() {
        OidcUser user = accounts(Map.of("roles", List.of("Datawijzer.FG", "Global Administrator"),
                "preferred_username", "j.devries@huizen.nl")).loadUser(request());
        assertThat(user.getAuthorities()).extracting(GrantedAuthority::getAuthority)
                .containsExactlyInAnyOrder("ROLE_FG", "ROLE_MEDEWERKER");
        assertThat(user.getName()).isEqualTo("j.devries@huizen.nl");
    }

    @Test
    void namesTheUserByTheFirstConfiguredClaimPresentAndFallsBackToSub() {
        assertThat(accounts(Map.of("roles", "Datawijzer.FG", "email", "fg@huizen.nl", "name", "F. Gerritsen"))
                .loadUser(request()).getName()).isEqualTo("fg@huizen.nl");
        assertThat(accounts(Map.of("roles", "Datawijzer.FG", "preferred_username", " ", "name", "F. Gerritsen"))
                .loadUser(request()).getName()).isEqualTo("F. Gerritsen");
        assertThat(accounts(Map.of("roles", "Datawijzer.FG")).loadUser(request()).getName()).isEqualTo("sub-123");
    }

    @Test
    void refusesTheSignInWhenNoClaimValueMapsToARole() {
        assertThatThrownBy(() -> accounts(Map.of("roles", List.of("Other.App"), "preferred_username", "x"))
                .loadUser(request()))
                .isInstanceOfSatisfying(OAuth2AuthenticationException.class, e -> assertThat(
                        SingleSignOnError.of(e)).isEqualTo(SingleSignOnError.NO_ROLE));
        assertThatThrownBy(() -> accounts(Map.of("preferred_username", "x")).loadUser(request()))
                .isInstanceOf(OAuth2AuthenticationException.class);
    }

    @Test
    void readsTheRoleClaimFromTheAccessTokenOnlyWhenTheIdTokenAndUserInfoLackIt() {
        Map<String, Object> accessToken = Map.of("roles", List.of("Datawijzer.FG"));
        assertThat(accounts(Map.of("preferred_username", "k"), accessToken).loadUser(request()).getAuthorities())
                .extracting(GrantedAuthority::getAuthority).contains("ROLE_FG");
        assertThatThrownBy(() -> accounts(Map.of("roles", List.of("Other")), accessToken).loadUser(request()))
                .as("the ID token's own claim decides").isInstanceOf(OAuth2AuthenticationException.class);
    }

    private static OidcAccounts accounts(Map<String, Object> claims) {
        return accounts(claims, Map.of());
    }

    /** The provider's answer, as Spring's OidcUserService would give it after checking the ID token. */
    private static OidcAccounts accounts(Map<String, Object> claims, Map<String, Object> accessTokenClaims) {
        Map<String, Object> all = new HashMap<>(claims);
        all.put("sub", "sub-123");
        all.put("iss", "https://idp.example");
        OidcIdToken token = new OidcIdToken("token", Instant.now(), Instant.now().plusSeconds(60), all);
        return new OidcAccounts(request -> new DefaultOidcUser(List.of(new SimpleGrantedAuthority("OIDC_USER")), token),
                MAPPING, NAMES, request -> accessTokenClaims);
    }

    private static OidcUserRequest request() {
        ClientRegistration registration = ClientRegistration.withRegistrationId("datawijzer").clientId("c")
                .authorizationGrantType(AuthorizationGrantType.AUTHORIZATION_CODE)
                .redirectUri("{baseUrl}/login/oauth2/code/{registrationId}").authorizationUri("https://idp.example/a")
                .tokenUri("https://idp.example/t").scope("openid").build();
        OidcIdToken token = new OidcIdToken("token", Instant.now(), Instant.now().plusSeconds(60), Map.of("sub", "sub-123"));
        return new OidcUserRequest(registration, new OAuth2AccessToken(OAuth2AccessToken.TokenType.BEARER, "access",
                Instant.now(), Instant.now().plusSeconds(60)), token);
    }
}
