package nl.datawijzer.needs;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import nl.datawijzer.catalog.RecordNotFoundException;
import nl.datawijzer.needs.internal.NeedNotificationRepository;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;

/**
 * The signed-in user's own notifications about information needs: those to their account and those to one of their
 * roles (read state kept per account). Nobody lists or marks another's notifications.
 */
@Service
public class NeedNotificationService {

    /** The newest notifications a list shows. */
    public static final int MAX = 100;

    private final NeedNotificationRepository repository;

    NeedNotificationService(NeedNotificationRepository repository) {
        this.repository = repository;
    }

    /** Newest first, at most {@value #MAX}. */
    @PreAuthorize("hasRole('MEDEWERKER')")
    public List<NeedNotification> mine() {
        Me me = me();
        return repository.list(me.account(), me.roles(), MAX);
    }

    @PreAuthorize("hasRole('MEDEWERKER')")
    public int unreadCount() {
        Me me = me();
        return repository.unread(me.account(), me.roles());
    }

    /**
     * Marks one of the user's notifications read (again is fine).
     *
     * @throws AccessDeniedException when it is for someone else
     * @throws RecordNotFoundException when there is no such notification
     */
    @PreAuthorize("hasRole('MEDEWERKER')")
    public void markRead(String id) {
        Me me = me();
        switch (repository.markRead(id, me.account(), me.roles())) {
            case MARKED -> { }
            case NOT_FOUND -> throw new RecordNotFoundException("Melding", id);
            case NOT_YOURS -> throw new AccessDeniedException("Deze melding is niet voor u bestemd.");
        }
    }

    /** @return how many were unread */
    @PreAuthorize("hasRole('MEDEWERKER')")
    public int markAllRead() {
        Me me = me();
        return repository.markAllRead(me.account(), me.roles());
    }

    private record Me(String account, Set<String> roles) {
    }

    private static Me me() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null || authentication.getName() == null || authentication.getName().isBlank()) {
            throw new AccessDeniedException("Niet aangemeld");
        }
        Set<String> roles = authentication.getAuthorities().stream().map(GrantedAuthority::getAuthority)
                .filter(a -> a != null && a.startsWith("ROLE_")).map(a -> a.substring("ROLE_".length()))
                .collect(Collectors.toUnmodifiableSet());
        return new Me(authentication.getName(), roles);
    }
}
