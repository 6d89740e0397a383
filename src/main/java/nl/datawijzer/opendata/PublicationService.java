package nl.datawijzer.opendata;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import nl.datawijzer.catalog.DatasetId;
import nl.datawijzer.catalog.RecordNotFoundException;
import nl.datawijzer.opendata.internal.OpenDataView;
import nl.datawijzer.opendata.internal.PublicationRepository;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;

/**
 * The publication workflow: a steward (BEHEERDER) proposes a dataset, the gate checks it, the privacy officer (FG)
 * approves or rejects it; approved, it enters the open-data view (public store) and the public index. A steward or
 * the FG can withdraw it. Every transition is recorded as history; illegal transitions and datasets the gate blocks
 * are refused with a Dutch message and nothing is written.
 *
 * <p>Two stores: the record (internal store) commits first, then the view (public store). A crash between the two
 * leaves the view behind the record, and the start-up sync ({@code PublicationKeeper}) brings it in line.
 */
@Service
public class PublicationService {

    /** Who decided an automatic withdrawal. */
    public static final String SYSTEM = "systeem";
    public static final int MAX_NOTE = 4000;
    static final int MAX_NOTICES = 200;

    private final GateService gate;
    private final PublicationRepository repository;
    private final OpenDataView view;
    private final ApplicationEventPublisher events;

    PublicationService(GateService gate, PublicationRepository repository, OpenDataView view,
            ApplicationEventPublisher events) {
        this.gate = gate;
        this.repository = repository;
        this.view = view;
        this.events = events;
    }

    /** Proposes the dataset as open data; refused when the gate blocks it (the failing rules named). */
    @PreAuthorize("hasRole('BEHEERDER')")
    public PublicationStatus propose(DatasetId dataset, String note) {
        String checked = note(note, false);
        PublicationState current = current(dataset);
        if (current == PublicationState.PROPOSED) {
            throw new PublicationRefusedException("De dataset '" + dataset.slug()
                    + "' is al voorgesteld en wacht op de FG.");
        }
        if (current == PublicationState.PUBLISHED) {
            throw new PublicationRefusedException("De dataset '" + dataset.slug() + "' is al gepubliceerd.");
        }
        passGate(dataset, "voorgesteld");
        return repository.transition(dataset.slug(), current, PublicationState.PROPOSED, currentUser(), checked, null);
    }

    /** Approves a proposal: the gate runs again; passing, the dataset enters the open-data view and the public index. */
    @PreAuthorize("hasRole('FG')")
    public PublicationStatus approve(DatasetId dataset, String note) {
        String checked = note(note, false);
        PublicationState current = current(dataset);
        requireProposed(dataset, current, "goedgekeurd");
        passGate(dataset, "gepubliceerd");
        PublicationStatus status = repository.transition(dataset.slug(), current, PublicationState.PUBLISHED,
                currentUser(), checked, null);
        view.put(dataset.slug());
        events.publishEvent(new OpenDataViewChangedEvent(List.of(dataset.slug())));
        return status;
    }

    /** Rejects a proposal, with the reason. */
    @PreAuthorize("hasRole('FG')")
    public PublicationStatus reject(DatasetId dataset, String note) {
        String checked = note(note, true);
        PublicationState current = current(dataset);
        requireProposed(dataset, current, "afgewezen");
        return repository.transition(dataset.slug(), current, PublicationState.REJECTED, currentUser(), checked, null);
    }

    /** Withdraws a published dataset (it leaves the open-data view at once) or a proposal, with the reason. */
    @PreAuthorize("hasRole('BEHEERDER') or hasRole('FG')")
    public PublicationStatus withdraw(DatasetId dataset, String reason) {
        String checked = note(reason, true);
        PublicationState current = current(dataset);
        if (current != PublicationState.PUBLISHED && current != PublicationState.PROPOSED) {
            throw new PublicationRefusedException("Alleen een gepubliceerde of voorgestelde dataset kan worden "
                    + "ingetrokken; '" + dataset.slug() + "' is " + describe(current) + ".");
        }
        PublicationStatus status = repository.transition(dataset.slug(), current, PublicationState.WITHDRAWN,
                currentUser(), checked, null);
        if (current == PublicationState.PUBLISHED) {
            view.remove(dataset.slug());
            events.publishEvent(new OpenDataViewChangedEvent(List.of(dataset.slug())));
        }
        return status;
    }

