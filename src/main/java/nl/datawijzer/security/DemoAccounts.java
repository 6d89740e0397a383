package nl.datawijzer.security;

import java.util.List;

/** The demo profile's accounts: one per role, listed in the README. Never active in production. */
final class DemoAccounts {

    static final String PASSWORD = "datawijzer";

    static final List<SecurityProperties.Account> ALL = List.of(
            demo("medewerker", Role.MEDEWERKER),
            demo("analist", Role.ANALIST),
            demo("beheerder", Role.BEHEERDER),
            demo("fg", Role.FG),
            demo("admin", Role.ADMIN));

    private DemoAccounts() {
    }

    static boolean isDemoUsername(String username) {
        return ALL.stream().anyMatch(a -> a.username().equalsIgnoreCase(username));
    }

    private static SecurityProperties.Account demo(String username, Role role) {
        return new SecurityProperties.Account(username, "", List.of(role));
    }
}
