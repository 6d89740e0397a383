package nl.datawijzer.needs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.function.Supplier;
import nl.datawijzer.catalog.RecordNotFoundException;
import nl.datawijzer.privacy.SecurityHolderIsolation;
import nl.datawijzer.rdf.Iris;
import nl.datawijzer.rdf.RdfStore;
import nl.datawijzer.rdf.RecordKind;
import nl.datawijzer.rdf.WriteRefusedException;
import org.apache.jena.sparql.graph.GraphFactory;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

/**
 * Information needs on the Huizen seed: a requester drafts and submits, analysts carry the need through the eight
 * steps, the requester gives feedback and starts a follow-up; who may do what; refusals write nothing; history is
 * append-only. Each test makes its own needs, so their order does not matter.
 */
@SpringBootTest
@DirtiesContext
@RecordApplicationEvents
@ExtendWith(SecurityHolderIsolation.class)
class NeedServiceIT {

    static final String REQUESTER = "jansen";
    static final String COLLEAGUE = "pietersen";
    static final String ANALYST = "analist";
    static final String WMO_SEED = "n5eed00000002";

    @Autowired NeedService needs;
    @Autowired RdfStore store;
    @Autowired Iris iris;
    @Autowired ApplicationEvents events;

    @BeforeEach
    void clearEvents() {
        events.clear();
    }

    private <T> T requester(Supplier<T> action) {
        return As.user(REQUESTER, "MEDEWERKER", action);
    }

    private <T> T colleague(Supplier<T> action) {
        return As.user(COLLEAGUE, "MEDEWERKER", action);
    }

    private <T> T analyst(Supplier<T> action) {
        return As.user(ANALYST, "ANALIST", action);
    }

    private NeedDraft smart() {
        return Drafts.smart().neededBy(needs.today().plusMonths(2)).build();
    }

    private NeedId submitted() {
        NeedId id = requester(() -> needs.saveDraft(null, smart()));
        requester(() -> needs.submit(id));
        return id;
    }

    @Test
    void theSeededNeedsAreOnTheBoardForAllStaffWithTheirHistory() {
        List<Need> board = colleague(() -> needs.board(NeedFilter.ALL));
        assertThat(board).extracting(n -> n.id().value()).contains("n5eed00000001", WMO_SEED, "n5eed00000003",
                "n5eed00000004", "n5eed00000005");
        assertThat(colleague(() -> needs.board(new NeedFilter(NeedStep.ANALYSEREN, NeedType.STANDARD_DASHBOARD,
                SteeringLevel.OPERATIONAL, "analist")))).extracting(n -> n.id().value()).containsExactly("n5eed00000001");
        NeedDetail wmo = colleague(() -> needs.get(new NeedId(WMO_SEED)));
        assertThat(wmo.need().step()).isEqualTo(NeedStep.BRON);
        assertThat(wmo.need().kpis()).containsExactly("wmo-onderzoek-binnen-6-weken");
        assertThat(wmo.history()).extracting(NeedEvent::kind).startsWith(EventKind.CREATED, EventKind.SUBMITTED)
                .endsWith(EventKind.TRANSITION);
        assertThat(wmo.history()).extracting(NeedEvent::at).isSorted();
    }

