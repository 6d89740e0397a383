package nl.datawijzer.catalog;

import nl.datawijzer.catalog.internal.GlossaryRepository;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/** The social-domain glossary (SKOS). */
@Service
public class GlossaryService {

    private final GlossaryRepository repository;

    GlossaryService(GlossaryRepository repository) {
        this.repository = repository;
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
