package nl.datawijzer.catalog;

import nl.datawijzer.catalog.internal.GlossaryRepository;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/** The social-domain glossary (SKOS). */
@Service
public class GlossaryService {

    private final GlossaryRepository repository;
    private final ApplicationEventPublisher events;

    GlossaryService(GlossaryRepository repository, ApplicationEventPublisher events) {
        this.repository = repository;
        this.events = events;
    }

    @PreAuthorize("hasRole('BEHEERDER')")
    public ConceptId create(GlossaryTermDraft draft) {
        repository.save(draft, true);
        events.publishEvent(new CatalogChangedEvent("concept", draft.slug(), CatalogChangedEvent.Change.CREATED));
        return new ConceptId(draft.slug());
    }

    @PreAuthorize("hasRole('BEHEERDER')")
    public void update(GlossaryTermDraft draft) {
        repository.save(draft, false);
        events.publishEvent(new CatalogChangedEvent("concept", draft.slug(), CatalogChangedEvent.Change.UPDATED));
    }

    /** Refused while other terms are narrower than or related to it. */
    @PreAuthorize("hasRole('BEHEERDER')")
    public void delete(ConceptId id) {
        repository.delete(id);
        events.publishEvent(new CatalogChangedEvent("concept", id.slug(), CatalogChangedEvent.Change.DELETED));
    }

    @PreAuthorize("hasRole('MEDEWERKER')")
    public Page<GlossaryTerm> list(String text, PageRequest page) {
        return repository.list(text, page);
    }

    @PreAuthorize("hasRole('MEDEWERKER')")
    public GlossaryTerm get(ConceptId id) {
        return repository.find(id).orElseThrow(() -> new RecordNotFoundException("Begrip", id));
    }
}
