package nl.datawijzer.security;

import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Single sign-on with OpenID Connect. Off while {@code issuerUri} is empty and no
 * {@code spring.security.oauth2.client.registration.*} is configured. Roles are never granted by default: a
 * user whose role claim holds no value listed in {@code roleMapping} is not signed in.
 *
 * @param issuerUri      the provider's issuer, e.g. {@code https://login.microsoftonline.com/<tenant>/v2.0}
 * @param clientId       the client (application) id registered at the provider
 * @param clientSecret   its secret
 * @param providerName   shown on the login page: "Inloggen met <providerName>"
 * @param scopes         requested scopes; {@code openid} is always added
 * @param rolesClaim     the claim holding the user's roles: a claim name ({@code roles}) or a dotted path into
 *                       nested claims ({@code realm_access.roles}, {@code resource_access.datawijzer.roles})
 * @param usernameClaims the claims tried in order for the name shown in the UI and written to the audit log;
 *                       {@code sub} when none is present
 * @param roleMapping    claim value to Datawijzer role, e.g. {@code Datawijzer.FG: FG}; values are compared
 *                       without regard to case (environment variables lose it)
 */
@ConfigurationProperties("datawijzer.security.oidc")
public record OidcProperties(
        @Nullable String issuerUri,
        @Nullable String clientId,
        @Nullable String clientSecret,
        @DefaultValue("SSO") String providerName,
        @DefaultValue({"openid", "profile", "email"}) List<String> scopes,
        @DefaultValue("roles") String rolesClaim,
        @DefaultValue({"preferred_username", "email", "name"}) List<String> usernameClaims,
        @DefaultValue Map<String, Role> roleMapping) {

    /** The registration id of the provider configured here, in {@code /oauth2/authorization/datawijzer}. */
    static final String REGISTRATION_ID = "datawijzer";

    boolean configured() {
        return issuerUri != null && !issuerUri.isBlank();
    }

    ClaimRoles claimRoles() {
        return new ClaimRoles(rolesClaim, roleMapping);
    }
}
