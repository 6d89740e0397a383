package nl.datawijzer.privacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import nl.datawijzer.catalog.DatasetService;
import nl.datawijzer.catalog.FieldId;
import nl.datawijzer.catalog.PageRequest;
import nl.datawijzer.rdf.Iris;
import nl.datawijzer.rdf.RdfStore;
import nl.datawijzer.rdf.RecordKind;
import nl.datawijzer.rdf.WriteRefusedException;
import org.apache.jena.sparql.graph.GraphFactory;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.annotation.DirtiesContext;

@SpringBootTest
@DirtiesContext
@WithMockUser(username = "fg.huizen", roles = {"FG", "MEDEWERKER", "BEHEERDER"})
class PrivacyReviewServiceIT {

    static final String VOCAB = "https://w3id.org/datawijzer/vocab/";
    static final String SUGGESTED = VOCAB + "beoordeling/voorgesteld";
    static final String BSN = VOCAB + "persoonsgegevens/nationaal-identificatienummer";
    static final String NAW = VOCAB + "persoonsgegevens/naw";
    static final String CONFIDENTIAL = VOCAB + "vertrouwelijkheid/vertrouwelijk";
    static final String INTERNAL = VOCAB + "vertrouwelijkheid/intern";

    @Autowired PrivacyReviewService review;
    @Autowired DatasetService datasets;
    @Autowired RdfStore store;
    @Autowired Iris iris;

    @Test
    void theFgConfirmsASuggestedBsnFieldAndTheHistoryRecordsWhoWhenFromToAndWhy() {
        ReviewItem item = firstSuggested(BSN);
        review.decide(new ReviewDecision(item.field(), item.classification(), "BSN nodig voor de uitvoering van de Wmo."));

        ReviewItem after = find(item.field());
        assertThat(after.status().label()).isEqualTo("Bevestigd");
        List<DecisionRecord> history = review.history(item.field());
        assertThat(history).hasSize(1);
        DecisionRecord record = history.getFirst();
        assertThat(record.decidedBy()).isEqualTo("fg.huizen");
        assertThat(record.previousStatus().iri()).isEqualTo(SUGGESTED);
        assertThat(record.newStatus().label()).isEqualTo("Bevestigd");
        assertThat(record.newCategories()).extracting(c -> c.iri()).containsExactly(BSN);
        assertThat(record.rationale()).isEqualTo("BSN nodig voor de uitvoering van de Wmo.");
        assertThat(record.at()).isNotNull();
    }

    @Test
    void changingOrRejectingIsRecordedAsSuchAndNewestComesFirst() {
        ReviewItem item = firstSuggested(NAW);
        Classification stricter = new Classification(true, List.of(NAW), CONFIDENTIAL, null);
        review.decide(new ReviewDecision(item.field(), stricter, "Adres in combinatie met zorg: vertrouwelijk."));
        assertThat(find(item.field()).status().label()).isEqualTo("Gewijzigd");

        review.decide(new ReviewDecision(item.field(), new Classification(false, List.of(), INTERNAL, null),
                "Het veld bevat alleen de naam van de wijk, geen persoonsgegevens."));
        ReviewItem rejected = find(item.field());
        assertThat(rejected.status().label()).isEqualTo("Afgewezen");
        assertThat(rejected.personalData()).isFalse();
        assertThat(review.history(item.field())).extracting(r -> r.newStatus().label())
                .containsExactly("Afgewezen", "Gewijzigd");
    }

