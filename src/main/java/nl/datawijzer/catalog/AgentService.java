package nl.datawijzer.catalog;

import nl.datawijzer.catalog.internal.AgentRepository;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/** Owners and stewards (teams, posts, organisations). */
@Service
public class AgentService {

    private final AgentRepository repository;

    AgentService(AgentRepository repository) {
        this.repository = repository;
    }

    @PreAuthorize("hasRole('MEDEWERKER')")
    public Page<AgentSummary> list(PageRequest page) {
        return repository.list(page);
    }
}
