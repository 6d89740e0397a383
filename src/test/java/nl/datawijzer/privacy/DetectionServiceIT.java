package nl.datawijzer.privacy;

import nl.datawijzer.catalog.AgentId;
import nl.datawijzer.catalog.DatasetDraft;
import nl.datawijzer.catalog.DatasetId;
import nl.datawijzer.catalog.SystemId;
import nl.datawijzer.rdf.Iris;
import nl.datawijzer.rdf.RdfStore;
import nl.datawijzer.rdf.RecordKind;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import nl.datawijzer.catalog.FieldDraft;
import nl.datawijzer.catalog.FieldId;
import nl.datawijzer.catalog.PageRequest;
import nl.datawijzer.privacy.detect.SampleFileException;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.annotation.DirtiesContext;

@SpringBootTest
@DirtiesContext
@WithMockUser(username = "fg", roles = {"FG", "MEDEWERKER", "BEHEERDER"})
class DetectionServiceIT {

    /** Valid under the elfproef (9*d1 + 8*d2 + ... - d9 divisible by 11); made up, nobody's number. */
    static final List<String> VALID_BSNS = List.of("111222333", "123456782", "010000008", "100000009", "999999990",
            "111111110", "222222220", "333333330", "444444440", "555555550");

    @Autowired DetectionService detection;
    @Autowired PrivacyReviewService review;
    @Autowired nl.datawijzer.catalog.DatasetService datasets;
    @Autowired RdfStore store;
    @Autowired Iris iris;

    @Test
    void detectionOverTheCatalogueAddsHintsButNeverChangesAClassificationOrItsStatus() {
        ReviewItem confirmed = review.queue(new ReviewFilter(PrivacyReviewServiceIT.SUGGESTED, null, null,
                PrivacyReviewServiceIT.BSN, null), PageRequest.first(1)).items().getFirst();
        review.decide(new ReviewDecision(confirmed.field(), confirmed.classification(), "Bevestigd voor de test."));
        Map<FieldId, String> before = snapshot();
        List<Integer> progress = new ArrayList<>();

        DetectionSummary summary = detection.detectAll(progress::add);

        assertThat(summary.fieldsChecked()).isEqualTo(before.size());
        assertThat(summary.fieldsFlagged()).isGreaterThan(50);
        assertThat(progress).isSorted().last().isEqualTo(100);
        assertThat(snapshot()).as("classification and status of every field").isEqualTo(before);
        List<ReviewItem> flagged = review.queue(new ReviewFilter(null, null, null, null, null, 0.5),
                PageRequest.first(500)).items();
        assertThat(flagged).hasSize(summary.fieldsFlagged()).allSatisfy(item -> {
            assertThat(item.detection().found()).isTrue();
            assertThat(item.detection().confidence()).isGreaterThanOrEqualTo(0.5);
            assertThat(item.detection().explanation()).isNotBlank();
        });
        assertThat(flagged).extracting(ReviewItem::technicalName).contains("bsn");
    }

    @Test
    void aSampleFileIsCheckedInMemoryAndOnlyCountsAreRecorded() {
        ReviewItem bsnField = review.queue(new ReviewFilter(null, null, null, PrivacyReviewServiceIT.BSN, null),
                PageRequest.first(500)).items().stream().filter(i -> i.technicalName().equals("bsn")).findFirst()
                .orElseThrow();
        String csv = "bsn;opmerking\n" + VALID_BSNS.stream().map(b -> b + ";geen").collect(Collectors.joining("\n"));

        detection.detectWithSample(bsnField.field().dataset(), csv.getBytes(StandardCharsets.UTF_8));

        ReviewItem after = review.queue(new ReviewFilter(null, null, bsnField.field().dataset().slug(), null, null),
                PageRequest.first(500)).items().stream().filter(i -> i.field().equals(bsnField.field())).findFirst()
                .orElseThrow();
        assertThat(after.detection().explanation()).contains("10 van 10").containsIgnoringCase("elfproef");
        assertThat(VALID_BSNS).noneMatch(value -> after.detection().explanation().contains(value));
    }

