package nl.datawijzer.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;

/** The role mapping as a municipality writes it: claim values with dots, colons and capitals. */
class OidcPropertiesTest {

    @Test
    void bindsRoleMappingKeysWithDotsAsOneClaimValue() {
        OidcProperties properties = bind(Map.of(
                "datawijzer.security.oidc.issuer-uri", "https://login.microsoftonline.com/tenant/v2.0",
                "datawijzer.security.oidc.client-id", "abc",
                "datawijzer.security.oidc.role-mapping.Datawijzer.FG", "FG",
                "datawijzer.security.oidc.role-mapping[app:beheerder]", "BEHEERDER"));
        assertThat(properties.configured()).isTrue();
        ClaimRoles roles = properties.claimRoles();
        assertThat(roles.rolesFor(Map.of("roles", List.of("Datawijzer.FG")))).contains(Role.FG);
        assertThat(roles.rolesFor(Map.of("roles", List.of("app:beheerder")))).contains(Role.BEHEERDER);
    }

    @Test
    void defaultsReadEntraIdsRolesClaimAndAReadableName() {
        OidcProperties properties = bind(Map.of());
        assertThat(properties.configured()).isFalse();
        assertThat(properties.rolesClaim()).isEqualTo("roles");
        assertThat(properties.usernameClaims()).containsExactly("preferred_username", "email", "name");
        assertThat(properties.roleMapping()).isEmpty();
        assertThat(properties.scopes()).contains("openid");
    }

    private static OidcProperties bind(Map<String, String> values) {
        return new Binder(new MapConfigurationPropertySource(values))
                .bindOrCreate("datawijzer.security.oidc", OidcProperties.class);
    }
}
