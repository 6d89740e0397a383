package nl.datawijzer.search.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import nl.datawijzer.search.SearchKind;
import nl.datawijzer.search.SearchRequest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CatalogIndexTest {

    @TempDir Path folder;

    @Test
    void aRebuildThatFailsHalfWayLeavesTheIndexMarkedStaleUntilAFullRebuild() throws Exception {
        try (CatalogIndex index = new CatalogIndex(folder)) {
            index.rebuild(batches -> batches.accept(List.of(document("a", "Wmo-cliënten"))), "v1");
            assertThat(index.fingerprint()).isEqualTo("v1");

            assertThatThrownBy(() -> index.rebuild(batches -> {
                batches.accept(List.of(document("b", "Jeugdhulp")));
                throw new IllegalStateException("store went away");
            }, "v2")).hasMessage("store went away");
            assertThat(index.fingerprint()).as("the start-up check must rebuild it").isEmpty();

            index.replaceGroups(List.of("b"), List.of(document("b", "Jeugdhulp")));
            index.commitInStep("v3");
            assertThat(index.fingerprint()).as("a single change does not make a partial index whole").isEmpty();

            assertThat(index.rebuild(batches -> {
                batches.accept(List.of(document("a", "Wmo-cliënten")));
                batches.accept(List.of(document("b", "Jeugdhulp")));
            }, "v4")).isEqualTo(2);
            assertThat(index.fingerprint()).isEqualTo("v4");
            assertThat(index.search(SearchRequest.of("clienten")).hits()).extracting(h -> h.id()).containsExactly("a");
        }
    }

    @Test
    void anUnknownWordGetsItsLookAlikesAndASuggestionAKnownWordDoesNot() throws Exception {
        try (CatalogIndex index = new CatalogIndex(folder)) {
            index.rebuild(batches -> batches.accept(List.of(document("a", "Caseload jeugdconsulenten"),
                    document("b", "Caseload Wmo-consulenten"), document("c", "Wachttijd jeugdzorg"))), "v1");
            var misspelt = index.search(SearchRequest.of("caseloaf jeugdzorg"));
            assertThat(misspelt.suggestion()).isEqualTo("caseload jeugdzorg");
            assertThat(misspelt.hits()).extracting(h -> h.id()).contains("a", "b", "c");
            var known = index.search(SearchRequest.of("caseload"));
            assertThat(known.suggestion()).isNull();
            assertThat(known.hits()).extracting(h -> h.id()).containsExactlyInAnyOrder("a", "b");
        }
    }

    @Test
    void aRememberedResultIsServedUntilTheIndexChanges() throws Exception {
        try (CatalogIndex index = new CatalogIndex(folder)) {
            index.rebuild(batches -> batches.accept(List.of(document("a", "Wachttijd jeugdzorg"))), "v1");
            var first = index.search(SearchRequest.of("jeugdzorg"));
            assertThat(index.search(SearchRequest.of("jeugdzorg")).hits()).isEqualTo(first.hits());
            index.replaceGroups(List.of("b"), List.of(document("b", "Jeugdzorg per wijk")));
            assertThat(index.search(SearchRequest.of("jeugdzorg")).hits()).extracting(h -> h.id())
                    .containsExactlyInAnyOrder("a", "b");
        }
    }

    private static SearchDocument document(String id, String title) {
        return new SearchDocument(id, id, SearchKind.DATASET, title, "", "", "", null, null, Map.of(), 1f);
    }
}
