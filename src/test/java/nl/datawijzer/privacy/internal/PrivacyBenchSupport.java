package nl.datawijzer.privacy.internal;

import java.nio.file.Path;
import java.util.List;
import java.util.function.Function;
import java.util.function.IntConsumer;
import nl.datawijzer.catalog.PageRequest;
import nl.datawijzer.privacy.DetectionSummary;
import nl.datawijzer.privacy.ReviewFilter;
import nl.datawijzer.privacy.ReviewItem;
import nl.datawijzer.privacy.detect.FieldDescription;
import nl.datawijzer.privacy.detect.FieldDetectors;
import nl.datawijzer.rdf.Iris;
import nl.datawijzer.rdf.RdfStore;

/** Gives the benchmark harness the privacy internals it measures, without widening their visibility. */
public final class PrivacyBenchSupport implements AutoCloseable {

    private final ReviewRepository review;
    private final ReviewRepository storeOnly;
    private final DetectionRepository detection;
    private final ReviewIndex index;
    private final FieldDetectors detectors = new FieldDetectors();

    /** With the review index kept in {@code indexFolder} (rebuilt by {@link #rebuildIndex} when not current). */
    public PrivacyBenchSupport(RdfStore store, Iris iris, Path indexFolder) {
        this.index = new ReviewIndex(indexFolder, store, iris);
        this.review = new ReviewRepository(store, iris, index);
        this.storeOnly = new ReviewRepository(store, iris, null);
        this.detection = new DetectionRepository(store, iris);
    }

    public void rebuildIndex() {
        index.rebuild(percent -> { });
    }

    public boolean indexReady() {
        return index.ready();
    }

    public List<ReviewItem> queuePage(ReviewFilter filter, int limit) {
        return review.queue(filter, PageRequest.first(limit)).items();
    }

    public nl.datawijzer.catalog.Page<ReviewItem> queuePage(ReviewFilter filter, int offset, int limit) {
        return review.queue(filter, new PageRequest(offset, limit, "", false));
    }

    /** The queue as the store alone answers it (what the portal does until the index follows the store). */
    public nl.datawijzer.catalog.Page<ReviewItem> queuePageFromStore(ReviewFilter filter, int offset, int limit) {
        return storeOnly.queue(filter, new PageRequest(offset, limit, "", false));
    }

    /** Records decisions as the FG would, and lets the index follow them as the service's event does. */
    public void decide(List<nl.datawijzer.privacy.ReviewDecision> decisions) {
        index.refresh(review.decide(decisions, "fg"));
    }

    public long count(ReviewFilter filter) {
        return review.count(filter);
    }

    /** As DetectionService.detectAll (which needs a signed-in FG): name rules over every field, 50 datasets a write. */
    public DetectionSummary detectAll(IntConsumer percentDone) {
        return detectAll(field -> List.of(), percentDone);
    }

    /**
     * As detectAll, with {@code samples} giving each field its sample values (as a steward's extract would), and the
     * review index following every write as it does in the portal.
     */
    public DetectionSummary detectAll(Function<FieldDescription, List<String>> samples, IntConsumer percentDone) {
        return detection.recordAll(50, fields -> fields.stream().map(f -> detectors.detect(f, samples.apply(f))).toList(),
                index::refreshConfidence, percentDone);
    }

    @Override
    public void close() throws Exception {
        index.destroy();
    }
}
