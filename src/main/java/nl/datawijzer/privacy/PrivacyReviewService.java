package nl.datawijzer.privacy;

import java.util.List;
import java.util.Set;
import nl.datawijzer.catalog.CatalogChangedEvent;
import nl.datawijzer.catalog.FieldId;
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
    private final ApplicationEventPublisher events;

    PrivacyReviewService(ReviewRepository repository, ApplicationEventPublisher events) {
        this.repository = repository;
        this.events = events;
    }

    @PreAuthorize("hasRole('FG')")
    public Page<ReviewItem> queue(ReviewFilter filter, PageRequest page) {
        return repository.queue(filter, page);
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
