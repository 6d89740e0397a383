package nl.datawijzer.quality;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import nl.datawijzer.catalog.CatalogChangedEvent;
import nl.datawijzer.catalog.DatasetId;
import nl.datawijzer.quality.internal.QualityRepository;
import nl.datawijzer.quality.internal.QualityRepository.StoredScore;
import nl.datawijzer.rdf.StoreRestoredEvent;
import org.springframework.context.event.EventListener;
import nl.datawijzer.rdf.RecordKind;
import nl.datawijzer.rdf.StoreChangedElsewhereEvent;
import org.springframework.stereotype.Component;

/**
 * The latest score of every dataset in memory, loaded from the store on first use and refreshed after every run, so
 * pickers and lists can ask per row without a query.
 */
@Component
class ScoreCache {

    private final QualityRepository repository;
    private final Map<DatasetId, StoredScore> scores = new ConcurrentHashMap<>();
    private volatile boolean loaded;

    ScoreCache(QualityRepository repository) {
        this.repository = repository;
    }

    Map<DatasetId, StoredScore> all() {
        load();
        return Map.copyOf(scores);
    }

    Optional<StoredScore> get(DatasetId dataset) {
        load();
        return Optional.ofNullable(scores.get(dataset));
    }

    /** Reads the dataset's latest score again (after a run, or a change of its title). */
    void refresh(DatasetId dataset) {
        if (!loaded) {
            return; // the first use loads everything, this one included
        }
        repository.latestScore(dataset).ifPresentOrElse(s -> scores.put(dataset, s), () -> scores.remove(dataset));
    }

    private void load() {
        if (loaded) {
            return;
        }
        synchronized (this) {
            if (!loaded) {
                repository.latestScores().forEach(s -> scores.put(s.dataset(), s));
                loaded = true;
            }
        }
    }

    /**
     * Another node profiled or changed datasets in the shared store. A run's graph does not name its dataset, so the
     * cache is read again as a whole on next use (one query).
     */
    @EventListener
    void on(StoreChangedElsewhereEvent event) {
        if (event.touches(RecordKind.PROFILE_RUN) || event.touches(RecordKind.DATASET)) {
            synchronized (this) {
                loaded = false;
                scores.clear();
            }
        }
    }

    /** The store was replaced by a backup: the next use loads every score again. */
    @EventListener
    void on(StoreRestoredEvent event) {
        synchronized (this) {
            loaded = false;
            scores.clear();
        }
    }

    @EventListener
    void on(CatalogChangedEvent event) {
        if (!"dataset".equals(event.kind()) || !DatasetId.isValid(event.slug())) {
            return;
        }
        DatasetId dataset = new DatasetId(event.slug());
        if (event.change() == CatalogChangedEvent.Change.DELETED) {
            scores.remove(dataset);
        } else if (scores.containsKey(dataset)) {
            refresh(dataset);
        }
    }
}
