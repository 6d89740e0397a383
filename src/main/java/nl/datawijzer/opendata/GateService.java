package nl.datawijzer.opendata;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.datawijzer.catalog.DatasetId;
import nl.datawijzer.catalog.Label;
import nl.datawijzer.privacy.InheritedClassificationService;
import org.jspecify.annotations.Nullable;
import nl.datawijzer.opendata.internal.CandidateRepository;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/**
 * The publication gate on a dataset of the catalog: reads everything the rules need (the record, what its fields
 * inherit along lineage, its hosted files, whether its distributions answer) and runs every {@link GateRule}.
 * Staff may look; the publication workflow calls it before it proposes, approves or keeps a dataset public.
 */
@Service
public class GateService {

    private final CandidateRepository candidates;
    private final PublicationGate gate = new PublicationGate();
    private final @Nullable InheritedClassificationService inherited;

    GateService(CandidateRepository candidates, @Nullable InheritedClassificationService inherited) {
        this.candidates = candidates;
        this.inherited = inherited;
    }

    /** The rules, in the order they are shown. */
    public List<GateRule> rules() {
        return gate.rules();
    }

    /** The gate's report on the dataset, or empty when there is no such dataset. */
    @PreAuthorize("hasRole('MEDEWERKER')")
    public Optional<GateReport> check(DatasetId dataset) {
        return candidates.find(dataset).map(candidate -> withInherited(dataset, candidate)).map(gate::check);
    }

    /**
     * A field that inherits personal data along its lineage (no FG-approved aggregation step in between) counts as
     * personal for the gate, so that an upstream change can block a published dataset built on it.
     */
    PublicationCandidate withInherited(DatasetId dataset, PublicationCandidate candidate) {
        if (inherited == null) {
            return candidate;
        }
        Map<String, List<String>> byField = new HashMap<>();
        inherited.dataset(dataset).forEach((field, inheritance) -> {
            if (inheritance.inherits()) {
                byField.put(field.slug(), inheritance.categories().stream().map(Label::iri).toList());
            }
        });
        if (byField.isEmpty()) {
            return candidate;
        }
        List<PublicationCandidate.Field> fields = candidate.fields().stream().map(field -> {
            List<String> categories = byField.get(field.iri().substring(field.iri().lastIndexOf('/') + 1));
            if (categories == null) {
                return field;
            }
            List<String> all = new ArrayList<>(field.personalDataCategories());
            categories.stream().filter(c -> !all.contains(c)).forEach(all::add);
            return new PublicationCandidate.Field(field.iri(), field.technicalName(), field.title() + ", geërfd",
                    true, field.status(), all, field.datatype());
        }).toList();
        return new PublicationCandidate(candidate.datasetIri(), candidate.slug(), candidate.title(), fields,
                candidate.accessRights(), candidate.distributions(), candidate.contactPoints(), candidate.publishers(),
                candidate.euThemes(), candidate.governmentThemes(), candidate.disclosureControl());
    }
}
