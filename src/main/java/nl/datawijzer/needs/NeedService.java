package nl.datawijzer.needs;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import java.util.regex.Pattern;
import nl.datawijzer.catalog.RecordNotFoundException;
import nl.datawijzer.needs.internal.NeedRepository;
import nl.datawijzer.spreadsheet.DutchCsv;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;

/**
 * Information needs (issue 6): requesters write and submit them, analysts carry them through the eight steps. All
 * staff read every need, drafts included: needs are internal work questions, not personal data.
 * Only the requester edits a draft, submits it, gives feedback and starts a follow-up; only analysts triage, assign,
 * link and move. Every call is one store write (need, links and history entry together, validated by the shapes);
 * a refusal ({@link NeedRefusedException}, or {@link AccessDeniedException} for the wrong person) writes nothing.
 * After each committed change a {@link NeedChangedEvent} is published.
 */
@Service
public class NeedService {

    /** Time zone of the municipality: "today" for the needed-by date is a day in Huizen. */
    static final ZoneId ZONE = ZoneId.of("Europe/Amsterdam");
    static final int SIMILAR_MAX = 5;
    static final double SIMILAR_MIN_SCORE = 0.2;
    private static final Pattern ACCOUNT = Pattern.compile("[A-Za-z0-9._@-]{1,100}");

    private final NeedRepository repository;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    NeedService(NeedRepository repository, ApplicationEventPublisher events, ObjectProvider<Clock> clock) {
        this.repository = repository;
        this.events = events;
        this.clock = clock.getIfAvailable(() -> Clock.system(ZONE));
    }

    /** Today in Huizen, by the injected clock. */
    public LocalDate today() {
        return LocalDate.now(clock.withZone(ZONE));
    }

    /** Every SMART rule on a draft, for the live check while typing. Pure: no store. */
    @PreAuthorize("hasRole('MEDEWERKER')")
    public List<SmartResult> check(NeedDraft draft) {
        return SmartRule.checkAll(draft, today());
    }

    /**
     * Saves a draft: a new one when {@code id} is null, else replaces the requester's own draft. A draft may fail the
     * SMART rules, but never the limits of {@link NeedInput} or link to a dataset that does not exist.
     */
    @PreAuthorize("hasRole('MEDEWERKER')")
    public NeedId saveDraft(@Nullable NeedId id, NeedDraft draft) {
        refuseBadInput(draft);
        String me = currentUser();
        Instant now = now();
        NeedId saved = repository.write(tx -> {
            refuseUnknownDatasets(tx, draft.candidateDatasets());
            if (id == null) {
                NeedId created = NeedId.random();
                tx.save(new Need(created, draft, me, NeedStep.CONCEPT, null, null, List.of(), List.of(), null, null,
                        null, now, now));
                tx.record(event(created, now, me, EventKind.CREATED, null, NeedStep.CONCEPT, ""));
                return created;
            }
            Need need = existing(tx, id);
            requireRequester(need, me, "bewerken");
            if (need.step() != NeedStep.CONCEPT) {
                throw new NeedRefusedException("Deze informatiebehoefte is al ingediend (stap " + need.step().labelNl()
                        + "); alleen een concept kan worden bewerkt. Plaats een opmerking of start na de terugkoppeling "
                        + "een vervolgvraag.");
            }
            tx.save(need.with(draft, now));
            return id;
        });
        events.publishEvent(new NeedChangedEvent(saved, id == null ? EventKind.CREATED : EventKind.DRAFT_SAVED, me));
        return saved;
    }

