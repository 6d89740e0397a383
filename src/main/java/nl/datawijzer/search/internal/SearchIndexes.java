package nl.datawijzer.search.internal;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntConsumer;
import nl.datawijzer.catalog.CatalogChangedEvent;
import nl.datawijzer.opendata.OpenDataViewChangedEvent;
import nl.datawijzer.rdf.RecordKind;
import nl.datawijzer.rdf.StoreProperties;
import nl.datawijzer.rdf.StoreRestoredEvent;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.event.EventListener;
import nl.datawijzer.rdf.RecordRef;
import nl.datawijzer.rdf.StoreChangedElsewhereEvent;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Keeps both indexes in step with the store: checked at start (after the seed) and rebuilt when missing or
 * stale, updated on every catalog change, rebuildable on demand. The public index is filled only from the
 * derived open-data view.
 */
@Component
@Order(10)
public class SearchIndexes implements ApplicationRunner, DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(SearchIndexes.class);

    private final DocumentSource source;
    private final boolean sharedStore;
    private final CatalogIndex internal;
    private final CatalogIndex open;
    /** A change the index could not follow: a clean stop must then leave it marked stale, not in step. */
    private volatile boolean missedChange;

    SearchIndexes(StoreProperties properties, DocumentSource source) {
        this.source = source;
        this.sharedStore = properties.remote().enabled();
        Path folder = properties.dataDir().resolve("index").toAbsolutePath();
        this.internal = new CatalogIndex(folder.resolve("internal"));
        this.open = new CatalogIndex(folder.resolve("public"));
    }

    public CatalogIndex internal() {
        return internal;
    }

    public CatalogIndex open() {
        return open;
    }

    @Override
    public void run(ApplicationArguments args) {
        refreshSynonyms();
        String fingerprint = source.fingerprint();
        if (!fingerprint.equals(internal.fingerprint())) {
            log.info("Search index missing or stale ({} documents); rebuilding", internal.documentCount());
            rebuildInternal(fingerprint, done -> { });
        }
        rebuildOpen();
    }

    /** Rebuilds both indexes from the store, reporting the share done (0..100). */
    public synchronized void rebuild(IntConsumer percentDone) {
        missedChange = false;
        refreshSynonyms();
        rebuildInternal(source.fingerprint(), percentDone);
        rebuildOpen();
        percentDone.accept(100);
    }

    private void rebuildInternal(String fingerprint, IntConsumer percentDone) {
        long start = System.nanoTime();
        int documents = internal.rebuild(batches -> source.all((batch, percentRead) -> {
            batches.accept(batch);
            percentDone.accept(Math.min(99, percentRead));
        }), fingerprint);
        log.info("Search index rebuilt: {} documents in {} ms", documents, (System.nanoTime() - start) / 1_000_000);
    }

    private void rebuildOpen() {
        List<SearchDocument> openData = source.openData();
        open.rebuild(batches -> batches.accept(openData), "");
    }

    private void refreshSynonyms() {
        var synonyms = DutchAnalysis.synonyms(source.synonymGroups());
        internal.useSynonyms(synonyms);
        open.useSynonyms(synonyms);
    }

    /** A committed catalog change becomes searchable before the service call that made it returns. */
    @EventListener
    public void onCatalogChange(CatalogChangedEvent event) {
        try {
            RecordKind kind = switch (event.kind()) {
                case "system" -> RecordKind.SYSTEM;
                case "dataset" -> RecordKind.DATASET;
                case "agent" -> RecordKind.AGENT;
                case "concept" -> RecordKind.CONCEPT;
                default -> null;
            };
            if (kind == null) {
                return;
            }
            List<String> groups = new ArrayList<>(List.of(event.kind() + ":" + event.slug()));
            List<SearchDocument> documents = new ArrayList<>(source.record(kind, event.slug()));
            if (kind == RecordKind.SYSTEM || kind == RecordKind.AGENT) {
                // Datasets and fields carry the system's and owner's name: refresh them too.
                for (String dataset : source.datasetsMentioning(kind, event.slug())) {
                    groups.add("dataset:" + dataset);
                    documents.addAll(source.record(RecordKind.DATASET, dataset));
                }
            }
            internal.replaceGroups(groups, documents);
            if (kind == RecordKind.CONCEPT) {
                refreshSynonyms();
            }
            // The public index follows the public store, which catalogue edits do not touch: the publication
            // workflow announces every change of the open-data view (below).
        } catch (RuntimeException e) {
            // The change itself is committed; a later rebuild (start-up check or admin) repairs the index.
            missedChange = true;
            log.error("Search index could not follow change {}; it will be rebuilt", event, e);
        }
    }

    /**
     * Another node changed records in the shared store: the internal index follows record by record, as after a change
     * made here (the public index follows the public view, which this node derives again).
     */
    @EventListener
    public void onChangesElsewhere(StoreChangedElsewhereEvent event) {
        if (event.everything()) {
            rebuild(done -> { });
            return;
        }
        for (RecordRef record : event.records()) {
            switch (record.kind()) {
                case SYSTEM, DATASET, AGENT, CONCEPT -> onCatalogChange(
                        new CatalogChangedEvent(record.kind().path(), record.slug(), CatalogChangedEvent.Change.UPDATED));
                default -> {
                }
            }
        }
    }

    /** The open-data view changed (publish, withdraw, refresh): searchable before the publishing call returns. */
    @EventListener
    public synchronized void onOpenDataViewChange(OpenDataViewChangedEvent event) {
        rebuildOpen();
    }

    /**
     * The store was replaced by a backup: both indexes are rebuilt before the restoring call returns. Runs after the
     * open-data view was rebuilt from the restored records (see PublicationKeeper), so the public index follows it.
     */
    @EventListener
    @Order(10)
    public void onRestore(StoreRestoredEvent event) {
        rebuild(done -> { });
    }

    /**
     * A clean stop records the store's revision, so the next start keeps the index; after a crash the older one is
     * left and the start-up check rebuilds it. By now the web server has stopped: no change is under way. On a store
     * shared with other nodes the store's revision may include changes this node has not followed yet, so nothing is
     * recorded and every start rebuilds.
     */
    @Override
    public void destroy() throws IOException {
        try {
            internal.commitInStep(missedChange || sharedStore ? "" : source.fingerprint());
        } catch (RuntimeException e) {
            log.warn("Search index could not record the store's revision; the next start rebuilds it", e);
        }
        internal.close();
        open.close();
    }
}
