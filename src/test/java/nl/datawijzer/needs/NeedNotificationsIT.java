package nl.datawijzer.needs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.doThrow;

import java.util.List;
import java.util.function.Supplier;
import nl.datawijzer.catalog.RecordNotFoundException;
import nl.datawijzer.needs.internal.NeedNotificationRepository;
import nl.datawijzer.privacy.SecurityHolderIsolation;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mockito.Mockito;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.bean.override.mockito.MockitoSpyBean;

/**
 * Notifications about needs, written after each change through the real store: who gets one (the requester, the
 * assignee, everyone in the history, analysts by role for a submission; never the one who made the change), its
 * Dutch text, read state per account, and that only one's own notifications are listed and marked. Each test uses
 * accounts of its own, so notifications of other tests do not count.
 */
@SpringBootTest
@DirtiesContext
@ExtendWith(SecurityHolderIsolation.class)
class NeedNotificationsIT {

    @Autowired NeedService needs;
    @Autowired NeedNotificationService notifications;
    @MockitoSpyBean NeedNotificationRepository repository;

    @AfterEach
    void healTheStore() {
        Mockito.reset(repository);
    }

    private static <T> T as(String user, String role, Supplier<T> action) {
        return As.user(user, role, action);
    }

    private NeedId submittedBy(String requester) {
        NeedDraft draft = Drafts.smart().neededBy(needs.today().plusMonths(2)).build();
        NeedId id = as(requester, "MEDEWERKER", () -> needs.saveDraft(null, draft));
        as(requester, "MEDEWERKER", () -> needs.submit(id));
        return id;
    }

    private List<NeedNotification> about(NeedId need, String user, String role) {
        return as(user, role, () -> notifications.mine()).stream().filter(n -> n.need().equals(need)).toList();
    }

    @Test
    void aSubmissionGoesToEveryAnalystByRoleAndEachAnalystReadsItApart() {
        NeedId id = submittedBy("vos");

        List<NeedNotification> first = about(id, "analist-a", "ANALIST");
        assertThat(first).singleElement().satisfies(n -> {
            assertThat(n.kind()).isEqualTo(EventKind.SUBMITTED);
            assertThat(n.by()).isEqualTo("vos");
            assertThat(n.text()).startsWith("vos heeft " + id.value() + " ingediend: Hoeveel inwoners wachten");
            assertThat(n.read()).isFalse();
        });
        assertThat(about(id, "analist-b", "ANALIST")).hasSize(1);
        assertThat(about(id, "vos", "MEDEWERKER")).as("the requester made the change").isEmpty();
        assertThat(about(id, "buurman", "MEDEWERKER")).as("not involved, not an analyst").isEmpty();

        int unreadBefore = as("analist-b", "ANALIST", () -> notifications.unreadCount());
        as("analist-a", "ANALIST", () -> {
            notifications.markRead(first.getFirst().id());
            return null;
        });
        assertThat(about(id, "analist-a", "ANALIST")).singleElement().extracting(NeedNotification::read).isEqualTo(true);
        assertThat(about(id, "analist-b", "ANALIST")).singleElement().extracting(NeedNotification::read).isEqualTo(false);
        assertThat(as("analist-b", "ANALIST", () -> notifications.unreadCount())).isEqualTo(unreadBefore);
    }

    @Test
    void aChangeGoesToTheRequesterAssigneeAndEveryoneInTheHistoryButNeverToWhoMadeIt() {
        NeedId id = submittedBy("bakker");
        as("collega", "MEDEWERKER", () -> {
            needs.comment(id, "Neem ook de wachttijd voor de keukentafel mee.");
            return null;
        });
        assertThat(about(id, "bakker", "MEDEWERKER")).singleElement().satisfies(n -> {
            assertThat(n.kind()).isEqualTo(EventKind.COMMENT);
            assertThat(n.text()).isEqualTo("collega heeft een opmerking geplaatst bij " + id.value()
                    + ": Neem ook de wachttijd voor de keukentafel mee.");
        });
        assertThat(about(id, "collega", "MEDEWERKER")).isEmpty();

        as("behandelaar", "ANALIST", () -> needs.assign(id, "devries"));
        assertThat(about(id, "devries", "MEDEWERKER")).singleElement().extracting(NeedNotification::text)
                .isEqualTo("behandelaar heeft " + id.value() + " toegewezen aan devries");

        as("behandelaar", "ANALIST", () -> needs.move(id, NeedStep.BRON, ""));
        String moved = "behandelaar heeft " + id.value() + " verplaatst van Behoefte naar Bron";
        for (String involved : List.of("bakker", "collega", "devries")) {
            assertThat(about(id, involved, "MEDEWERKER")).as(involved).extracting(NeedNotification::text).contains(moved);
        }
        assertThat(about(id, "behandelaar", "MEDEWERKER")).as("the mover").isEmpty();

        as("behandelaar", "ANALIST", () -> needs.triage(id, NeedType.AD_HOC));
        assertThat(about(id, "bakker", "MEDEWERKER")).filteredOn(n -> n.kind() == EventKind.TRIAGE).singleElement()
                .extracting(NeedNotification::text)
                .isEqualTo("behandelaar heeft de soort van " + id.value() + " bepaald: " + NeedType.AD_HOC.labelNl());
    }

