package nl.datawijzer.lineage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import nl.datawijzer.rdf.TdbRdfStore;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The neighbourhood of a record on the Huizen seed, as the picture asks for it. */
class LineageServiceAroundTest {

    private static TdbRdfStore store;
    private static LineageService lineage;

    @BeforeAll
    static void load() {
        store = SeedLineage.store();
        lineage = SeedLineage.service(store);
    }

    @AfterAll
    static void close() {
        store.close();
    }

    private static Set<String> ids(LineageView view) {
        return view.nodes().stream().map(LineageNode::id).collect(Collectors.toSet());
    }

    private static boolean hasEdge(LineageView view, String from, String to, EdgeKind kind) {
        return view.edges().contains(new LineageEdge(from, to, kind, view.nodes().stream()
                .filter(n -> n.id().equals(from)).findFirst().orElseThrow().personalData()));
    }

    @Test
    void oneStepDownstreamOfTheCaseloadTableShowsItsKpiAndTheNeedItAnswers() {
        LineageView view = lineage.around("dataset/caseload-consulenten", Direction.DOWNSTREAM, 1, false);

        assertThat(ids(view)).contains("dataset/caseload-consulenten", "kpi/caseload-jeugdconsulent",
                "need/n5eed00000001");
        assertThat(ids(view)).as("the dashboard page is built on the table itself").contains("dataset/pbi-caseload-jeugd");
        assertThat(ids(view)).as("the allocation it is made from lies upstream").doesNotContain("dataset/casustoedeling");
        assertThat(hasEdge(view, "dataset/caseload-consulenten", "kpi/caseload-jeugdconsulent", EdgeKind.MEASURED))
                .isTrue();
        assertThat(hasEdge(view, "kpi/caseload-jeugdconsulent", "need/n5eed00000001", EdgeKind.ANSWERS)).isTrue();
        assertThat(view.nodes()).noneMatch(n -> n.kind() == NodeKind.FIELD);
    }

    @Test
    void nodesCarryTitleSystemPersonalDataAndTheirPage() {
        LineageView view = lineage.around("dataset/caseload-consulenten", Direction.UPSTREAM, 2, false);
        LineageNode table = node(view, "dataset/caseload-consulenten");
        assertThat(table.kind()).isEqualTo(NodeKind.DATASET);
        assertThat(table.system()).isEqualTo("datawarehouse-sociaal-domein");
        assertThat(table.systemLabel()).isNotBlank();
        assertThat(table.personalData()).as("the consultant's code is personal data").isTrue();
        assertThat(table.path()).isEqualTo("datasets/caseload-consulenten");
        assertThat(table.label()).isEqualTo("Caseload per consulent (feitentabel)");

        LineageNode job = node(view, "job/etl-zrm-caseload");
        assertThat(job.kind()).isEqualTo(NodeKind.JOB);
        assertThat(job.system()).isEqualTo("etl-platform");
        assertThat(job.path()).isNull();
        assertThat(ids(view)).as("the job reads the allocation, two steps up").contains("dataset/casustoedeling");
        assertThat(hasEdge(view, "job/etl-zrm-caseload", "dataset/caseload-consulenten", EdgeKind.GENERATED)).isTrue();
        assertThat(hasEdge(view, "dataset/casustoedeling", "job/etl-zrm-caseload", EdgeKind.USED)).isTrue();
        assertThat(hasEdge(view, "dataset/casustoedeling", "dataset/caseload-consulenten", EdgeKind.DERIVED)).isTrue();
        assertThat(view.edges()).as("edges point downstream: nothing leaves the focus upstream")
                .noneMatch(e -> e.from().equals("dataset/caseload-consulenten") && !ids(view).contains(e.to()));
    }

    @Test
    void needNodesLinkToTheNeedPage() {
        LineageView view = lineage.around("need/n5eed00000001", Direction.UPSTREAM, 1, false);
        assertThat(node(view, "need/n5eed00000001").path()).isEqualTo("behoeften/n5eed00000001");
        assertThat(node(view, "need/n5eed00000001").kind()).isEqualTo(NodeKind.NEED);
        assertThat(ids(view)).contains("kpi/caseload-jeugdconsulent", "dataset/caseload-consulenten");
    }

    @Test
    void fieldLevelShowsTheFieldsOfEveryDatasetShownAndTheFieldDerivations() {
        LineageView view = lineage.around("dataset/caseload-consulenten", Direction.UPSTREAM, 1, true);
        assertThat(ids(view)).contains("dataset/caseload-consulenten/field/consulent-code",
                "dataset/casustoedeling/field/consulent-code", "dataset/casustoedeling");
        assertThat(hasEdge(view, "dataset/casustoedeling/field/consulent-code",
                "dataset/caseload-consulenten/field/consulent-code", EdgeKind.DERIVED)).isTrue();
        assertThat(hasEdge(view, "dataset/caseload-consulenten", "dataset/caseload-consulenten/field/consulent-code",
                EdgeKind.CONTAINS)).isTrue();
        assertThat(view.edges()).allSatisfy(e -> assertThat(ids(view)).contains(e.from(), e.to()));
    }

