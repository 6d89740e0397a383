package nl.datawijzer.search.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import nl.datawijzer.rdf.Iris;
import nl.datawijzer.rdf.RdfStore;
import nl.datawijzer.rdf.RecordKind;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

@SpringBootTest
class DocumentSourceIT {

    @Autowired RdfStore store;
    @Autowired Iris iris;

    @Test
    void readingInSmallBatchesGivesTheSameDocumentsAsReadingAllAtOnce() {
        List<Integer> percents = new ArrayList<>();
        List<Integer> sizes = new ArrayList<>();
        List<SearchDocument> batched = new ArrayList<>();
        new DocumentSource(store, null, iris, 10).all((batch, percent) -> {
            batched.addAll(batch);
            sizes.add(batch.size());
            percents.add(percent);
        });
        List<SearchDocument> whole = new DocumentSource(store, null, iris, 100_000).all();

        assertThat(sizes).as("systems, terms and owners, then 63 datasets 10 at a time").hasSize(1 + 7);
        assertThat(percents).isSorted().last().isEqualTo(100);
        assertThat(batched).containsExactlyInAnyOrderElementsOf(whole);
        assertThat(whole).extracting(SearchDocument::kind).map(Enum::name)
                .contains("SYSTEM", "DATASET", "FIELD", "CONCEPT", "AGENT");
        assertThat(whole).extracting(SearchDocument::id).doesNotHaveDuplicates();
    }

    @Test
    void oneDatasetIsReadWithItsFieldsOnly() {
        SearchDocument dataset = new DocumentSource(store, null, iris).all().stream()
                .filter(d -> d.id().startsWith("dataset:")).findFirst().orElseThrow();
        String slug = dataset.id().substring("dataset:".length());
        List<SearchDocument> record = new DocumentSource(store, null, iris).record(RecordKind.DATASET, slug);
        assertThat(record).first().isEqualTo(dataset);
        assertThat(record).hasSizeGreaterThan(1).allSatisfy(d -> assertThat(d.group()).isEqualTo("dataset:" + slug));
    }
}
