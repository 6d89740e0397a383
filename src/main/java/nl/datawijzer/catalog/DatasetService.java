package nl.datawijzer.catalog;

import nl.datawijzer.catalog.internal.DatasetRepository;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/** Datasets and their fields: staff read them, stewards (BEHEERDER) create, edit and delete them. */
@Service
public class DatasetService {

    private final DatasetRepository repository;
    private final ApplicationEventPublisher events;

    DatasetService(DatasetRepository repository, ApplicationEventPublisher events) {
        this.repository = repository;
        this.events = events;
    }

    /** Sort keys: "title", "system", "fields", "modified"; any other is refused with the list. */
    @PreAuthorize("hasRole('MEDEWERKER')")
    public Page<DatasetSummary> list(DatasetFilter filter, PageRequest page) {
        return repository.list(filter, page);
    }

    @PreAuthorize("hasRole('MEDEWERKER')")
    public DatasetDetail get(DatasetId id) {
        return repository.find(id).orElseThrow(() -> new RecordNotFoundException("Dataset", id));
    }

    @PreAuthorize("hasRole('MEDEWERKER')")
    public Page<FieldRow> fields(DatasetId id, PageRequest page) {
        return repository.fields(id, page);
    }

    @PreAuthorize("hasRole('BEHEERDER')")
    public DatasetId create(DatasetDraft draft) {
        repository.save(draft, true);
        changed(draft.slug(), CatalogChangedEvent.Change.CREATED);
        return new DatasetId(draft.slug());
    }

    @PreAuthorize("hasRole('BEHEERDER')")
    public void update(DatasetDraft draft) {
        repository.save(draft, false);
        changed(draft.slug(), CatalogChangedEvent.Change.UPDATED);
    }

    @PreAuthorize("hasRole('BEHEERDER')")
    public void delete(DatasetId id) {
        repository.delete(id);
        changed(id.slug(), CatalogChangedEvent.Change.DELETED);
    }

    @PreAuthorize("hasRole('BEHEERDER')")
    public FieldId createField(DatasetId dataset, FieldDraft draft) {
        repository.saveField(dataset, draft, true);
        changed(dataset.slug(), CatalogChangedEvent.Change.UPDATED);
        return new FieldId(dataset, draft.slug());
    }

    @PreAuthorize("hasRole('BEHEERDER')")
    public void updateField(DatasetId dataset, FieldDraft draft) {
        repository.saveField(dataset, draft, false);
        changed(dataset.slug(), CatalogChangedEvent.Change.UPDATED);
    }

    @PreAuthorize("hasRole('BEHEERDER')")
    public void deleteField(FieldId id) {
        repository.deleteField(id);
        changed(id.dataset().slug(), CatalogChangedEvent.Change.UPDATED);
    }

    private void changed(String slug, CatalogChangedEvent.Change change) {
        events.publishEvent(new CatalogChangedEvent("dataset", slug, change));
    }
}
