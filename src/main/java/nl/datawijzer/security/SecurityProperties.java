package nl.datawijzer.security;

import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Accounts. In the demo profile {@code demoAccounts} is true and one account per role exists (see the
 * README). In production, accounts come from configuration with bcrypt hashes only.
 *
 * @param demoAccounts whether the built-in demo accounts are active (refused in the prod profile)
 * @param accounts     configured accounts
 */
@ConfigurationProperties("datawijzer.security")
public record SecurityProperties(
        @DefaultValue("false") boolean demoAccounts,
        @DefaultValue List<Account> accounts) {

    /**
     * @param username     sign-in name
     * @param passwordHash bcrypt hash ({@code $2a$...} or {@code {bcrypt}$2a$...})
     * @param roles        the roles; MEDEWERKER is implied
     */
    public record Account(String username, String passwordHash, List<Role> roles) {
    }
}
