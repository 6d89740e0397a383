package nl.datawijzer.audit;

import nl.datawijzer.audit.internal.AuditRepository;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/** Reads the audit trail. Only the application manager may: it shows who did what. */
@Service
public class AuditService {

    static final int MAX_PAGE = 500;

    private final AuditRepository repository;

    AuditService(AuditRepository repository) {
        this.repository = repository;
    }

    /** Newest first. Without a filter a page costs only its own entries, however long the trail is. */
    @PreAuthorize("hasRole('ADMIN')")
    public AuditPage page(AuditFilter filter, int offset, int limit) {
        if (offset < 0 || limit < 1 || limit > MAX_PAGE) {
            throw new IllegalArgumentException("Ongeldige pagina: begin bij 0 of later, hoogstens " + MAX_PAGE + " regels");
        }
        return filter.isEmpty() ? repository.newest(offset, limit) : repository.matching(filter, offset, limit);
    }
}
