package nl.datawijzer.lineage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import nl.datawijzer.catalog.CatalogChangedEvent;
import nl.datawijzer.catalog.RecordNotFoundException;
import nl.datawijzer.lineage.internal.LinkWriter;
import nl.datawijzer.rdf.RecordKind;
import nl.datawijzer.rdf.TdbRdfStore;
import nl.datawijzer.rdf.WriteRefusedException;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/** Stewards editing lineage links on the Huizen seed: what is written, and every refusal writing nothing. */
class LineageEditServiceTest {

    private TdbRdfStore store;
    private LineageService lineage;
    private LineageEditService edit;
    private final List<Object> events = new ArrayList<>();

    @BeforeEach
    void load() {
        store = SeedLineage.store();
        lineage = SeedLineage.service(store);
        edit = new LineageEditService(new LinkWriter(store, SeedLineage.IRIS), events::add);
    }

    @AfterEach
    void close() {
        store.close();
    }

    private Graph datasetGraph(String slug) {
        Node name = SeedLineage.IRIS.graph(RecordKind.DATASET, slug);
        return store.read(reader -> reader.graph(name));
    }

    private boolean downstream(String from, String to, boolean fields) {
        return lineage.closure(from, Direction.DOWNSTREAM, 1, fields).entries().stream()
                .anyMatch(e -> e.node().id().equals(to));
    }

    /** The refusal happens, and neither the store's revision nor the graphs of the records involved changed. */
    private void refusedWithoutWriting(Executable action, Class<? extends Throwable> type, String message,
            String... datasets) {
        long revision = store.revision();
        List<Graph> before = java.util.Arrays.stream(datasets).map(this::datasetGraph).toList();
        Throwable thrown = org.junit.jupiter.api.Assertions.assertThrows(type, action);
        assertThat(thrown).hasMessageContaining(message);
        assertThat(store.revision()).as("nothing committed").isEqualTo(revision);
        for (int i = 0; i < datasets.length; i++) {
            assertThat(datasetGraph(datasets[i]).isIsomorphicWith(before.get(i))).as(datasets[i]).isTrue();
        }
        assertThat(events).as("no change announced").isEmpty();
    }

    @Test
    void aStewardLinksTwoDatasetsAndTheLineageShowsItAtOnce() {
        assertThat(downstream("dataset/dim-wijk", "dataset/casustoedeling", false)).isFalse();
        long revision = store.revision();

        assertThat(edit.addDerivation("dataset/casustoedeling", "dataset/dim-wijk")).isTrue();

        assertThat(store.revision()).isGreaterThan(revision);
        assertThat(events).containsExactly(new CatalogChangedEvent("dataset", "casustoedeling",
                CatalogChangedEvent.Change.UPDATED));
        lineage.on((CatalogChangedEvent) events.getFirst());
        assertThat(downstream("dataset/dim-wijk", "dataset/casustoedeling", false)).isTrue();

        assertThat(edit.removeDerivation("dataset/casustoedeling", "dataset/dim-wijk")).isTrue();
        assertThat(downstream("dataset/dim-wijk", "dataset/casustoedeling", false)).isFalse();
    }

    @Test
    void aStewardLinksTwoFields() {
        assertThat(edit.addDerivation("dataset/caseload-consulenten/field/aantal-actieve-casussen",
                "dataset/casustoedeling/field/consulent-code")).isTrue();
        assertThat(downstream("dataset/casustoedeling/field/consulent-code",
                "dataset/caseload-consulenten/field/aantal-actieve-casussen", true)).isTrue();
    }

    @Test
    void addingALinkThatExistsChangesNothing() {
        long revision = store.revision();
        Graph before = datasetGraph("caseload-consulenten");
        assertThat(edit.addDerivation("dataset/caseload-consulenten", "dataset/casustoedeling")).isFalse();
        assertThat(store.revision()).isEqualTo(revision);
        assertThat(datasetGraph("caseload-consulenten").isIsomorphicWith(before)).isTrue();
        assertThat(events).isEmpty();
    }

    @Test
    void removingALinkThatDoesNotExistChangesNothing() {
        long revision = store.revision();
        assertThat(edit.removeDerivation("dataset/casustoedeling", "dataset/dim-wijk")).isFalse();
        assertThat(store.revision()).isEqualTo(revision);
        assertThat(events).isEmpty();
    }

    @Test
    void aSelfLinkIsRefused() {
        refusedWithoutWriting(() -> edit.addDerivation("dataset/casustoedeling", "dataset/casustoedeling"),
                WriteRefusedException.class, "Een dataset kan niet van zichzelf zijn afgeleid", "casustoedeling");
        refusedWithoutWriting(() -> edit.addDerivation("dataset/casustoedeling/field/domein",
                "dataset/casustoedeling/field/domein"), WriteRefusedException.class,
                "Een veld kan niet van zichzelf zijn afgeleid", "casustoedeling");
    }

