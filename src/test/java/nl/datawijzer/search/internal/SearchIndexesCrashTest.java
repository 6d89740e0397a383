package nl.datawijzer.search.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import nl.datawijzer.catalog.CatalogChangedEvent;
import nl.datawijzer.rdf.RecordKind;
import nl.datawijzer.rdf.StoreProperties;
import nl.datawijzer.search.SearchHit;
import nl.datawijzer.search.SearchKind;
import nl.datawijzer.search.SearchRequest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What the start-up check finds after the process died: a search index must never claim a store revision whose changes
 * it does not hold. The "disk after a kill" is a copy of the index folder taken while the index is still open, without
 * its lock: exactly the committed state Lucene reopens after SIGKILL.
 */
class SearchIndexesCrashTest {

    @TempDir Path running;
    @TempDir Path afterCrash;

    @Test
    void aChangeWhoseEventIsOvertakenIsNotLostWhenTheProcessDiesBeforeItsEvent() throws IOException {
        Catalog store = new Catalog();
        store.commit("archief");
        SearchIndexes indexes = new SearchIndexes(properties(running), store);
        indexes.run(null);

        // Two writers commit one after the other; the second one's event is handled first, then the process is killed.
        store.commit("burgerzaken");
        store.commit("cliëntvolgsysteem");
        indexes.onCatalogChange(new CatalogChangedEvent("system", "cliëntvolgsysteem", CatalogChangedEvent.Change.CREATED));
        copyWithoutLock(running.resolve("index"), afterCrash.resolve("index"));
        indexes.destroy();

        SearchIndexes restarted = new SearchIndexes(properties(afterCrash), store);
        try {
            restarted.run(null);
            assertThat(ids(restarted)).containsExactlyInAnyOrder("system:archief", "system:burgerzaken",
                    "system:cliëntvolgsysteem");
        } finally {
            restarted.destroy();
        }
    }

    @Test
    void aCleanStopKeepsTheIndexWithEveryChangeAndTheStartDoesNotRebuild() throws IOException {
        Catalog store = new Catalog();
        store.commit("archief");
        SearchIndexes indexes = new SearchIndexes(properties(running), store);
        indexes.run(null);
        store.commit("burgerzaken");
        indexes.onCatalogChange(new CatalogChangedEvent("system", "burgerzaken", CatalogChangedEvent.Change.CREATED));
        indexes.destroy();

        SearchIndexes restarted = new SearchIndexes(properties(running), store);
        try {
            assertThat(restarted.internal().fingerprint()).as("in step: no rebuild at start").isEqualTo(store.fingerprint());
            restarted.run(null);
            assertThat(store.fullReads).isEqualTo(1);
            assertThat(ids(restarted)).containsExactlyInAnyOrder("system:archief", "system:burgerzaken");
        } finally {
            restarted.destroy();
        }
    }

    @Test
    void aChangeTheIndexCouldNotFollowIsRebuiltAfterACleanStop() throws IOException {
        Catalog store = new Catalog();
        store.commit("archief");
        SearchIndexes indexes = new SearchIndexes(properties(running), store);
        indexes.run(null);
        store.commit("burgerzaken");
        store.unreadable = true;
        indexes.onCatalogChange(new CatalogChangedEvent("system", "burgerzaken", CatalogChangedEvent.Change.CREATED));
        store.unreadable = false;
        indexes.destroy();

        SearchIndexes restarted = new SearchIndexes(properties(running), store);
        try {
            restarted.run(null);
            assertThat(ids(restarted)).containsExactlyInAnyOrder("system:archief", "system:burgerzaken");
        } finally {
            restarted.destroy();
        }
    }

    private static List<String> ids(SearchIndexes indexes) {
        return indexes.internal().search(SearchRequest.of("systeem")).hits().stream().map(SearchHit::id).toList();
    }

    private static StoreProperties properties(Path data) {
        return StoreProperties.embedded(data, "https://data.huizen.nl/id/", Duration.ofSeconds(10));
    }

    private static void copyWithoutLock(Path from, Path to) throws IOException {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path file : files.toList()) {
                Path target = to.resolve(from.relativize(file).toString());
                if (Files.isDirectory(file)) {
                    Files.createDirectories(target);
                } else if (!file.getFileName().toString().equals("write.lock")) {
                    Files.copy(file, target);
                }
            }
        }
    }

    /** The catalogue as the search index reads it: systems by slug, and a revision that every commit raises. */
    private static final class Catalog extends DocumentSource {

        private final Map<String, String> systems = new TreeMap<>();
        private long revision;
        int fullReads;
        boolean unreadable;

        Catalog() {
            super(null, null, null, 1);
        }

        void commit(String slug) {
            systems.put(slug, "Systeem " + slug);
            revision++;
        }

        @Override
        public void all(Batches batches) {
            fullReads++;
            batches.accept(systems.keySet().stream().map(this::document).toList(), 100);
        }

        @Override
        public List<SearchDocument> record(RecordKind kind, String slug) {
            if (unreadable) {
                throw new IllegalStateException("store unreachable");
            }
            return systems.containsKey(slug) ? List.of(document(slug)) : List.of();
        }

        @Override
        public List<String> datasetsMentioning(RecordKind kind, String slug) {
            return List.of();
        }

        @Override
        public List<SearchDocument> openData() {
            return List.of();
        }

        @Override
        public List<List<String>> synonymGroups() {
            return new ArrayList<>();
        }

        @Override
        public String fingerprint() {
            return "test|" + revision;
        }

        private SearchDocument document(String slug) {
            return new SearchDocument("system:" + slug, "system:" + slug, SearchKind.SYSTEM, systems.get(slug), "", "", "",
                    null, null, Map.of(), 1f);
        }
    }
}
