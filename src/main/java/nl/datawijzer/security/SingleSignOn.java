package nl.datawijzer.security;

import java.util.List;

/**
 * The OpenID Connect providers a user may sign in with, for the login page; empty when single sign-on is off.
 *
 * @param providers in configuration order
 */
public record SingleSignOn(List<Provider> providers) {

    /**
     * @param name      shown as "Inloggen met {name}"
     * @param loginPath where the browser starts the sign-in (Spring Security's authorization redirect)
     */
    public record Provider(String name, String loginPath) {
    }

    public boolean enabled() {
        return !providers.isEmpty();
    }
}
