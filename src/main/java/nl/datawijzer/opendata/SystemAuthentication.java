package nl.datawijzer.opendata;

import java.util.List;
import java.util.function.Supplier;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;

/**
 * Runs a read as the system, for the work nobody starts by hand: the start-up sync (no user at all) and the re-check
 * after a change by someone who may not read the gate. Only staff reading rights, and only for the duration of the
 * call; the caller's own context is put back afterwards.
 */
final class SystemAuthentication {

    private SystemAuthentication() {
    }

    static <T> T call(Supplier<T> action) {
        SecurityContextHolderStrategy holder = SecurityContextHolder.getContextHolderStrategy();
        SecurityContext previous = holder.getContext();
        SecurityContext system = holder.createEmptyContext();
        system.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(PublicationService.SYSTEM, null,
                List.of(new SimpleGrantedAuthority("ROLE_MEDEWERKER"))));
        holder.setContext(system);
        try {
            return action.get();
        } finally {
            holder.setContext(previous);
        }
    }
}