    /** Where the dataset stands; empty when it never entered the workflow. */
    @PreAuthorize("hasRole('MEDEWERKER')")
    public Optional<PublicationStatus> status(DatasetId dataset) {
        return repository.status(dataset.slug());
    }

    /** Every transition of the dataset's publication, newest first. */
    @PreAuthorize("hasRole('MEDEWERKER')")
    public List<PublicationStep> history(DatasetId dataset) {
        return repository.history(dataset.slug());
    }

    /** The FG's queue: every proposal, oldest first, with what the gate says about it now. */
    @PreAuthorize("hasRole('FG')")
    public List<Proposal> proposals() {
        List<Proposal> proposals = new ArrayList<>();
        for (PublicationRepository.Titled titled : repository.inState(EnumSet.of(PublicationState.PROPOSED))) {
            DatasetId id = new DatasetId(titled.slug());
            Optional<GateReport> report = gate.check(id);
            if (report.isEmpty()) {
                continue;
            }
            PublicationStep proposed = repository.history(titled.slug()).stream()
                    .filter(step -> step.to() == PublicationState.PROPOSED).findFirst().orElse(null);
            proposals.add(new Proposal(titled.slug(), titled.title(),
                    proposed == null ? java.time.Instant.EPOCH : proposed.at(),
                    proposed == null ? "" : proposed.decidedBy(), proposed == null ? "" : proposed.note(),
                    report.get()));
        }
        proposals.sort(java.util.Comparator.comparing(Proposal::proposedAt));
        return proposals;
    }

    /** Notices to dataset owners, newest first (the most recent {@value #MAX_NOTICES}). */
    @PreAuthorize("hasRole('MEDEWERKER')")
    public List<Notice> notices() {
        return repository.notices(MAX_NOTICES);
    }

    /** Marks a notice read. */
    @PreAuthorize("hasRole('MEDEWERKER')")
    public void markRead(String noticeId) {
        if (!nl.datawijzer.rdf.Iris.isValidSlug(noticeId) || !repository.markRead(noticeId)) {
            throw new PublicationRefusedException("Deze melding bestaat niet (meer).");
        }
    }

    private PublicationState current(DatasetId dataset) {
        return repository.status(dataset.slug()).map(PublicationStatus::state).orElse(null);
    }

    private void passGate(DatasetId dataset, String what) {
        GateReport report = gate.check(dataset).orElseThrow(() -> new RecordNotFoundException("Dataset", dataset));
        if (!report.passed()) {
            throw new PublicationRefusedException("De dataset '" + dataset.slug() + "' kan niet worden " + what
                    + ": hij komt niet door de publicatiepoort. Niet voldaan: " + failures(report), report.failures());
        }
    }

    /** "regel: uitleg; regel: uitleg", the way refusals, decisions and notices name the failing rules. */
    static String failures(GateReport report) {
        return report.failures().stream().map(f -> f.rule().titleNl() + " (" + f.explanationNl() + ")")
                .collect(Collectors.joining("; "));
    }

    private static void requireProposed(DatasetId dataset, @Nullable PublicationState current, String what) {
        if (current != PublicationState.PROPOSED) {
            throw new PublicationRefusedException("Alleen een voorgestelde dataset kan worden " + what + "; '"
                    + dataset.slug() + "' is " + describe(current) + ".");
        }
    }

    private static String describe(@Nullable PublicationState state) {
        return state == null ? "nooit voorgesteld" : state.labelNl().toLowerCase(java.util.Locale.ROOT);
    }

    private static String note(@Nullable String note, boolean required) {
        String text = note == null ? "" : note.strip();
        if (required && text.isEmpty()) {
            throw new PublicationRefusedException("Geef een reden op.");
        }
        if (text.length() > MAX_NOTE) {
            throw new PublicationRefusedException("De toelichting is te lang: hoogstens " + MAX_NOTE + " tekens.");
        }
        return text;
    }

    private static String currentUser() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null || authentication.getName() == null || authentication.getName().isBlank()) {
            throw new IllegalStateException("Geen aangemelde gebruiker / nobody signed in");
        }
        return authentication.getName();
    }
}