    /** Submits the requester's own draft: it goes to step Behoefte when every SMART rule passes. */
    @PreAuthorize("hasRole('MEDEWERKER')")
    public Need submit(NeedId id) {
        String me = currentUser();
        Instant now = now();
        LocalDate today = today();
        Need submitted = repository.write(tx -> {
            Need need = existing(tx, id);
            requireRequester(need, me, "indienen");
            if (need.step() != NeedStep.CONCEPT) {
                throw new NeedRefusedException("Deze informatiebehoefte is al ingediend (stap " + need.step().labelNl()
                        + ").");
            }
            refuseBadInput(need.draft());
            List<SmartResult> failures = SmartRule.checkAll(need.draft(), today).stream()
                    .filter(r -> !r.passed()).toList();
            if (!failures.isEmpty()) {
                throw new NeedRefusedException("Nog niet SMART genoeg om in te dienen: "
                        + String.join(" ", failures.stream().map(SmartResult::guidance).toList()), failures);
            }
            refuseUnknownDatasets(tx, need.draft().candidateDatasets());
            Need moved = need.withStep(NeedStep.BEHOEFTE, now);
            tx.save(moved);
            tx.record(event(id, now, me, EventKind.SUBMITTED, NeedStep.CONCEPT, NeedStep.BEHOEFTE, ""));
            return moved;
        });
        events.publishEvent(new NeedChangedEvent(id, EventKind.SUBMITTED, me));
        return submitted;
    }

