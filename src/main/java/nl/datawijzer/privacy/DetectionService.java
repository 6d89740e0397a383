package nl.datawijzer.privacy;

import java.util.List;
import java.util.function.IntConsumer;
import nl.datawijzer.catalog.CatalogChangedEvent;
import nl.datawijzer.catalog.DatasetId;
import nl.datawijzer.privacy.detect.FieldDetection;
import nl.datawijzer.privacy.detect.FieldDetectors;
import nl.datawijzer.privacy.detect.SampleFile;
import nl.datawijzer.privacy.internal.DetectionRepository;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/**
 * Runs the privacy detectors and records their confident suggestions on the fields as hints for the privacy
 * officer. A field's classification and status are never changed by detection: a confirmed classification stays
 * exactly as the FG decided, a suggested one waits for the FG's decision.
 */
@Service
public class DetectionService {

    /** Datasets per write transaction: each write stays short and a failure loses at most one batch of hints. */
    static final int DATASETS_PER_WRITE = 50;

    private final DetectionRepository repository;
    private final FieldDetectors detectors;
    private final ApplicationEventPublisher events;

    DetectionService(DetectionRepository repository, FieldDetectors detectors, ApplicationEventPublisher events) {
        this.repository = repository;
        this.detectors = detectors;
        this.events = events;
    }

    /** Name, title and description rules over every field of the catalogue; reports the share done (0..100). */
    @PreAuthorize("hasAnyRole('FG', 'ADMIN')")
    public DetectionSummary detectAll(IntConsumer percentDone) {
        return repository.recordAll(DATASETS_PER_WRITE, fields -> fields.stream().map(detectors::detect).toList(),
                datasets -> events.publishEvent(new DetectionRecordedEvent(datasets)), percentDone);
    }

    /**
     * A sample extract (CSV) of one dataset: its values are checked in memory and forgotten; only the rules that
     * fired and counts ("9 van 10 voorbeeldwaarden ...") are recorded. A malformed file is refused with its line and
     * column ({@link nl.datawijzer.privacy.detect.SampleFileException}) before anything is written.
     */
    @PreAuthorize("hasAnyRole('BEHEERDER', 'FG')")
    public DetectionSummary detectWithSample(DatasetId dataset, byte[] csv) {
        SampleFile sample = SampleFile.parse(csv);
        DetectionSummary summary = repository.record(List.of(dataset.slug()),
                fields -> detectors.detect(fields, sample).fields().stream().map(FieldDetection::suggestions).toList());
        events.publishEvent(new DetectionRecordedEvent(List.of(dataset.slug())));
        return summary;
    }

    /** A deleted dataset takes its detection results along (they must not block the deletion itself). */
    @EventListener
    void onCatalogChange(CatalogChangedEvent event) {
        if ("dataset".equals(event.kind()) && event.change() == CatalogChangedEvent.Change.DELETED) {
            repository.forget(event.slug());
        }
    }
}