    @Test
    void aMalformedSampleIsRefusedWithLineAndColumnAndChangesNothing() {
        ReviewItem any = review.queue(ReviewFilter.ALL, PageRequest.first(1)).items().getFirst();
        Map<FieldId, String> before = snapshot();
        byte[] broken = "bsn;naam\n111222333;\"niet afgesloten\n".getBytes(StandardCharsets.UTF_8);
        assertThatThrownBy(() -> detection.detectWithSample(any.field().dataset(), broken))
                .isInstanceOf(SampleFileException.class).hasMessageContaining("Regel");
        assertThat(snapshot()).isEqualTo(before);
    }

    @Test
    void twoFieldsWithTheSameTechnicalNameBothGetTheirHints() {
        ReviewItem any = review.queue(ReviewFilter.ALL, PageRequest.first(1)).items().getFirst();
        for (String slug : List.of("kopie-een", "kopie-twee")) {
            datasets.createField(any.field().dataset(), new FieldDraft(slug, "Kopie " + slug, "burgerservicenummer",
                    "Overgenomen kolom.", "http://www.w3.org/2001/XMLSchema#string", false, List.of(),
                    PrivacyReviewServiceIT.INTERNAL, null));
        }
        detection.detectAll(p -> { });
        List<ReviewItem> copies = review.queue(new ReviewFilter(null, null, any.field().dataset().slug(), null,
                "burgerservicenummer"), PageRequest.first(50)).items();
        assertThat(copies).hasSize(2).allSatisfy(item -> assertThat(item.detection().categories())
                .extracting(l -> l.iri()).contains(PrivacyReviewServiceIT.BSN));
    }

    @Test
    void aDatasetWithDetectionResultsCanBeDeletedAndTakesThemAlong() {
        DatasetId id = new DatasetId("proef-detectie");
        datasets.create(new DatasetDraft(id.slug(), "Proef detectie", "Voor de test.", new SystemId("zaaksysteem"),
                new AgentId("team-informatiemanagement-bi"), new AgentId("datawarehouse-beheerder"),
                List.of("http://publications.europa.eu/resource/authority/data-theme/GOVE"),
                "http://publications.europa.eu/resource/authority/frequency/ANNUAL",
                "http://publications.europa.eu/resource/authority/access-right/NON_PUBLIC", List.of(), null, List.of()));
        datasets.createField(id, new FieldDraft("bsn", "BSN", "bsn", "Burgerservicenummer.",
                "http://www.w3.org/2001/XMLSchema#string", false, List.of(), PrivacyReviewServiceIT.INTERNAL, null));
        detection.detectWithSample(id, ("bsn\n" + String.join("\n", VALID_BSNS)).getBytes(StandardCharsets.UTF_8));
        assertThat((boolean) store.read(r -> r.containsGraph(iris.graph(RecordKind.DETECTION, id.slug())))).isTrue();

        datasets.delete(id);

        assertThat((boolean) store.read(r -> r.containsGraph(iris.graph(RecordKind.DETECTION, id.slug()))))
                .as("no hints left about fields that are gone").isFalse();
    }

    @Test
    @WithMockUser(roles = "MEDEWERKER")
    void staffCannotRunDetection() {
        assertThatThrownBy(() -> detection.detectAll(p -> { })).isInstanceOf(AccessDeniedException.class);
    }

    /** Every field's classification, status and detection hints as text, to compare before and after. */
    private Map<FieldId, String> snapshot() {
        List<ReviewItem> all = new ArrayList<>();
        long total = review.queue(ReviewFilter.ALL, PageRequest.first(1)).total();
        for (int offset = 0; offset < total; offset += 500) {
            all.addAll(review.queue(ReviewFilter.ALL, new PageRequest(offset, 500, "", false)).items());
        }
        return all.stream().collect(Collectors.toMap(ReviewItem::field,
                (Function<ReviewItem, String>) i -> i.classification() + " " + i.status().iri()));
    }
}
