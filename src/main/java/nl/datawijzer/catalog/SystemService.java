package nl.datawijzer.catalog;

import nl.datawijzer.catalog.internal.SystemRepository;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/** Systems (applications): staff read them, stewards (BEHEERDER) edit them. */
@Service
public class SystemService {

    private final SystemRepository repository;
    private final ApplicationEventPublisher events;

    SystemService(SystemRepository repository, ApplicationEventPublisher events) {
        this.repository = repository;
        this.events = events;
    }

    /** Sort keys: "title", "datasets"; any other is refused with the list. */
    @PreAuthorize("hasRole('MEDEWERKER')")
    public Page<SystemSummary> list(SystemFilter filter, PageRequest page) {
        return repository.list(filter, page);
    }

    @PreAuthorize("hasRole('MEDEWERKER')")
    public SystemDetail get(SystemId id) {
        return repository.find(id).orElseThrow(() -> new RecordNotFoundException("Systeem", id));
    }

    @PreAuthorize("hasRole('BEHEERDER')")
    public SystemId create(SystemDraft draft) {
        repository.save(draft, true);
        events.publishEvent(new CatalogChangedEvent("system", draft.slug(), CatalogChangedEvent.Change.CREATED));
        return new SystemId(draft.slug());
    }

    @PreAuthorize("hasRole('BEHEERDER')")
    public void update(SystemDraft draft) {
        repository.save(draft, false);
        events.publishEvent(new CatalogChangedEvent("system", draft.slug(), CatalogChangedEvent.Change.UPDATED));
    }

    @PreAuthorize("hasRole('BEHEERDER')")
    public void delete(SystemId id) {
        repository.delete(id);
        events.publishEvent(new CatalogChangedEvent("system", id.slug(), CatalogChangedEvent.Change.DELETED));
    }
}
