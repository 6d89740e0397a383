package nl.datawijzer.needs;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;

/** Runs a step of a test as a signed-in user with one role (and MEDEWERKER, which every role implies), or nobody. */
final class As {

    private As() {
    }

    static <T> T user(String user, String role, Supplier<T> action) {
        List<GrantedAuthority> roles = new ArrayList<>(List.of(new SimpleGrantedAuthority("ROLE_MEDEWERKER")));
        if (!"MEDEWERKER".equals(role)) {
            roles.add(new SimpleGrantedAuthority("ROLE_" + role));
        }
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, "n/a", roles));
        return with(context, action);
    }

    static <T> T anonymous(Supplier<T> action) {
        return with(SecurityContextHolder.createEmptyContext(), action);
    }

    private static <T> T with(SecurityContext context, Supplier<T> action) {
        SecurityContext previous = SecurityContextHolder.getContext();
        SecurityContextHolder.setContext(context);
        try {
            return action.get();
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }
}