    @Test
    void datasetLevelLiftsFieldDerivationsToTheirDatasets() {
        // A graph where only fields are linked: the datasets are linked at dataset level all the same.
        LineageGraph graph = new LineageGraph(0, List.of(dataset("a"), dataset("b"), field("a", "x"), field("b", "y")),
                List.of(new LineageEdge("dataset/a", "dataset/a/field/x", EdgeKind.CONTAINS, false),
                        new LineageEdge("dataset/b", "dataset/b/field/y", EdgeKind.CONTAINS, false),
                        new LineageEdge("dataset/a/field/x", "dataset/b/field/y", EdgeKind.DERIVED, false)),
                java.util.Map.of());
        LineageView datasets = graph.around("dataset/a", Direction.DOWNSTREAM, 5, false);
        assertThat(datasets.edges()).containsExactly(new LineageEdge("dataset/a", "dataset/b", EdgeKind.DERIVED, false));
        assertThat(ids(datasets)).containsExactlyInAnyOrder("dataset/a", "dataset/b");
        assertThat(datasets.truncated()).isFalse();

        LineageView fields = graph.around("dataset/a", Direction.DOWNSTREAM, 5, true);
        assertThat(fields.edges()).as("at field level the recorded edges only").doesNotContain(
                new LineageEdge("dataset/a", "dataset/b", EdgeKind.DERIVED, false));
        assertThat(ids(fields)).containsExactlyInAnyOrder("dataset/a", "dataset/b", "dataset/a/field/x",
                "dataset/b/field/y");
    }

    @Test
    void bothWaysIsUpstreamAndDownstreamTogetherNotEverythingConnected() {
        LineageView view = lineage.around("dataset/caseload-consulenten", Direction.BOTH, 1, false);
        assertThat(ids(view)).contains("kpi/caseload-jeugdconsulent", "job/etl-zrm-caseload", "dataset/casustoedeling");
        assertThat(ids(view)).as("another input of the same job is a sibling, not a neighbour")
                .doesNotContain("dataset/zelfredzaamheidmatrix");
    }

    @Test
    void depthZeroIsTheFocusAlone() {
        LineageView view = lineage.around("dataset/caseload-consulenten", Direction.BOTH, 0, false);
        assertThat(ids(view)).containsExactly("dataset/caseload-consulenten");
        assertThat(view.edges()).isEmpty();
        assertThat(view.truncated()).isTrue();
    }

    @Test
    void anUnknownFocusIsRefusedInDutch() {
        assertThatThrownBy(() -> lineage.around("dataset/bestaat-niet", Direction.BOTH, 1, false))
                .isInstanceOf(UnknownLineageNodeException.class).hasMessageContaining("staat niet in de herkomst");
    }

    @Test
    void aCommittedChangeIsSeenByTheNextCall() {
        LineageView before = lineage.around("dataset/casustoedeling", Direction.DOWNSTREAM, 1, false);
        store.write(writer -> {
            writer.graph(SeedLineage.IRIS.graph(nl.datawijzer.rdf.RecordKind.DATASET, "casustoedeling"));
            return null;
        });
        LineageGraph first = lineage.graph();
        lineage.on(new nl.datawijzer.catalog.CatalogChangedEvent("dataset", "casustoedeling",
                nl.datawijzer.catalog.CatalogChangedEvent.Change.UPDATED));
        assertThat(lineage.graph()).as("rebuilt after the event").isNotSameAs(first);
        assertThat(lineage.graph()).as("kept while nothing changes").isSameAs(lineage.graph());
        assertThat(lineage.around("dataset/casustoedeling", Direction.DOWNSTREAM, 1, false)).isEqualTo(before);
    }

    static LineageNode node(LineageView view, String id) {
        return view.nodes().stream().filter(n -> n.id().equals(id)).findFirst().orElseThrow();
    }

    static LineageNode dataset(String slug) {
        return new LineageNode("dataset/" + slug, NodeKind.DATASET, slug, "s", "S", false, "datasets/" + slug);
    }

    static LineageNode field(String dataset, String slug) {
        return new LineageNode("dataset/" + dataset + "/field/" + slug, NodeKind.FIELD, slug, "s", "S", false,
                "datasets/" + dataset);
    }
}
