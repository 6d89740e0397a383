package nl.datawijzer.security;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserRequest;
import org.springframework.security.oauth2.client.userinfo.OAuth2UserService;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.oidc.IdTokenClaimNames;
import org.springframework.security.oauth2.core.oidc.user.DefaultOidcUser;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;

/**
 * Turns a user the provider vouched for into a Datawijzer user: roles only from the configured claim mapping,
 * and a readable name (the UI and the audit log show {@code Authentication.getName()}, which would otherwise
 * be the opaque {@code sub}). Without a mapped role the sign-in is refused, so the visitor stays anonymous.
 */
final class OidcAccounts implements OAuth2UserService<OidcUserRequest, OidcUser> {

    private static final Logger log = LoggerFactory.getLogger(OidcAccounts.class);

    private final OAuth2UserService<OidcUserRequest, OidcUser> provider;
    private final ClaimRoles roles;
    private final List<String> usernameClaims;
    private final Function<OidcUserRequest, Map<String, Object>> accessTokenClaims;

    /**
     * @param accessTokenClaims where the role claim is read when neither the ID token nor the user info holds
     *                          it (Keycloak's default); see {@link AccessTokenClaims}
     */
    OidcAccounts(OAuth2UserService<OidcUserRequest, OidcUser> provider, ClaimRoles roles, List<String> usernameClaims,
            Function<OidcUserRequest, Map<String, Object>> accessTokenClaims) {
        this.provider = provider;
        this.roles = roles;
        this.usernameClaims = usernameClaims;
        this.accessTokenClaims = accessTokenClaims;
    }

    @Override
    public OidcUser loadUser(OidcUserRequest request) throws OAuth2AuthenticationException {
        OidcUser user = provider.loadUser(request);
        String nameClaim = usernameClaims.stream()
                .filter(c -> user.getClaims().get(c) instanceof String s && !s.isBlank())
                .findFirst().orElse(IdTokenClaimNames.SUB);
        Set<Role> granted = roles.values(user.getClaims()).isEmpty()
                ? roles.rolesFor(accessTokenClaims.apply(request))
                : roles.rolesFor(user.getClaims());
        if (granted.isEmpty()) {
            // For the administrator who maps roles: which values arrived (role names, not secrets).
            log.info("Single sign-on of '{}' via {} refused: claim '{}' holds no mapped role (found: {})",
                    user.getClaims().get(nameClaim), request.getClientRegistration().getRegistrationId(), roles.claim(),
                    roles.values(user.getClaims()).isEmpty() ? "niets in ID-token of userinfo" : roles.values(user.getClaims()));
            throw new OAuth2AuthenticationException(new OAuth2Error(SingleSignOnError.NO_ROLE_ERROR_CODE,
                    "Geen Datawijzer-rol voor deze gebruiker", null));
        }
        List<GrantedAuthority> authorities = granted.stream()
                .<GrantedAuthority>map(r -> new SimpleGrantedAuthority(r.authority())).toList();
        return new DefaultOidcUser(authorities, user.getIdToken(), user.getUserInfo(), nameClaim);
    }
}
