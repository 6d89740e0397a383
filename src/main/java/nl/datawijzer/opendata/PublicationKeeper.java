package nl.datawijzer.opendata;

import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import nl.datawijzer.catalog.CatalogChangedEvent;
import nl.datawijzer.catalog.DatasetId;
import nl.datawijzer.opendata.internal.OpenDataView;
import nl.datawijzer.opendata.internal.PublicationRepository;
import nl.datawijzer.privacy.DetectionRecordedEvent;
import nl.datawijzer.rdf.StoreRestoredEvent;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import nl.datawijzer.rdf.StoreChangedElsewhereEvent;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Keeps the open-data view equal to "every published dataset that still passes the gate, derived now".
 *
 * <ul>
 * <li>At start (after the seed, before the search indexes rebuild the public index): re-checks every published
 * dataset and rebuilds the view from the records, which also heals a lost public store, a changed public URL and a
 * crash between the record and the view write.</li>
 * <li>After every committed catalogue or privacy change (field edits, FG decisions, derivation approvals, detection
 * runs): re-checks each published dataset that is, or is built on, what changed. Failing, it leaves the view at once,
 * its state becomes automatisch-ingetrokken and its owner gets a notice naming the failing rules; still passing, its
 * entry is derived again (a title edit shows publicly). Events are synchronous, so this happens before the call that
 * made the change returns.</li>
 * </ul>
 * The gate runs as the system here: at start nobody is signed in, and the one who made a change need not be staff
 * who may read the gate.
 */
