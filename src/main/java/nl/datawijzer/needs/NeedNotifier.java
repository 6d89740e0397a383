package nl.datawijzer.needs;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import nl.datawijzer.needs.internal.NeedNotificationRepository;
import nl.datawijzer.needs.internal.NeedRepository;
import nl.datawijzer.security.Role;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Tells the people involved in a need that it changed: after each committed change ({@link NeedChangedEvent}) it writes
 * one notification per recipient, in one store write. Recipients are the requester, the assignee and everyone who acted
 * in the need's history, never the one who made the change; a submission also goes to the role ANALIST, so analysts who
 * sign in later see it too. Drafts (created, saved) notify no one: they are the requester's own work.
 *
 * <p>The change has already committed when this runs: a failure here is logged and swallowed, so it can neither undo
 * nor break the change the user made.
 */
@Component
class NeedNotifier {

    private static final Logger LOG = LoggerFactory.getLogger(NeedNotifier.class);
    /** What a notification text quotes of a question or comment, at most. */
    static final int QUOTE = 120;

    private final NeedRepository needs;
    private final NeedNotificationRepository notifications;

    NeedNotifier(NeedRepository needs, NeedNotificationRepository notifications) {
        this.needs = needs;
        this.notifications = notifications;
    }

    @EventListener
    void onNeedChanged(NeedChangedEvent change) {
        if (change.kind() == EventKind.CREATED || change.kind() == EventKind.DRAFT_SAVED) {
            return;
        }
        try {
            notifyAbout(change);
        } catch (RuntimeException e) {
            LOG.warn("Meldingen over informatiebehoefte {} ({} door {}) zijn niet geschreven; de wijziging zelf staat vast",
                    change.need(), change.kind().code(), change.by(), e);
        }
    }

    private void notifyAbout(NeedChangedEvent change) {
        Optional<Need> need = needs.find(change.need());
        if (need.isEmpty()) {
            return;
        }
        List<NeedEvent> history = needs.history(change.need());
        // The event names kind and actor, not the entry: the change is the newest entry of that kind by that actor.
        Optional<NeedEvent> entry = history.stream()
                .filter(e -> e.kind() == change.kind() && e.by().equals(change.by()))
                .max(Comparator.comparing(NeedEvent::at).thenComparing(e -> history.indexOf(e)));
        if (entry.isEmpty()) {
            return;
        }
        List<NeedNotification.Recipient> recipients = recipients(need.get(), history, entry.get());
        notifications.save(entry.get(), text(entry.get(), need.get()), recipients);
    }

    /**
     * The requester, the assignee and everyone in the history, in that order and each once, without the one who made
     * the change; for a submission also the role ANALIST.
     */
    static List<NeedNotification.Recipient> recipients(Need need, List<NeedEvent> history, NeedEvent change) {
        Set<String> accounts = new LinkedHashSet<>();
        accounts.add(need.requester());
        if (need.assignee() != null) {
            accounts.add(need.assignee());
        }
        history.forEach(e -> accounts.add(e.by()));
        accounts.remove(change.by());
        accounts.removeIf(String::isBlank);
        List<NeedNotification.Recipient> recipients = new ArrayList<>(
                accounts.stream().map(NeedNotification.Recipient::account).toList());
        if (change.kind() == EventKind.SUBMITTED) {
            recipients.add(NeedNotification.Recipient.role(Role.ANALIST_NAME));
        }
        return recipients;
    }

    /** One Dutch sentence: who did what to which need. */
    static String text(NeedEvent change, Need need) {
        String who = change.by();
        String id = need.id().value();
        return switch (change.kind()) {
            case SUBMITTED -> who + " heeft " + id + " ingediend: " + quote(need.question());
            case TRANSITION -> who + " heeft " + id + " verplaatst van " + label(change.from()) + " naar "
                    + label(change.to()) + (change.text().isBlank() ? "" : ": " + quote(change.text()));
            case COMMENT -> who + " heeft een opmerking geplaatst bij " + id + ": " + quote(change.text());
            case TRIAGE -> who + " heeft de soort van " + id + " bepaald: " + change.text();
            case ASSIGNMENT -> who + " heeft " + id + " toegewezen aan " + change.text();
            case DATASET_LINKED -> who + " heeft dataset " + change.text() + " gekoppeld aan " + id;
            case KPI_LINKED -> who + " heeft KPI " + change.text() + " gekoppeld aan " + id;
            case FEEDBACK -> who + " heeft terugkoppeling gegeven op " + id + ": "
                    + (need.feedback() == null ? quote(change.text()) : need.feedback().verdict().labelNl());
            case FOLLOW_UP -> who + " heeft een vervolgvraag gestart op " + id + " (" + change.text() + ")";
            case CREATED, DRAFT_SAVED -> who + " heeft " + id + " gewijzigd";
        };
    }

    private static String label(@org.jspecify.annotations.Nullable NeedStep step) {
        return step == null ? "?" : step.labelNl();
    }

    private static String quote(String text) {
        String flat = text.strip().replaceAll("\\s+", " ");
        return flat.length() <= QUOTE ? flat : flat.substring(0, QUOTE - 1).stripTrailing() + "…";
    }
}
