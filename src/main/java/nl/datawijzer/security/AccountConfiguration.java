package nl.datawijzer.security;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;

/** Builds the accounts, and refuses to start a production profile with demo accounts or plain passwords. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(SecurityProperties.class)
class AccountConfiguration {

    static final String PRODUCTION_PROFILE = "prod";

    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }

    @Bean
    InMemoryUserDetailsManager userDetailsService(SecurityProperties properties, Environment environment,
            PasswordEncoder encoder) {
        List<UserDetails> users = new ArrayList<>();
        if (Arrays.asList(environment.getActiveProfiles()).contains(PRODUCTION_PROFILE)) {
            checkProduction(properties); // also checked by ProductionGuard before start-up; kept as a second lock
        }
        if (properties.demoAccounts()) {
            String hash = encoder.encode(DemoAccounts.PASSWORD);
            DemoAccounts.ALL.forEach(a -> users.add(user(a.username(), hash, a.roles())));
        }
        for (SecurityProperties.Account account : properties.accounts()) {
            users.add(user(account.username(), bcrypt(account), account.roles()));
        }
        return new InMemoryUserDetailsManager(users);
    }

    /** Every reason a production start is refused, in one message, so an operator fixes them at once. */
    static void checkProduction(SecurityProperties properties) {
        List<String> problems = new ArrayList<>();
        if (properties.demoAccounts()) {
            problems.add("datawijzer.security.demo-accounts staat aan; zet deze op false");
        }
        if (properties.accounts().isEmpty()) {
            problems.add("er is geen account geconfigureerd (datawijzer.security.accounts)");
        }
        BCryptPasswordEncoder bcrypt = new BCryptPasswordEncoder();
        for (SecurityProperties.Account account : properties.accounts()) {
            if (DemoAccounts.isDemoUsername(account.username())) {
                problems.add("account '" + account.username() + "' is een demo-account");
            }
            String hash = stripPrefix(account.passwordHash());
            if (!hash.matches("\\$2[aby]\\$\\d\\d\\$.{53}")) {
                problems.add("account '" + account.username() + "' heeft geen bcrypt-hash als wachtwoord");
            } else if (bcrypt.matches(DemoAccounts.PASSWORD, hash)) {
                problems.add("account '" + account.username() + "' gebruikt het demo-wachtwoord");
            }
        }
        if (!problems.isEmpty()) {
            throw new IllegalStateException("Datawijzer start niet in het productieprofiel: " + String.join("; ", problems)
                    + ". (Refusing to start the production profile: demo accounts or unsafe passwords.)");
        }
    }

    private static String bcrypt(SecurityProperties.Account account) {
        String hash = stripPrefix(account.passwordHash());
        if (!hash.matches("\\$2[aby]\\$\\d\\d\\$.{53}")) {
            throw new IllegalStateException("Account '" + account.username()
                    + "': wachtwoord moet een bcrypt-hash zijn (password must be a bcrypt hash)");
        }
        return "{bcrypt}" + hash;
    }

    private static String stripPrefix(String hash) {
        return hash.startsWith("{bcrypt}") ? hash.substring("{bcrypt}".length()) : hash;
    }

    private static UserDetails user(String username, String encodedPassword, List<Role> roles) {
        Set<String> authorities = new LinkedHashSet<>();
        roles.forEach(r -> r.withImplied().forEach(implied -> authorities.add(implied.name())));
        return User.withUsername(username).password(encodedPassword).roles(authorities.toArray(String[]::new)).build();
    }
}
