package nl.datawijzer.privacy;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.datawijzer.catalog.CatalogChangedEvent;
import nl.datawijzer.catalog.DatasetId;
import nl.datawijzer.catalog.FieldId;
import nl.datawijzer.privacy.internal.LineageRepository;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;

/**
 * Personal data passed on along field lineage. A field derived from a field with personal data carries that data
 * too ("inherited from ..."), unless the privacy officer approved the derivation step as an anonymisation or
 * aggregation. Everyone on staff sees what a field inherits; only the FG approves or withdraws a step.
 */
@Service
public class InheritedClassificationService {

    private final LineagePrivacy lineage;
    private final LineageRepository repository;
    private final ApplicationEventPublisher events;

    InheritedClassificationService(LineagePrivacy lineage, LineageRepository repository,
            ApplicationEventPublisher events) {
        this.lineage = lineage;
        this.repository = repository;
        this.events = events;
    }

    @PreAuthorize("hasRole('MEDEWERKER')")
    public FieldInheritance field(FieldId field) {
        return lineage.field(field);
    }

    /** What every field of the dataset inherits, computed in one walk (for the dataset page). */
    @PreAuthorize("hasRole('MEDEWERKER')")
    public Map<FieldId, FieldInheritance> dataset(DatasetId dataset) {
        return lineage.dataset(dataset);
    }

    /** The direct sources of a field, what each would pass on, and which steps the FG approved. */
    @PreAuthorize("hasRole('MEDEWERKER')")
    public List<SourceLink> sources(FieldId field) {
        return lineage.sources(field);
    }

    /** For the FG: the fields that inherit from this one (all downstream fields with no approved step between). */
    @PreAuthorize("hasRole('FG')")
    public List<DerivedField> downstream(FieldId field) {
        return lineage.downstream(field);
    }

    /** Granted and withdrawn approvals on the lineage of a field, newest first. */
    @PreAuthorize("hasRole('MEDEWERKER')")
    public List<ApprovalEvent> history(FieldId field) {
        return repository.history(field);
    }

    /**
     * Approves one derivation link as an anonymisation or aggregation step: from now on the source's classification
     * no longer passes over it. Recorded with who, when and why.
     */
    @PreAuthorize("hasRole('FG')")
    public void approve(ApprovalRequest request) {
        repository.approve(request, currentUser());
        changed(request.derivedField());
    }

    /** Withdraws an approval: the source's classification passes over the link again. */
    @PreAuthorize("hasRole('FG')")
    public void withdraw(FieldId derivedField, FieldId sourceField, String rationale) {
        repository.withdraw(derivedField, sourceField, Rationales.checked(rationale), currentUser());
        changed(derivedField);
    }

    /** The derived field's dataset and every dataset downstream of it now carry different personal data. */
    private void changed(FieldId derivedField) {
        Set<String> datasets = new LinkedHashSet<>();
        datasets.add(derivedField.dataset().slug());
        lineage.downstream(derivedField).forEach(d -> datasets.add(d.field().id().dataset().slug()));
        datasets.forEach(slug -> events.publishEvent(
                new CatalogChangedEvent("dataset", slug, CatalogChangedEvent.Change.UPDATED)));
    }

    private static String currentUser() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null || authentication.getName() == null || authentication.getName().isBlank()) {
            throw new IllegalStateException("Geen aangemelde gebruiker / nobody signed in");
        }
        return authentication.getName();
    }
}
