package nl.datawijzer.catalog;

import nl.datawijzer.catalog.internal.AgentRepository;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/** Owners and stewards (teams, posts, organisations). */
@Service
public class AgentService {

    private final AgentRepository repository;
    private final ApplicationEventPublisher events;

    AgentService(AgentRepository repository, ApplicationEventPublisher events) {
        this.repository = repository;
        this.events = events;
    }

    @PreAuthorize("hasRole('BEHEERDER')")
    public AgentId create(AgentDraft draft) {
        repository.save(draft, true);
        events.publishEvent(new CatalogChangedEvent("agent", draft.slug(), CatalogChangedEvent.Change.CREATED));
        return new AgentId(draft.slug());
    }

    @PreAuthorize("hasRole('BEHEERDER')")
    public void update(AgentDraft draft) {
        repository.save(draft, false);
        events.publishEvent(new CatalogChangedEvent("agent", draft.slug(), CatalogChangedEvent.Change.UPDATED));
    }

    /** Refused while the agent still owns or stewards a system, dataset, job or KPI. */
    @PreAuthorize("hasRole('BEHEERDER')")
    public void delete(AgentId id) {
        repository.delete(id);
        events.publishEvent(new CatalogChangedEvent("agent", id.slug(), CatalogChangedEvent.Change.DELETED));
    }

    @PreAuthorize("hasRole('MEDEWERKER')")
    /** Agents whose name contains {@code text} ("" for all); sort keys "name" and "datasets". */
    public Page<AgentSummary> list(String text, PageRequest page) {
        return repository.list(text, page);
    }
}
