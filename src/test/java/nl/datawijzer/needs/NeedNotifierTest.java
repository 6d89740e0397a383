package nl.datawijzer.needs;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

/** Who is told about a change, and in which words, without a store. */
class NeedNotifierTest {

    private static final NeedId ID = new NeedId("n5eed00000001");
    private static final Instant AT = Instant.parse("2026-06-01T10:00:00Z");

    private static Need need(@Nullable String assignee, @Nullable Feedback feedback) {
        return new Need(ID, Drafts.smart().build(), "medewerker", NeedStep.BRON, null, assignee, List.of(), List.of(),
                null, null, feedback, AT, AT);
    }

    private static NeedEvent entry(String by, EventKind kind, @Nullable NeedStep from, @Nullable NeedStep to,
            String text) {
        return new NeedEvent("e1", ID, AT, by, kind, from, to, text);
    }

    @Test
    void requesterAssigneeAndEveryoneInTheHistoryAreToldOnceButNotWhoMadeTheChange() {
        List<NeedEvent> history = List.of(entry("medewerker", EventKind.CREATED, null, NeedStep.CONCEPT, ""),
                entry("collega", EventKind.COMMENT, null, null, "Goed idee"),
                entry("analist", EventKind.TRANSITION, NeedStep.BEHOEFTE, NeedStep.BRON, ""),
                entry("collega", EventKind.COMMENT, null, null, "Nog een"));
        NeedEvent move = history.get(2);

        assertThat(NeedNotifier.recipients(need("devries", null), history, move)).containsExactly(
                NeedNotification.Recipient.account("medewerker"), NeedNotification.Recipient.account("devries"),
                NeedNotification.Recipient.account("collega"));
    }

    @Test
    void aChangeByTheRequesterDoesNotTellTheRequester() {
        NeedEvent comment = entry("medewerker", EventKind.COMMENT, null, null, "Aanvulling");
        assertThat(NeedNotifier.recipients(need("analist", null), List.of(comment), comment))
                .containsExactly(NeedNotification.Recipient.account("analist"));
    }

    @Test
    void aSubmissionAlsoGoesToTheRoleAnalist() {
        NeedEvent submitted = entry("medewerker", EventKind.SUBMITTED, NeedStep.CONCEPT, NeedStep.BEHOEFTE, "");
        assertThat(NeedNotifier.recipients(need(null, null), List.of(submitted), submitted))
                .containsExactly(NeedNotification.Recipient.role("ANALIST"));
    }

    @Test
    void eachKindOfChangeHasItsDutchSentence() {
        assertThat(NeedNotifier.text(entry("analist", EventKind.TRANSITION, NeedStep.BRON, NeedStep.OPSLAAN, ""),
                need(null, null))).isEqualTo("analist heeft n5eed00000001 verplaatst van Bron naar Opslaan");
        assertThat(NeedNotifier.text(entry("collega", EventKind.COMMENT, null, null, "Kan dit per wijk?"),
                need(null, null))).isEqualTo("collega heeft een opmerking geplaatst bij n5eed00000001: Kan dit per wijk?");
        assertThat(NeedNotifier.text(entry("medewerker", EventKind.FEEDBACK, null, null, "Deels: meer graag"),
                need(null, new Feedback(FeedbackVerdict.PARTLY, "meer graag"))))
                .isEqualTo("medewerker heeft terugkoppeling gegeven op n5eed00000001: Deels");
        assertThat(NeedNotifier.text(entry("analist", EventKind.ASSIGNMENT, null, null, "devries"), need(null, null)))
                .isEqualTo("analist heeft n5eed00000001 toegewezen aan devries");
        assertThat(NeedNotifier.text(entry("analist", EventKind.DATASET_LINKED, null, null, "wmo-meldingen"),
                need(null, null))).isEqualTo("analist heeft dataset wmo-meldingen gekoppeld aan n5eed00000001");
        assertThat(NeedNotifier.text(entry("analist", EventKind.KPI_LINKED, null, null, "wmo-kpi"), need(null, null)))
                .isEqualTo("analist heeft KPI wmo-kpi gekoppeld aan n5eed00000001");
        assertThat(NeedNotifier.text(entry("medewerker", EventKind.FOLLOW_UP, null, null, "Verdiepen: n000000000abc"),
                need(null, null))).isEqualTo(
                "medewerker heeft een vervolgvraag gestart op n5eed00000001 (Verdiepen: n000000000abc)");
        assertThat(NeedNotifier.text(entry("medewerker", EventKind.SUBMITTED, NeedStep.CONCEPT, NeedStep.BEHOEFTE, ""),
                need(null, null))).startsWith("medewerker heeft n5eed00000001 ingediend: Hoeveel inwoners");
    }

    @Test
    void aLongCommentIsQuotedShortly() {
        String text = NeedNotifier.text(entry("collega", EventKind.COMMENT, null, null, "woord ".repeat(200)),
                need(null, null));
        assertThat(text).endsWith("…").hasSizeLessThan(200);
    }
}