    @Test
    void aLinkBetweenAFieldAndADatasetIsRefused() {
        refusedWithoutWriting(() -> edit.addDerivation("dataset/caseload-consulenten/field/team",
                "dataset/casustoedeling"), WriteRefusedException.class, "niet een veld met een dataset",
                "caseload-consulenten", "casustoedeling");
        refusedWithoutWriting(() -> edit.addDerivation("dataset/caseload-consulenten",
                "dataset/casustoedeling/field/domein"), WriteRefusedException.class, "niet een veld met een dataset",
                "caseload-consulenten", "casustoedeling");
    }

    @Test
    void unknownRecordsAreRefused() {
        refusedWithoutWriting(() -> edit.addDerivation("dataset/casustoedeling", "dataset/bestaat-niet"),
                RecordNotFoundException.class, "Dataset 'dataset/bestaat-niet' bestaat niet", "casustoedeling");
        refusedWithoutWriting(() -> edit.addDerivation("dataset/bestaat-niet", "dataset/casustoedeling"),
                RecordNotFoundException.class, "bestaat niet", "casustoedeling");
        refusedWithoutWriting(() -> edit.addDerivation("dataset/casustoedeling/field/bestaat-niet",
                "dataset/caseload-consulenten/field/team"), RecordNotFoundException.class,
                "Veld 'dataset/casustoedeling/field/bestaat-niet' bestaat niet", "casustoedeling", "caseload-consulenten");
        refusedWithoutWriting(() -> edit.removeDerivation("dataset/casustoedeling", "dataset/bestaat-niet"),
                RecordNotFoundException.class, "bestaat niet", "casustoedeling");
        refusedWithoutWriting(() -> edit.addDerivation("kpi/caseload-jeugdconsulent", "dataset/casustoedeling"),
                IllegalArgumentException.class, "is geen dataset of veld", "casustoedeling");
        refusedWithoutWriting(() -> edit.addDerivation("dataset/Geen Slug", "dataset/casustoedeling"),
                IllegalArgumentException.class, "is geen dataset of veld", "casustoedeling");
    }

    @Test
    void aCycleOfDatasetsIsRefusedWithThePathNamed() {
        refusedWithoutWriting(() -> edit.addDerivation("dataset/casustoedeling", "dataset/caseload-consulenten"),
                WriteRefusedException.class, "Dit maakt een kring: Casustoedeling consulenten → Caseload per "
                        + "consulent (feitentabel) → Casustoedeling consulenten.",
                "casustoedeling", "caseload-consulenten");
    }

    @Test
    void aLongerCycleOfFieldsIsRefusedWithEveryStepNamed() {
        refusedWithoutWriting(() -> edit.addDerivation("dataset/casustoedeling/field/consulent-code",
                "dataset/pbi-caseload-jeugd/field/consulent-code"), WriteRefusedException.class,
                "Dit maakt een kring: Casustoedeling consulenten › Consulent → Caseload per consulent (feitentabel) › "
                        + "Consulent → Dashboard: Caseload jeugdconsulenten › Consulent → Casustoedeling consulenten › "
                        + "Consulent.",
                "casustoedeling", "pbi-caseload-jeugd");
    }

    @Test
    void aCycleThroughALinkJustAddedIsRefusedToo() {
        assertThat(edit.addDerivation("dataset/dim-wijk", "dataset/caseload-consulenten")).isTrue();
        events.clear();
        refusedWithoutWriting(() -> edit.addDerivation("dataset/casustoedeling", "dataset/dim-wijk"),
                WriteRefusedException.class, "Dit maakt een kring: Casustoedeling consulenten → Caseload per consulent "
                        + "(feitentabel) → ", "casustoedeling", "dim-wijk");
        // The same link the other way round is no cycle, only a second path.
        assertThat(edit.addDerivation("dataset/dim-wijk", "dataset/casustoedeling")).isTrue();
    }

    @Test
    void theShapesStillHaveTheLastWord() {
        // Not a lineage rule, but the write is validated as a whole: the record stays valid, its date moves.
        Graph before = datasetGraph("casustoedeling");
        edit.addDerivation("dataset/casustoedeling", "dataset/dim-wijk");
        Graph after = datasetGraph("casustoedeling");
        Node dataset = SeedLineage.IRIS.record(RecordKind.DATASET, "casustoedeling");
        Node modified = nl.datawijzer.rdf.vocab.Terms.DCT_MODIFIED;
        assertThat(after.find(dataset, modified, Node.ANY).toList()).hasSize(1)
                .isNotEqualTo(before.find(dataset, modified, Node.ANY).toList());
        assertThatThrownBy(() -> edit.addDerivation("dataset/casustoedeling", "dataset/casustoedeling"))
                .isInstanceOf(WriteRefusedException.class);
    }
}