    /**
     * Submitted needs whose question looks like {@code text}, most alike first (at most 5, score at least 0.2; see
     * {@link Similarity}): shown while typing, so a requester finds an existing need before filing a duplicate.
     */
    @PreAuthorize("hasRole('MEDEWERKER')")
    public List<SimilarNeed> similar(String text) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        String query = text.length() > NeedInput.MAX_QUESTION ? text.substring(0, NeedInput.MAX_QUESTION) : text;
        return repository.all().stream().filter(n -> n.step() != NeedStep.CONCEPT)
                .map(n -> new SimilarNeed(n.id(), n.question(), n.step(),
                        Similarity.score(query, n.question() + " " + n.draft().population())))
                .filter(s -> s.score() >= SIMILAR_MIN_SCORE)
                .sorted(Comparator.comparingDouble(SimilarNeed::score).reversed().thenComparing(s -> s.id().value()))
                .limit(SIMILAR_MAX).toList();
    }

    @PreAuthorize("hasRole('MEDEWERKER')")
    public NeedDetail get(NeedId id) {
        Need need = repository.find(id).orElseThrow(() -> new RecordNotFoundException("Informatiebehoefte", id));
        return new NeedDetail(need, repository.history(id));
    }

    @PreAuthorize("hasRole('MEDEWERKER')")
    public List<NeedEvent> history(NeedId id) {
        if (repository.find(id).isEmpty()) {
            throw new RecordNotFoundException("Informatiebehoefte", id);
        }
        return repository.history(id);
    }

    /** The needs started as a follow-up of {@code id}, oldest first (the original's page lists them). */
    @PreAuthorize("hasRole('MEDEWERKER')")
    public List<Need> followUps(NeedId id) {
        return repository.all().stream().filter(n -> id.equals(n.followUpOf()))
                .sorted(Comparator.comparing(Need::created).thenComparing(n -> n.id().value())).toList();
    }

    /** Every KPI in the catalogue with its Dutch title, by title: what an analyst can link a need to. */
    @PreAuthorize("hasRole('MEDEWERKER')")
    public List<LinkedRecord> kpis() {
        return repository.kpis();
    }

    /**
     * The Dutch titles of the datasets a need mentions, by slug; a dataset no longer in the catalogue is left out (a
     * need keeps its slug, so the page can still show it, without a link).
     */
    @PreAuthorize("hasRole('MEDEWERKER')")
    public java.util.Map<String, String> datasetTitles(List<String> slugs) {
        java.util.Map<String, String> titles = new java.util.LinkedHashMap<>();
        repository.datasets(slugs).forEach(d -> titles.put(d.slug(), d.title()));
        return titles;
    }

    /** The signed-in user's own needs, drafts included, most recently changed first. */
    @PreAuthorize("hasRole('MEDEWERKER')")
    public List<Need> mine() {
        String me = currentUser();
        return repository.all().stream().filter(n -> n.requester().equals(me))
                .sorted(Comparator.comparing(Need::modified).reversed()).toList();
    }

    /** Submitted needs (no drafts) that pass the filter, by step and then oldest change first. */
    @PreAuthorize("hasRole('MEDEWERKER')")
    public List<Need> board(NeedFilter filter) {
        return repository.all().stream().filter(n -> n.step() != NeedStep.CONCEPT).filter(filter::matches)
                .sorted(Comparator.comparing((Need n) -> n.step().ordinal()).thenComparing(Need::modified)
                        .thenComparing(n -> n.id().value()))
                .toList();
    }

    @PreAuthorize("hasRole('ANALIST')")
    public Need triage(NeedId id, NeedType type) {
        return change(id, EventKind.TRIAGE, (tx, need, now, me) -> {
            requireOpen(need, "de soort bepalen");
            tx.save(need.withType(type, now));
            tx.record(event(id, now, me, EventKind.TRIAGE, null, null, type.labelNl()));
            return need.withType(type, now);
        });
    }

    @PreAuthorize("hasRole('ANALIST')")
    public Need assign(NeedId id, String assignee) {
        String who = assignee == null ? "" : assignee.strip();
        if (!ACCOUNT.matcher(who).matches()) {
            throw new NeedRefusedException("Geef de accountnaam van de behandelaar (1 tot 100 letters, cijfers of . _ @ -).");
        }
        return change(id, EventKind.ASSIGNMENT, (tx, need, now, me) -> {
            requireOpen(need, "toewijzen");
            Need changed = need.withAssignee(who, now);
            tx.save(changed);
            tx.record(event(id, now, me, EventKind.ASSIGNMENT, null, null, who));
            return changed;
        });
    }

    @PreAuthorize("hasRole('ANALIST')")
    public Need linkDataset(NeedId id, String datasetSlug) {
        return link(id, EventKind.DATASET_LINKED, datasetSlug, "een dataset koppelen", "De dataset",
                (tx, slug) -> tx.datasetExists(slug), Need::datasets,
                (need, datasets, at) -> need.withLinks(datasets, need.kpis(), at));
    }

    @PreAuthorize("hasRole('ANALIST')")
    public Need linkKpi(NeedId id, String kpiSlug) {
        return link(id, EventKind.KPI_LINKED, kpiSlug, "een KPI koppelen", "De KPI",
                (tx, slug) -> tx.kpiExists(slug), Need::kpis,
                (need, kpis, at) -> need.withLinks(need.datasets(), kpis, at));
    }

    /** How a link of one kind is kept on a need: the new list of links replaces the old one. */
    private interface Relink {
        Need apply(Need need, List<String> links, Instant now);
    }

    /** Links a dataset or KPI once; one that does not exist in the catalogue is refused and nothing is written. */
    private Need link(NeedId id, EventKind kind, String slug, String action, String what,
            java.util.function.BiPredicate<NeedRepository.Tx, String> exists,
            java.util.function.Function<Need, List<String>> current, Relink relink) {
        return change(id, kind, (tx, need, now, me) -> {
            requireOpen(need, action);
            if (!exists.test(tx, slug)) {
                throw new NeedRefusedException(what + " '" + slug + "' bestaat niet in de catalogus.");
            }
            if (current.apply(need).contains(slug)) {
                return need;
            }
            List<String> links = new ArrayList<>(current.apply(need));
            links.add(slug);
            Need changed = relink.apply(need, links, now);
            tx.save(changed);
            tx.record(event(id, now, me, kind, null, null, slug));
            return changed;
        });
    }

    /** Moves a need to another step, only as {@link NeedStep#mayMoveTo} allows; the comment goes into the history. */
    @PreAuthorize("hasRole('ANALIST')")
    public Need move(NeedId id, NeedStep to, String comment) {
        String note = comment == null ? "" : comment.strip();
        if (note.length() > NeedInput.MAX_COMMENT) {
            throw new NeedRefusedException("De toelichting is te lang: " + note.length() + " tekens, ten hoogste "
                    + NeedInput.MAX_COMMENT + ".");
        }
        return change(id, EventKind.TRANSITION, (tx, need, now, me) -> {
            if (!need.step().mayMoveTo(to)) {
                List<NeedStep> next = need.step().next();
                throw new NeedRefusedException("Van " + need.step().labelNl() + " naar " + to.labelNl()
                        + " kan niet. " + (next.isEmpty() ? "Vanuit deze stap kan de behoefte niet verder."
                        : "Mogelijk: " + String.join(", ", next.stream().map(NeedStep::labelNl).toList()) + "."));
            }
            Need moved = need.withStep(to, now);
            tx.save(moved);
            tx.record(event(id, now, me, EventKind.TRANSITION, need.step(), to, note));
            return moved;
        });
    }

    /** Any staff member may comment on a need; the comment is history, never edited. */
    @PreAuthorize("hasRole('MEDEWERKER')")
    public void comment(NeedId id, String text) {
        String note = text == null ? "" : text.strip();
        List<String> problems = NeedInput.textProblems("De opmerking", note);
        if (!problems.isEmpty()) {
            throw new NeedRefusedException(String.join(" ", problems));
        }
        change(id, EventKind.COMMENT, (tx, need, now, me) -> {
            tx.record(event(id, now, me, EventKind.COMMENT, null, null, note));
            return need;
        });
    }

    /** The requester says, at Terugkoppeling, whether the answer met the need. */
    @PreAuthorize("hasRole('MEDEWERKER')")
    public Need feedback(NeedId id, FeedbackVerdict verdict, String text) {
        String note = text == null ? "" : text.strip();
        if (note.length() > NeedInput.MAX_COMMENT) {
            throw new NeedRefusedException("De toelichting is te lang: " + note.length() + " tekens, ten hoogste "
                    + NeedInput.MAX_COMMENT + ".");
        }
        return change(id, EventKind.FEEDBACK, (tx, need, now, me) -> {
            requireRequester(need, me, "terugkoppelen");
            if (need.step() != NeedStep.TERUGKOPPELING) {
                throw new NeedRefusedException("Terugkoppeling geven kan pas in de stap Terugkoppeling (nu: "
                        + need.step().labelNl() + ").");
            }
            Need changed = need.withFeedback(new Feedback(verdict, note), now);
            tx.save(changed);
            tx.record(event(id, now, me, EventKind.FEEDBACK, null, null,
                    verdict.labelNl() + (note.isEmpty() ? "" : ": " + note)));
            return changed;
        });
    }

    /**
     * The requester starts a follow-up (deepen, broaden, sharpen) of a need at Terugkoppeling or closed: a new draft
     * with the original's SMART parts as a start (without the needed-by date, which has passed or is the original's),
     * linked to it with dw:followUpOf.
     */
    @PreAuthorize("hasRole('MEDEWERKER')")
    public NeedId followUp(NeedId id, FollowUpKind kind) {
        String me = currentUser();
        Instant now = now();
        NeedId created = NeedId.random();
        repository.write(tx -> {
            Need original = existing(tx, id);
            requireRequester(original, me, "een vervolgvraag starten");
            if (original.step() != NeedStep.TERUGKOPPELING && original.step() != NeedStep.GESLOTEN) {
                throw new NeedRefusedException("Een vervolgvraag start u na de terugkoppeling (nu: "
                        + original.step().labelNl() + ").");
            }
            NeedDraft start = original.draft().toBuilder().neededBy(null)
                    .candidateDatasets(original.draft().candidateDatasets().stream().filter(tx::datasetExists).toList())
                    .build();
            tx.save(new Need(created, start, me, NeedStep.CONCEPT, null, null, List.of(), List.of(), id, kind, null,
                    now, now));
            tx.record(event(created, now, me, EventKind.CREATED, null, NeedStep.CONCEPT,
                    kind.labelNl() + " van " + id.value()));
            tx.record(event(id, now, me, EventKind.FOLLOW_UP, null, null, kind.labelNl() + ": " + created.value()));
            return created;
        });
        events.publishEvent(new NeedChangedEvent(id, EventKind.FOLLOW_UP, me));
        events.publishEvent(new NeedChangedEvent(created, EventKind.CREATED, me));
        return created;
    }

    /** The board (all submitted needs, filtered) as CSV for Dutch Excel: UTF-8 with BOM, {@code ;}. */
    @PreAuthorize("hasRole('MEDEWERKER')")
    public byte[] exportCsv(NeedFilter filter) {
        DutchCsv csv = new DutchCsv().row(List.of("Nummer", "Vraag", "Stap", "Soort", "Domein", "Sturingsniveau",
                "Indiener", "Behandelaar", "Nodig op", "Herhaling", "Datasets", "KPI's", "Ingediend of aangemaakt", "Gewijzigd"));
        for (Need n : board(filter)) {
            NeedDraft d = n.draft();
            csv.row(List.of(n.id().value(), n.question(), n.step().labelNl(), label(n.type()), label(d.domain()),
                    label(d.steeringLevel()), n.requester(), n.assignee() == null ? "" : n.assignee(),
                    d.neededBy() == null ? "" : d.neededBy().toString(), label(d.recurrence()),
                    String.join(", ", n.datasets()), String.join(", ", n.kpis()), n.created().toString(),
                    n.modified().toString()));
        }
        return csv.bytes();
    }

    private static String label(@Nullable NeedValue value) {
        return value == null ? "" : value.labelNl();
    }


    private interface Change {
        Need apply(NeedRepository.Tx tx, Need need, Instant now, String me);
    }

    private Need change(NeedId id, EventKind kind, Change change) {
        String me = currentUser();
        Instant now = now();
        Need changed = repository.write(tx -> change.apply(tx, existing(tx, id), now, me));
        events.publishEvent(new NeedChangedEvent(id, kind, me));
        return changed;
    }

    private static Need existing(NeedRepository.Tx tx, NeedId id) {
        return tx.find(id).orElseThrow(() -> new RecordNotFoundException("Informatiebehoefte", id));
    }

    private static void requireRequester(Need need, String me, String what) {
        if (!need.requester().equals(me)) {
            throw new AccessDeniedException("Alleen de indiener (" + need.requester() + ") kan deze informatiebehoefte "
                    + what + ".");
        }
    }

    private static void requireOpen(Need need, String what) {
        if (need.step() == NeedStep.CONCEPT || need.step().isFinal()) {
            throw new NeedRefusedException("In de stap " + need.step().labelNl() + " kunt u niet " + what
                    + "; dat kan alleen bij een ingediende, nog lopende behoefte.");
        }
    }

    private void refuseBadInput(NeedDraft draft) {
        List<String> problems = NeedInput.problems(draft, today());
        if (!problems.isEmpty()) {
            throw new NeedRefusedException(String.join(" ", problems));
        }
    }

    private static void refuseUnknownDatasets(NeedRepository.Tx tx, List<String> slugs) {
        List<String> unknown = slugs.stream().filter(s -> !tx.datasetExists(s)).toList();
        if (!unknown.isEmpty()) {
            throw new NeedRefusedException("Deze datasets bestaan niet in de catalogus: " + String.join(", ", unknown)
                    + ". Kies bestaande datasets of vink 'nieuwe gegevens nodig' aan.");
        }
    }

    private static NeedEvent event(NeedId need, Instant at, String by, EventKind kind, @Nullable NeedStep from,
            @Nullable NeedStep to, String text) {
        return new NeedEvent("e" + UUID.randomUUID(), need, at, by, kind, from, to, text);
    }

    private Instant now() {
        return Instant.now(clock).truncatedTo(ChronoUnit.MILLIS);
    }

    private static String currentUser() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null || authentication.getName() == null) {
            throw new AccessDeniedException("Niet aangemeld");
        }
        return authentication.getName();
    }
}
