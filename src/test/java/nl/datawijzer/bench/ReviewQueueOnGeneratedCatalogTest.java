package nl.datawijzer.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import nl.datawijzer.catalog.Page;
import nl.datawijzer.privacy.Classification;
import nl.datawijzer.privacy.ReviewDecision;
import nl.datawijzer.privacy.ReviewFilter;
import nl.datawijzer.privacy.ReviewItem;
import nl.datawijzer.privacy.internal.PrivacyBenchSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * On a generated catalog (scale S), the review queue served by the review index shows exactly what the store alone
 * shows, for every kind of filter and page, also after a detection run and after decisions.
 */
class ReviewQueueOnGeneratedCatalogTest {

    private static final String VOCAB = "https://w3id.org/datawijzer/vocab/";
    private static final String SUGGESTED = VOCAB + "beoordeling/voorgesteld";
    private static final String CONFIRMED = VOCAB + "beoordeling/bevestigd";

    @TempDir Path work;

    @Test
    void theIndexedQueueEqualsTheStoreQueueForEveryFilterAndFollowsChanges() throws Exception {
        BenchContext ctx = new BenchContext(Scale.S, 11, work, 500, false);
        try (GeneratedCatalogStore generated = GeneratedCatalogStore.load(ctx, 11);
                PrivacyBenchSupport queue = new PrivacyBenchSupport(generated.store(), ctx.iris(), work.resolve("review"))) {
            assertThat(queue.indexReady()).as("a new index does not follow the store yet").isFalse();
            queue.rebuildIndex();
            assertThat(queue.indexReady()).isTrue();

            assertSameQueue(queue, filters(queue));

            queue.detectAll(field -> List.of(), percent -> { });
            List<ReviewFilter> afterDetection = new ArrayList<>(filters(queue));
            afterDetection.add(new ReviewFilter(null, null, null, null, null, 0.5));
            afterDetection.add(new ReviewFilter(SUGGESTED, null, null, null, null, 0.8));
            assertThat(queue.count(afterDetection.get(afterDetection.size() - 2))).as("detection flags fields").isPositive();
            assertSameQueue(queue, afterDetection);

            List<ReviewItem> suggested = queue.queuePage(new ReviewFilter(SUGGESTED, null, null, null, null), 5);
            queue.decide(suggested.stream().map(item -> new ReviewDecision(item.field(), new Classification(
                    item.personalData(), item.categories().stream().map(l -> l.iri()).toList(),
                    item.confidentiality().iri(), item.legalGround()), "Klopt.")).toList());
            assertThat(queue.queuePage(new ReviewFilter(SUGGESTED, null, null, null, null), 50))
                    .as("decided fields leave the suggestions at once").doesNotContainAnyElementsOf(suggested);
            assertSameQueue(queue, afterDetection);
        }
    }

    /** Filters of every kind, with values taken from the generated catalog itself. */
    private static List<ReviewFilter> filters(PrivacyBenchSupport queue) {
        List<ReviewItem> sample = queue.queuePageFromStore(ReviewFilter.ALL, 0, 100).items();
        ReviewItem personal = sample.stream().filter(i -> !i.categories().isEmpty()).findFirst().orElseThrow();
        ReviewItem any = sample.get(sample.size() / 2);
        String word = any.technicalName().replaceAll("[^A-Za-z0-9].*", "");
        return List.of(ReviewFilter.ALL,
                new ReviewFilter(SUGGESTED, null, null, null, null),
                new ReviewFilter(CONFIRMED, null, null, null, null),
                new ReviewFilter(null, any.systemTitle(), null, null, null),
                new ReviewFilter(null, null, any.field().dataset().slug(), null, null),
                new ReviewFilter(null, null, null, personal.categories().getFirst().iri(), null),
                new ReviewFilter(null, null, null, null, word),
                new ReviewFilter(null, null, null, null, word.substring(1).toUpperCase()),
                new ReviewFilter(SUGGESTED, any.systemTitle(), null, personal.categories().getFirst().iri(), null),
                new ReviewFilter(null, "Bestaat niet", null, null, null));
    }

    private static void assertSameQueue(PrivacyBenchSupport queue, List<ReviewFilter> filters) {
        for (ReviewFilter filter : filters) {
            for (int offset : new int[] {0, 1_000}) {
                Page<ReviewItem> fromIndex = queue.queuePage(filter, offset, 50);
                Page<ReviewItem> fromStore = queue.queuePageFromStore(filter, offset, 50);
                assertThat(fromIndex.total()).as("count for %s", filter).isEqualTo(fromStore.total());
                assertThat(fromIndex.items()).as("page at %d for %s", offset, filter).isEqualTo(fromStore.items());
                assertThat(queue.count(filter)).isEqualTo(fromStore.total());
            }
        }
    }
}