    @Test
    void aDraftMayFailSmartButIsSubmittedOnlyWhenEveryRulePasses() {
        NeedId id = requester(() -> needs.saveDraft(null, NeedDraft.ofQuestion("Hoeveel jongeren wachten op jeugdhulp?")));
        assertThat(requester(() -> needs.get(id)).need().step()).isEqualTo(NeedStep.CONCEPT);
        assertThat(requester(() -> needs.mine())).extracting(Need::id).contains(id);

        assertThatThrownBy(() -> requester(() -> needs.submit(id))).isInstanceOf(NeedRefusedException.class)
                .hasMessageContaining("Noem de eenheid: personen, huishoudens, zaken of euro's.")
                .satisfies(e -> assertThat(((NeedRefusedException) e).failures()).extracting(SmartResult::rule)
                        .contains(SmartRule.SPECIFIC_UNIT, SmartRule.TIMELY_DEADLINE).doesNotContain(SmartRule.QUESTION));
        assertThat(requester(() -> needs.get(id)).need().step()).isEqualTo(NeedStep.CONCEPT);

        requester(() -> needs.saveDraft(id, smart()));
        Need need = requester(() -> needs.submit(id));
        assertThat(need.step()).isEqualTo(NeedStep.BEHOEFTE);
        assertThat(need.draft()).isEqualTo(smart());
        assertThat(requester(() -> needs.history(id))).extracting(NeedEvent::kind, NeedEvent::from, NeedEvent::to)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(EventKind.CREATED, null, NeedStep.CONCEPT),
                        org.assertj.core.groups.Tuple.tuple(EventKind.SUBMITTED, NeedStep.CONCEPT, NeedStep.BEHOEFTE));
        assertThat(events.stream(NeedChangedEvent.class)).extracting(NeedChangedEvent::kind)
                .containsExactly(EventKind.CREATED, EventKind.DRAFT_SAVED, EventKind.SUBMITTED);
        assertThatThrownBy(() -> requester(() -> needs.saveDraft(id, smart()))).isInstanceOf(NeedRefusedException.class)
                .hasMessageContaining("alleen een concept kan worden bewerkt");
    }

    @Test
    void onlyTheRequesterEditsOrSubmitsTheirDraftAndAnonymousCallersReadNothing() {
        NeedId id = requester(() -> needs.saveDraft(null, smart()));
        assertThatThrownBy(() -> colleague(() -> needs.saveDraft(id, NeedDraft.ofQuestion("Mijn eigen vraag hierover"))))
                .isInstanceOf(AccessDeniedException.class).hasMessageContaining("Alleen de indiener (jansen)");
        assertThatThrownBy(() -> analyst(() -> needs.submit(id))).isInstanceOf(AccessDeniedException.class);
        assertThat(colleague(() -> needs.get(id)).need().draft()).isEqualTo(smart());
        assertThatThrownBy(() -> As.anonymous(() -> needs.board(NeedFilter.ALL)))
                .isInstanceOf(AuthenticationCredentialsNotFoundException.class);
        assertThatThrownBy(() -> As.anonymous(() -> needs.get(id)))
                .isInstanceOf(AuthenticationCredentialsNotFoundException.class);
    }

    @Test
    void anAnalystCarriesANeedThroughTheEightStepsAndTheRequesterGivesFeedbackAndFollowsUp() {
        NeedId id = submitted();
        analyst(() -> needs.triage(id, NeedType.AD_HOC));
        analyst(() -> needs.assign(id, "analist"));
        analyst(() -> needs.linkDataset(id, "wmo-meldingen"));
        analyst(() -> needs.linkKpi(id, "wmo-onderzoek-binnen-6-weken"));
        colleague(() -> {
            needs.comment(id, "Neem ook de meldingen van mantelzorgers mee.");
            return null;
        });
        for (NeedStep step : NeedStep.PROCESS.subList(1, NeedStep.PROCESS.size())) {
            analyst(() -> needs.move(id, step, "door naar " + step.labelNl()));
        }
        assertThatThrownBy(() -> colleague(() -> needs.feedback(id, FeedbackVerdict.YES, "")))
                .isInstanceOf(AccessDeniedException.class);
        Need answered = requester(() -> needs.feedback(id, FeedbackVerdict.PARTLY, "Per wijk graag ook per leeftijd."));
        assertThat(answered.feedback()).isEqualTo(new Feedback(FeedbackVerdict.PARTLY, "Per wijk graag ook per leeftijd."));

        NeedId followUp = requester(() -> needs.followUp(id, FollowUpKind.DEEPEN));
        Need next = requester(() -> needs.get(followUp)).need();
        assertThat(next.step()).isEqualTo(NeedStep.CONCEPT);
        assertThat(next.followUpOf()).isEqualTo(id);
        assertThat(next.followUpKind()).isEqualTo(FollowUpKind.DEEPEN);
        assertThat(next.question()).isEqualTo(smart().question());
        assertThat(next.draft().neededBy()).isNull();

        Need closed = analyst(() -> needs.move(id, NeedStep.GESLOTEN, ""));
        assertThat(closed.step()).isEqualTo(NeedStep.GESLOTEN);
        assertThat(closed.type()).isEqualTo(NeedType.AD_HOC);
        assertThat(closed.assignee()).isEqualTo("analist");
        assertThat(closed.datasets()).containsExactly("wmo-meldingen");
        assertThat(closed.kpis()).containsExactly("wmo-onderzoek-binnen-6-weken");
        List<NeedEvent> history = colleague(() -> needs.history(id));
        assertThat(history).extracting(NeedEvent::kind).containsExactly(EventKind.CREATED, EventKind.SUBMITTED,
                EventKind.TRIAGE, EventKind.ASSIGNMENT, EventKind.DATASET_LINKED, EventKind.KPI_LINKED,
                EventKind.COMMENT, EventKind.TRANSITION, EventKind.TRANSITION, EventKind.TRANSITION,
                EventKind.TRANSITION, EventKind.TRANSITION, EventKind.TRANSITION, EventKind.TRANSITION,
                EventKind.FEEDBACK, EventKind.FOLLOW_UP, EventKind.TRANSITION);
        assertThat(history.get(6).by()).isEqualTo(COLLEAGUE);
        assertThat(history.get(6).text()).isEqualTo("Neem ook de meldingen van mantelzorgers mee.");
        assertThat(history.getLast().from()).isEqualTo(NeedStep.TERUGKOPPELING);
        assertThat(events.stream(NeedChangedEvent.class).filter(e -> e.need().equals(id))).hasSize(17);
    }

    @Test
    void theKpisToLinkTheTitlesOfMentionedDatasetsAndTheFollowUpsOfANeedAreListed() {
        assertThat(colleague(() -> needs.kpis())).contains(
                new LinkedRecord("caseload-jeugdconsulent", "Caseload per jeugdconsulent"),
                new LinkedRecord("wmo-onderzoek-binnen-6-weken", "Wmo-onderzoek binnen 6 weken na melding"))
                .extracting(LinkedRecord::title).isSorted().doesNotHaveDuplicates();
        assertThat(colleague(() -> needs.datasetTitles(List.of("wmo-meldingen", "bestaat-niet", "Geen Slug"))))
                .containsExactlyEntriesOf(java.util.Map.of("wmo-meldingen", "Wmo-meldingen en onderzoeken"));
        assertThat(colleague(() -> needs.datasetTitles(List.of()))).isEmpty();

        NeedId id = submitted();
        for (NeedStep step : NeedStep.PROCESS.subList(1, NeedStep.PROCESS.size())) {
            analyst(() -> needs.move(id, step, ""));
        }
        assertThat(colleague(() -> needs.followUps(id))).isEmpty();
        NeedId first = requester(() -> needs.followUp(id, FollowUpKind.BROADEN));
        NeedId second = requester(() -> needs.followUp(id, FollowUpKind.SHARPEN));
        assertThat(colleague(() -> needs.followUps(id))).extracting(Need::id).containsExactlyInAnyOrder(first, second);
        assertThat(colleague(() -> needs.followUps(first))).isEmpty();
        assertThatThrownBy(() -> As.anonymous(() -> needs.kpis()))
                .isInstanceOf(AuthenticationCredentialsNotFoundException.class);
    }

    @Test
    void staffWhoAreNotAnalystsCannotTriageAssignLinkOrMove() {
        NeedId id = submitted();
        assertThatThrownBy(() -> requester(() -> needs.move(id, NeedStep.BRON, ""))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> requester(() -> needs.triage(id, NeedType.AD_HOC))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> colleague(() -> needs.assign(id, "analist"))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> colleague(() -> needs.linkDataset(id, "wmo-meldingen")))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(requester(() -> needs.history(id))).hasSize(2);
    }

    @Test
    void illegalTransitionsAreRefusedWithTheStepsThatArePossibleAndWriteNothing() {
        NeedId id = submitted();
        long revision = store.revision();
        assertThatThrownBy(() -> analyst(() -> needs.move(id, NeedStep.ANALYSEREN, "")))
                .isInstanceOf(NeedRefusedException.class)
                .hasMessage("Van Behoefte naar Analyseren kan niet. Mogelijk: Bron, Afgewezen.");
        assertThatThrownBy(() -> analyst(() -> needs.move(id, NeedStep.GESLOTEN, "")))
                .isInstanceOf(NeedRefusedException.class);
        assertThatThrownBy(() -> requester(() -> needs.feedback(id, FeedbackVerdict.YES, "")))
                .isInstanceOf(NeedRefusedException.class).hasMessageContaining("pas in de stap Terugkoppeling");
        assertThatThrownBy(() -> requester(() -> needs.followUp(id, FollowUpKind.BROADEN)))
                .isInstanceOf(NeedRefusedException.class);
        analyst(() -> needs.move(id, NeedStep.AFGEWEZEN, "Dubbel met een bestaande vraag."));
        revision = store.revision();
        assertThatThrownBy(() -> analyst(() -> needs.move(id, NeedStep.BRON, ""))).isInstanceOf(NeedRefusedException.class)
                .hasMessageContaining("Vanuit deze stap kan de behoefte niet verder.");
        assertThatThrownBy(() -> analyst(() -> needs.triage(id, NeedType.AD_HOC))).isInstanceOf(NeedRefusedException.class);
        assertThat(store.revision()).isEqualTo(revision);
        assertThat(requester(() -> needs.get(id)).need().step()).isEqualTo(NeedStep.AFGEWEZEN);
    }

    @Test
    void badInputIsRefusedWithAClearMessageAndWritesNothing() {
        NeedId id = requester(() -> needs.saveDraft(null, NeedDraft.ofQuestion("Wat kost de jeugdhulp per wijk?")));
        int mine = requester(() -> needs.mine()).size();
        long revision = store.revision();
        List<NeedDraft> bad = List.of(
                smart().toBuilder().question("x".repeat(NeedInput.MAX_QUESTION + 1)).build(),
                smart().toBuilder().periodEnd(smart().periodStart().minusDays(1)).build(),
                smart().toBuilder().neededBy(needs.today().minusDays(1)).build(),
                smart().toBuilder().candidateDatasets(List.of("wmo-meldingen", "bestaat-niet")).build(),
                NeedDraft.empty());
        for (NeedDraft draft : bad) {
            assertThatThrownBy(() -> requester(() -> needs.saveDraft(null, draft))).isInstanceOf(NeedRefusedException.class);
            assertThatThrownBy(() -> requester(() -> needs.saveDraft(id, draft))).isInstanceOf(NeedRefusedException.class);
        }
        assertThatThrownBy(() -> requester(() -> needs.saveDraft(null, bad.get(3))))
                .hasMessage("Deze datasets bestaan niet in de catalogus: bestaat-niet. Kies bestaande datasets of vink "
                        + "'nieuwe gegevens nodig' aan.");
        NeedId open = submitted();
        revision = store.revision();
        assertThatThrownBy(() -> analyst(() -> needs.linkDataset(open, "bestaat-niet")))
                .hasMessage("De dataset 'bestaat-niet' bestaat niet in de catalogus.");
        assertThatThrownBy(() -> analyst(() -> needs.linkKpi(open, "Geen KPI"))).isInstanceOf(NeedRefusedException.class);
        assertThatThrownBy(() -> analyst(() -> needs.assign(open, "iemand met spaties")))
                .isInstanceOf(NeedRefusedException.class);
        assertThatThrownBy(() -> colleague(() -> {
            needs.comment(open, "  ");
            return null;
        })).hasMessage("De opmerking is leeg.");
        assertThatThrownBy(() -> colleague(() -> {
            needs.comment(open, "x".repeat(NeedInput.MAX_COMMENT + 1));
            return null;
        })).hasMessage("De opmerking is te lang: 2001 tekens, ten hoogste 2000.");
        assertThatThrownBy(() -> colleague(() -> needs.get(new NeedId("n000000000000"))))
                .isInstanceOf(RecordNotFoundException.class);
        assertThat(store.revision()).isEqualTo(revision);
        assertThat(requester(() -> needs.mine())).hasSize(mine + 1);
        assertThat(requester(() -> needs.get(id)).need().question()).isEqualTo("Wat kost de jeugdhulp per wijk?");
    }

    @Test
    void theHistoryIsAppendOnlyTheStoreRefusesToRewriteOrRemoveAnEntry() {
        NeedId id = submitted();
        NeedEvent first = requester(() -> needs.history(id)).getFirst();
        var graphName = iris.graph(RecordKind.NEED_EVENT, first.id());
        assertThatThrownBy(() -> store.write(w -> {
            w.replaceGraph(graphName, GraphFactory.createDefaultGraph());
            return null;
        })).isInstanceOf(WriteRefusedException.class).hasMessageContaining("geschiedenis");
        assertThatThrownBy(() -> store.write(w -> {
            w.removeGraph(graphName);
            return null;
        })).isInstanceOf(WriteRefusedException.class);
        assertThat(requester(() -> needs.history(id)).getFirst()).isEqualTo(first);
    }

    @Test
    void theShapesRefuseAStoredNeedWithAStepOutsideItsListOrWithoutARequester() {
        NeedId id = submitted();
        var graphName = iris.graph(RecordKind.NEED, id.value());
        var need = iris.record(RecordKind.NEED, id.value());
        var step = org.apache.jena.graph.NodeFactory.createURI("https://w3id.org/datawijzer/def#needStep");
        var requester = org.apache.jena.graph.NodeFactory.createURI("https://w3id.org/datawijzer/def#requester");
        assertThatThrownBy(() -> store.write(w -> {
            var graph = w.graph(graphName);
            graph.remove(need, step, org.apache.jena.graph.Node.ANY);
            graph.add(need, step, org.apache.jena.graph.NodeFactory.createURI(
                    "https://w3id.org/datawijzer/vocab/publicatiestatus/gepubliceerd"));
            w.replaceGraph(graphName, graph);
            return null;
        })).isInstanceOf(WriteRefusedException.class).hasMessageContaining("Stap");
        assertThatThrownBy(() -> store.write(w -> {
            var graph = w.graph(graphName);
            graph.remove(need, requester, org.apache.jena.graph.Node.ANY);
            w.replaceGraph(graphName, graph);
            return null;
        })).isInstanceOf(WriteRefusedException.class).hasMessageContaining("Indiener");
        assertThat(requester(() -> needs.get(id)).need().requester()).isEqualTo(REQUESTER);
    }

    @Test
    void similarQuestionsFindTheSeededWmoNeedButNotTheCaseloadNeed() {
        List<SimilarNeed> similar = colleague(() -> needs.similar("Duur tussen Wmo-melding en onderzoeksverslag per wijk"));
        // Other tests file needs about Wmo waiting times too; the seeded one shares the most words with this question.
        assertThat(similar).extracting(s -> s.id().value()).startsWith(WMO_SEED).doesNotContain("n5eed00000001");
        assertThat(similar).hasSizeLessThanOrEqualTo(NeedService.SIMILAR_MAX)
                .allSatisfy(s -> assertThat(s.score()).isGreaterThanOrEqualTo(NeedService.SIMILAR_MIN_SCORE))
                .extracting(SimilarNeed::score).isSortedAccordingTo(java.util.Comparator.reverseOrder());
        assertThat(colleague(() -> needs.similar(""))).isEmpty();
        assertThat(colleague(() -> needs.check(NeedDraft.empty()))).hasSize(SmartRule.values().length);
    }
}
