package nl.datawijzer.privacy.internal;

import java.util.List;
import java.util.function.IntConsumer;
import nl.datawijzer.catalog.PageRequest;
import nl.datawijzer.privacy.DetectionSummary;
import nl.datawijzer.privacy.ReviewFilter;
import nl.datawijzer.privacy.ReviewItem;
import nl.datawijzer.privacy.detect.FieldDetectors;
import nl.datawijzer.rdf.Iris;
import nl.datawijzer.rdf.RdfStore;

/** Gives the benchmark harness the privacy internals it measures, without widening their visibility. */
public final class PrivacyBenchSupport {

    private final ReviewRepository review;
    private final DetectionRepository detection;
    private final FieldDetectors detectors = new FieldDetectors();

    public PrivacyBenchSupport(RdfStore store, Iris iris) {
        this.review = new ReviewRepository(store, iris);
        this.detection = new DetectionRepository(store, iris);
    }

    public List<ReviewItem> queuePage(ReviewFilter filter, int limit) {
        return review.queue(filter, PageRequest.first(limit)).items();
    }

    /** As DetectionService.detectAll (which needs a signed-in FG): name rules over every field, 50 datasets a write. */
    public DetectionSummary detectAll(IntConsumer percentDone) {
        return detection.recordAll(50, fields -> fields.stream().map(detectors::detect).toList(), datasets -> { },
                percentDone);
    }
}