    @Test
    void feedbackByTheRequesterGoesToTheAnalystsInvolvedAndNotToTheRequester() {
        NeedId id = submittedBy("smit");
        for (NeedStep step : NeedStep.PROCESS.subList(1, NeedStep.PROCESS.size())) {
            as("analist-c", "ANALIST", () -> needs.move(id, step, ""));
        }
        assertThat(about(id, "smit", "MEDEWERKER")).hasSize(7).extracting(NeedNotification::text)
                .contains("analist-c heeft " + id.value() + " verplaatst van Handelen naar Terugkoppeling");

        as("smit", "MEDEWERKER", () -> needs.feedback(id, FeedbackVerdict.PARTLY, "Graag ook per leeftijd."));

        assertThat(about(id, "analist-c", "MEDEWERKER")).singleElement().satisfies(n -> {
            assertThat(n.kind()).isEqualTo(EventKind.FEEDBACK);
            assertThat(n.text()).isEqualTo("smit heeft terugkoppeling gegeven op " + id.value() + ": Deels");
        });
        assertThat(about(id, "smit", "MEDEWERKER")).extracting(NeedNotification::kind).doesNotContain(EventKind.FEEDBACK);
    }

    @Test
    void draftsNotifyNoOne() {
        NeedId id = as("klaassen", "MEDEWERKER", () -> needs.saveDraft(null, NeedDraft.ofQuestion("Hoeveel schulden?")));
        as("buur", "MEDEWERKER", () -> {
            needs.comment(id, "Bedoel je schuldhulp?");
            return null;
        });
        as("klaassen", "MEDEWERKER", () -> needs.saveDraft(id, NeedDraft.ofQuestion("Hoeveel schuldhulptrajecten?")));
        assertThat(about(id, "buur", "MEDEWERKER")).isEmpty();
        assertThat(about(id, "klaassen", "MEDEWERKER")).extracting(NeedNotification::kind)
                .containsExactly(EventKind.COMMENT);
    }

    @Test
    void onlyOwnNotificationsAreListedAndMarkedAndMarkingAllLeavesNoneUnread() {
        NeedId id = submittedBy("jong");
        as("analist-d", "ANALIST", () -> needs.move(id, NeedStep.BRON, "We zoeken de bron."));
        NeedNotification mine = about(id, "jong", "MEDEWERKER").getFirst();
        assertThat(mine.text()).isEqualTo("analist-d heeft " + id.value()
                + " verplaatst van Behoefte naar Bron: We zoeken de bron.");
        assertThat(as("jong", "MEDEWERKER", () -> notifications.unreadCount())).isEqualTo(1);

        assertThatThrownBy(() -> as("ander", "MEDEWERKER", () -> {
            notifications.markRead(mine.id());
            return null;
        })).isInstanceOf(AccessDeniedException.class).hasMessageContaining("niet voor u");
        assertThatThrownBy(() -> as("jong", "MEDEWERKER", () -> {
            notifications.markRead("m00000000-0000-0000-0000-000000000000");
            return null;
        })).isInstanceOf(RecordNotFoundException.class);
        assertThatThrownBy(() -> as("jong", "MEDEWERKER", () -> {
            notifications.markRead("' } ; DROP");
            return null;
        })).isInstanceOf(RecordNotFoundException.class);
        assertThat(as("ander", "MEDEWERKER", () -> notifications.mine())).extracting(NeedNotification::id)
                .doesNotContain(mine.id());
        assertThat(about(id, "jong", "MEDEWERKER")).singleElement().extracting(NeedNotification::read).isEqualTo(false);

        assertThat(as("jong", "MEDEWERKER", () -> notifications.markAllRead())).isEqualTo(1);
        assertThat(as("jong", "MEDEWERKER", () -> notifications.unreadCount())).isZero();
        assertThat(about(id, "jong", "MEDEWERKER")).singleElement().extracting(NeedNotification::read).isEqualTo(true);
        assertThat(as("analist-d", "ANALIST", () -> notifications.unreadCount())).as("jong's marking is jong's own")
                .isPositive();
    }

    @Test
    void aFailingNotificationNeitherBreaksNorUndoesTheChange() {
        NeedId id = submittedBy("mulder");
        doThrow(new IllegalStateException("opslag onbereikbaar")).when(repository).save(any(), any(), any());

        Need moved = as("analist-e", "ANALIST", () -> needs.move(id, NeedStep.BRON, ""));

        assertThat(moved.step()).isEqualTo(NeedStep.BRON);
        assertThat(as("mulder", "MEDEWERKER", () -> needs.get(id)).need().step()).isEqualTo(NeedStep.BRON);
        assertThat(about(id, "mulder", "MEDEWERKER")).isEmpty();
    }

    @Test
    void anonymousCallersGetNothing() {
        assertThatThrownBy(() -> As.anonymous(() -> notifications.mine()))
                .isInstanceOfAny(AccessDeniedException.class, AuthenticationCredentialsNotFoundException.class);
        assertThatThrownBy(() -> As.anonymous(() -> notifications.markAllRead()))
                .isInstanceOfAny(AccessDeniedException.class, AuthenticationCredentialsNotFoundException.class);
    }
}