@Component
@Order(5)
class PublicationKeeper implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(PublicationKeeper.class);
    private static final EnumSet<PublicationState> PUBLISHED = EnumSet.of(PublicationState.PUBLISHED);

    private final GateService gate;
    private final PublicationRepository repository;
    private final OpenDataView view;
    private final ApplicationEventPublisher events;

    PublicationKeeper(GateService gate, PublicationRepository repository, OpenDataView view,
            ApplicationEventPublisher events) {
        this.gate = gate;
        this.repository = repository;
        this.view = view;
        this.events = events;
    }

    @Override
    public void run(ApplicationArguments args) {
        sync(true);
    }

    /**
     * Re-checks every published dataset and makes the view exactly those that pass; true when the view changed.
     *
     * @param recordWithdrawals whether a failing dataset is also withdrawn on record (with its notice); not when
     *                          following another node, whose own keeper records it, so that it happens once
     */
    boolean sync(boolean recordWithdrawals) {
        List<String> keep = new ArrayList<>();
        List<String> withdrawn = new ArrayList<>();
        for (PublicationRepository.Titled published : repository.inState(PUBLISHED)) {
            Optional<GateReport> report = check(published.slug());
            if (report.isPresent() && staysPublic(report.get())) {
                keep.add(published.slug());
            } else {
                if (recordWithdrawals) {
                    autoWithdraw(published.slug(), report);
                }
                withdrawn.add(published.slug());
            }
        }
        boolean changed = view.replaceAll(keep);
        log.info("Open-data view: {} datasets published{}{}", keep.size(),
                withdrawn.isEmpty() ? "" : ", automatically withdrawn: " + withdrawn, changed ? " (view rebuilt)" : "");
        return changed || !withdrawn.isEmpty();
    }

    @EventListener
    public void onCatalogChange(CatalogChangedEvent event) {
        switch (event.kind()) {
            case "dataset" -> recheck(repository.dependingOn(List.of(event.slug()), PublicationState.PUBLISHED));
            // Publisher names and held-in systems are shown or checked for every dataset alike.
            case "system", "agent" -> recheck(repository.inState(PUBLISHED).stream()
                    .map(PublicationRepository.Titled::slug).toList());
            default -> {
            }
        }
    }

    /**
     * Another node changed the shared store. This node's public view is its own (derived, like its indexes), so it is
     * derived again from the records when anything it depends on changed; a dataset that fails the gate leaves the view
     * here, while the node that made the change records its withdrawal, once.
     */
    @EventListener
    public void onChangesElsewhere(StoreChangedElsewhereEvent event) {
        boolean relevant = event.everything() || event.records().stream().anyMatch(r -> switch (r.kind()) {
            case DATASET, SYSTEM, AGENT, CONCEPT, PUBLICATION, PUBLICATION_DECISION, DETECTION, DECISION,
                    DERIVATION_APPROVAL, DERIVATION_DECISION -> true;
            default -> false;
        });
        if (relevant && sync(false)) {
            events.publishEvent(new OpenDataViewChangedEvent(List.of()));
        }
    }

    /**
     * The catalog store was replaced by a backup: the view is derived again from the restored records, as at start,
     * first of the listeners; the view-changed event then brings the public index and the CKAN packages along.
     */
    @EventListener
    @Order(5)
    public void onRestore(StoreRestoredEvent event) {
        sync(true);
        events.publishEvent(new OpenDataViewChangedEvent(List.of()));
    }

    @EventListener
    public void onDetection(DetectionRecordedEvent event) {
        recheck(repository.dependingOn(event.datasetSlugs(), PublicationState.PUBLISHED));
    }

    /** Re-checks these published datasets and publishes one view-changed event for all of them. */
    void recheck(Collection<String> slugs) {
        if (slugs.isEmpty()) {
            return;
        }
        Set<String> changed = new LinkedHashSet<>();
        for (String slug : slugs) {
            try {
                Optional<GateReport> report = check(slug);
                if (report.isPresent() && staysPublic(report.get())) {
                    view.put(slug);
                } else {
                    autoWithdraw(slug, report);
                }
                changed.add(slug);
            } catch (RuntimeException e) {
                // Fail closed: when the re-check cannot finish, the dataset must not stay public.
                log.error("Re-check of published dataset {} failed; taking it out of the open-data view", slug, e);
                view.remove(slug);
                changed.add(slug);
            }
        }
        events.publishEvent(new OpenDataViewChangedEvent(List.copyOf(changed)));
    }

    /**
     * Whether a published dataset stays public after a re-check: every blocking rule passes, except that an address
     * that does not answer right now is no change in the catalogue. A network outage at start-up must not empty the
     * portal and send every owner a notice; reachability is checked again at every proposal and approval, and a
     * hosted file that is gone is answered with 404 by the file server anyway.
     */
    static boolean staysPublic(GateReport report) {
        return report.failures().stream().allMatch(result -> result.rule() == GateRule.DISTRIBUTIONS_REACHABLE);
    }

    private Optional<GateReport> check(String slug) {
        return SystemAuthentication.call(() -> gate.check(new DatasetId(slug)));
    }

    /** Out of the view first (at once), then the record, its history entry and the owner's notice. */
    private void autoWithdraw(String slug, Optional<GateReport> report) {
        view.remove(slug);
        String reasons = report.map(PublicationService::failures).orElse("de dataset bestaat niet meer");
        String note = "Automatisch ingetrokken: de dataset komt niet meer door de publicatiepoort. Niet voldaan: "
                + reasons;
        String notice = report.isEmpty() ? null
                : "De dataset '" + title(slug) + "' is automatisch uit de open data gehaald, omdat hij na een wijziging "
                        + "niet meer door de publicatiepoort komt. Niet voldaan: " + reasons
                        + ". Los dit op en stel de dataset opnieuw voor.";
        repository.transition(slug, PublicationState.PUBLISHED, PublicationState.AUTO_WITHDRAWN, PublicationService.SYSTEM,
                truncate(note, PublicationService.MAX_NOTE), notice == null ? null : truncate(notice, 8000));
        log.warn("Dataset {} automatically withdrawn from open data: {}", slug, reasons);
    }

    private String title(String slug) {
        return repository.inState(PUBLISHED).stream().filter(t -> t.slug().equals(slug)).findFirst()
                .map(PublicationRepository.Titled::title).filter(t -> !t.isBlank()).orElse(slug);
    }

    private static String truncate(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max - 1) + "…";
    }
}
