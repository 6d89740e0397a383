/**
 * Who may do what: the roles, the accounts (demo accounts in the demo profile, bcrypt accounts from
 * configuration in production) and the HTTP security chains for the UI and the REST API. Single sign-on with
 * OpenID Connect (Entra ID, Keycloak) is off unless a provider is configured ({@link OidcProperties}); its users
 * get roles only through the configured claim mapping. Exposes {@link SingleSignOn} and {@link SingleSignOnError}
 * to the login view.
 */
@NullMarked
package nl.datawijzer.security;

import org.jspecify.annotations.NullMarked;
