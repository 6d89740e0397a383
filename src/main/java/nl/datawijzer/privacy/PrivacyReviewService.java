package nl.datawijzer.privacy;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.datawijzer.catalog.CatalogChangedEvent;
import nl.datawijzer.catalog.DatasetId;
import nl.datawijzer.catalog.FieldId;
import nl.datawijzer.catalog.Label;
import nl.datawijzer.catalog.SystemId;
import nl.datawijzer.catalog.ValueList;
import nl.datawijzer.catalog.ValueListService;
import nl.datawijzer.catalog.Page;
import nl.datawijzer.catalog.PageRequest;
import nl.datawijzer.privacy.internal.ReviewRepository;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;

/**
 * The privacy officer's review of field classifications. Only the FG decides; every decision is recorded as
 * history that nothing can change or remove; all staff can read that history.
 */
@Service
public class PrivacyReviewService {

    /** A careful limit for one bulk decision: the FG sees every field it covers before confirming. */
    public static final int MAX_BULK = 200;

    private final ReviewRepository repository;
    private final ValueListService values;
    private final ApplicationEventPublisher events;
    private final LineagePrivacy lineage;

    PrivacyReviewService(ReviewRepository repository, ValueListService values, ApplicationEventPublisher events,
            LineagePrivacy lineage) {
        this.repository = repository;
        this.values = values;
        this.events = events;
        this.lineage = lineage;
    }

    /**
     * The FG's overview: one profile per system, those with BSN use without a legal basis, then special categories,
     * then unreviewed fields first.
     */
    @PreAuthorize("hasRole('FG')")
    public List<PrivacyProfile> overview() {
        Map<String, List<ReviewRepository.DatasetPrivacy>> bySystem = new LinkedHashMap<>();
        repository.privacy(null, null).forEach(row -> bySystem.computeIfAbsent(row.systemSlug(), k -> new ArrayList<>()).add(row));
        Map<String, LineagePrivacy.DatasetInheritance> inherited = lineage.byDataset();
        return bySystem.values().stream().map(rows -> profile(rows.getFirst().systemSlug(), rows.getFirst().systemTitle(), rows,
                        inherited))
                .sorted(Comparator.comparingInt(PrivacyProfile::bsnWithoutLegalBasis).reversed()
                        .thenComparing(Comparator.comparingInt(PrivacyProfile::specialFields).reversed())
                        .thenComparing(Comparator.comparingInt(PrivacyProfile::unreviewed).reversed())
                        .thenComparing(PrivacyProfile::title))
                .toList();
    }

    /** The privacy picture of one dataset from its fields (all zero for a dataset without fields). */
    @PreAuthorize("hasRole('MEDEWERKER')")
    public PrivacyProfile dataset(DatasetId dataset) {
        List<ReviewRepository.DatasetPrivacy> rows = repository.privacy(dataset, null);
        return rows.isEmpty() ? PrivacyProfile.empty(dataset.slug(), dataset.slug())
                : profile(dataset.slug(), dataset.slug(), rows, lineage.byDataset(dataset));
    }

    /** The privacy picture of one system: the sum over its datasets, and the highest confidentiality of them all. */
    @PreAuthorize("hasRole('MEDEWERKER')")
    public PrivacyProfile system(SystemId system) {
        List<ReviewRepository.DatasetPrivacy> rows = repository.privacy(null, system);
        return rows.isEmpty() ? PrivacyProfile.empty(system.slug(), system.slug())
                : profile(system.slug(), rows.getFirst().systemTitle(), rows, lineage.byDataset(system));
    }

    private PrivacyProfile profile(String id, String title, List<ReviewRepository.DatasetPrivacy> rows,
            Map<String, LineagePrivacy.DatasetInheritance> inherited) {
        int own = rows.stream().mapToInt(ReviewRepository.DatasetPrivacy::highestRank).max().orElse(0);
        List<LineagePrivacy.DatasetInheritance> lineageRows = rows.stream()
                .map(r -> inherited.getOrDefault(r.datasetSlug(), LineagePrivacy.DatasetInheritance.NONE)).toList();
        int fromLineage = lineageRows.stream().mapToInt(LineagePrivacy.DatasetInheritance::highestRank).max().orElse(0);
        int highest = Math.max(own, fromLineage);
        Label highestLabel = values.concepts(ValueList.CONFIDENTIALITY).stream().filter(c -> c.rank() == highest)
                .findFirst().map(c -> values.label(c.iri())).orElse(null);
        return new PrivacyProfile(id, title,
                rows.stream().mapToInt(ReviewRepository.DatasetPrivacy::fields).sum(),
                rows.stream().mapToInt(ReviewRepository.DatasetPrivacy::unreviewed).sum(),
                rows.stream().mapToInt(ReviewRepository.DatasetPrivacy::personalFields).sum(),
                rows.stream().mapToInt(ReviewRepository.DatasetPrivacy::specialFields).sum(),
                rows.stream().mapToInt(ReviewRepository.DatasetPrivacy::bsnFields).sum(),
                rows.stream().mapToInt(ReviewRepository.DatasetPrivacy::bsnWithoutBasis).sum(), highestLabel,
                rows.stream().flatMap(row -> row.specialCategories().stream()).distinct().map(values::label)
                        .sorted(Comparator.comparing(Label::label)).toList(),
                lineageRows.stream().mapToInt(LineagePrivacy.DatasetInheritance::unmarkedFields).sum(), fromLineage > own);
    }

    @PreAuthorize("hasRole('FG')")
    public Page<ReviewItem> queue(ReviewFilter filter, PageRequest page) {
        return repository.queue(filter, page);
    }

    @PreAuthorize("hasRole('FG')")
    public long count(ReviewFilter filter) {
        return repository.count(filter);
    }

    /** Records one decision; the field's classification and status change with it. */
    @PreAuthorize("hasRole('FG')")
    public void decide(ReviewDecision decision) {
        decideAll(List.of(decision));
    }

    /**
     * Records several decisions in one transaction: all of them, or, when one breaks a rule (for example a BSN
     * without the law that allows it), none.
     */
    @PreAuthorize("hasRole('FG')")
    public void decideAll(List<ReviewDecision> decisions) {
        if (decisions.isEmpty()) {
            return;
        }
        if (decisions.size() > MAX_BULK) {
            throw new IllegalArgumentException("Hoogstens " + MAX_BULK + " velden per besluit / at most " + MAX_BULK
                    + " fields per decision");
        }
        if (decisions.stream().map(ReviewDecision::field).distinct().count() < decisions.size()) {
            throw new IllegalArgumentException("Elk veld hoogstens één keer per besluit / each field at most once");
        }
        Set<String> datasets = repository.decide(decisions, currentUser());
        datasets.forEach(slug -> events.publishEvent(
                new CatalogChangedEvent("dataset", slug, CatalogChangedEvent.Change.UPDATED)));
    }

    @PreAuthorize("hasRole('MEDEWERKER')")
    public List<DecisionRecord> history(FieldId field) {
        return repository.history(field);
    }

    private static String currentUser() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null || authentication.getName() == null || authentication.getName().isBlank()) {
            throw new IllegalStateException("Geen aangemelde gebruiker / nobody signed in");
        }
        return authentication.getName();
    }
}