    @Test
    @WithMockUser(username = "beheerder", roles = {"BEHEERDER", "MEDEWERKER"})
    void onlyTheFgDecides() {
        FieldId any = new FieldId(new nl.datawijzer.catalog.DatasetId("x"), "y");
        assertThatThrownBy(() -> review.decide(new ReviewDecision(any,
                new Classification(false, List.of(), INTERNAL, null), "mag niet"))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> review.queue(ReviewFilter.ALL, PageRequest.first(10)))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void aBulkDecisionIsAllOrNothing() {
        List<ReviewItem> bsn = review.queue(new ReviewFilter(SUGGESTED, null, null, BSN, null), PageRequest.first(2)).items();
        assertThat(bsn).hasSize(2);
        ReviewDecision fine = new ReviewDecision(bsn.get(0).field(), bsn.get(0).classification(), "Klopt.");
        ReviewDecision withoutLaw = new ReviewDecision(bsn.get(1).field(),
                new Classification(true, List.of(BSN), CONFIDENTIAL, null), "Grondslag vergeten.");

        assertThatThrownBy(() -> review.decideAll(List.of(fine, withoutLaw))).isInstanceOf(WriteRefusedException.class);
        assertThat(find(bsn.get(0).field()).status().iri()).isEqualTo(SUGGESTED);
        assertThat(review.history(bsn.get(0).field())).isEmpty();
        assertThatThrownBy(() -> review.decideAll(List.of(fine, fine))).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void historyCannotBeRewrittenOrRemovedEvenBelowTheServices() {
        ReviewItem item = firstSuggested(NAW);
        review.decide(new ReviewDecision(item.field(), item.classification(), "Bevestigd na controle."));
        String decision = review.history(item.field()).getFirst().id();
        var graphName = iris.graph(RecordKind.DECISION, decision);

        assertThatThrownBy(() -> store.write(w -> {
            w.removeGraph(graphName);
            return null;
        })).isInstanceOf(WriteRefusedException.class).hasMessageContaining("geschiedenis");
        assertThatThrownBy(() -> store.write(w -> {
            w.replaceGraph(graphName, GraphFactory.createDefaultGraph());
            return null;
        })).isInstanceOf(WriteRefusedException.class);
        assertThat(review.history(item.field())).hasSize(1);
    }

    @Test
    void aFieldWithHistoryCanStillBeDeletedAndItsHistoryStays() {
        ReviewItem item = firstSuggested(NAW);
        review.decide(new ReviewDecision(item.field(), item.classification(), "Bevestigd."));
        datasets.deleteField(item.field());
        assertThat(review.history(item.field())).hasSize(1);
    }

    @Test
    void theQueueFiltersByStatusCategoryAndText() {
        var suggestedBsn = review.queue(new ReviewFilter(SUGGESTED, null, null, BSN, null), PageRequest.first(50));
        assertThat(suggestedBsn.items()).isNotEmpty().allSatisfy(i -> {
            assertThat(i.status().iri()).isEqualTo(SUGGESTED);
            assertThat(i.categories()).extracting(c -> c.iri()).contains(BSN);
        });
        var all = review.queue(ReviewFilter.ALL, PageRequest.first(5));
        assertThat(all.total()).isGreaterThan(suggestedBsn.total());
        var text = review.queue(new ReviewFilter(null, null, null, null, "bsn"), PageRequest.first(50));
        assertThat(text.items()).isNotEmpty().allSatisfy(i -> assertThat(
                (i.title() + i.technicalName() + i.datasetTitle() + i.systemTitle()).toLowerCase()).contains("bsn"));
    }

    @Test
    void theOverviewSumsEveryFieldPerSystemAndDatasetsShowTheirHighestClassification() {
        List<PrivacyProfile> overview = review.overview();
        long fields = review.queue(ReviewFilter.ALL, PageRequest.first(1)).total();
        assertThat(overview.stream().mapToInt(PrivacyProfile::fields).sum()).isEqualTo((int) fields);
        long bsnFields = review.queue(new ReviewFilter(null, null, null, BSN, null), PageRequest.first(1)).total();
        assertThat(overview.stream().mapToInt(PrivacyProfile::bsnFields).sum()).isEqualTo((int) bsnFields).isPositive();
        assertThat(overview).filteredOn(p -> p.bsnFields() > 0).isNotEmpty().allSatisfy(p -> {
            assertThat(p.highestConfidentiality()).isNotNull();
            assertThat(p.highestConfidentiality().label()).isIn("Vertrouwelijk", "Confidentieel", "Geheim", "Zeer geheim");
            assertThat(p.personalFields()).isGreaterThanOrEqualTo(p.bsnFields());
        });
        assertThat(overview).extracting(PrivacyProfile::bsnWithoutLegalBasis).containsOnly(0);

        ReviewItem bsn = firstSuggested(BSN);
        PrivacyProfile dataset = review.dataset(bsn.field().dataset());
        assertThat(dataset.bsnFields()).isPositive();
        assertThat(dataset.highestConfidentiality().label()).isIn("Vertrouwelijk", "Confidentieel", "Geheim", "Zeer geheim");
        assertThat(dataset.fields()).isLessThan((int) fields);
    }

    private ReviewItem firstSuggested(String category) {
        // Each test takes a field nobody decided on yet, so the tests do not depend on their order.
        return review.queue(new ReviewFilter(SUGGESTED, null, null, category, null), PageRequest.first(1)).items().getFirst();
    }

    private ReviewItem find(FieldId field) {
        return review.queue(new ReviewFilter(null, null, field.dataset().slug(), null, null), PageRequest.first(500))
                .items().stream().filter(i -> i.field().equals(field)).findFirst().orElseThrow();
    }
}
