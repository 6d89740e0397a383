package nl.datawijzer.lineage;

import static org.assertj.core.api.Assertions.assertThat;

import nl.datawijzer.rdf.TdbRdfStore;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Impact analysis on the Huizen seed: what really depends on what. */
class ImpactOnSeedTest {

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

    @Test
    void aChangeToTheCaseAllocationInISamenlevingReachesTheCaseloadKpiItsDashboardAndTheNeed() {
        Impact impact = lineage.impact("dataset/casustoedeling/field/consulent-code", LineageService.UNLIMITED, false);
        Closure down = impact.downstream();

        assertThat(impact.focus().system()).isEqualTo("isamenleving");
        assertThat(down.entries()).extracting(e -> e.node().id()).contains("dataset/casustoedeling",
                "dataset/caseload-consulenten", "kpi/caseload-jeugdconsulent", "dataset/pbi-caseload-jeugd",
                "need/n5eed00000001");
        ImpactEntry kpi = down.of(NodeKind.KPI).stream()
                .filter(e -> e.node().id().equals("kpi/caseload-jeugdconsulent")).findFirst().orElseThrow();
        assertThat(kpi.norm()).isEqualTo("maximaal 200 cliënten per jeugdconsulent");
        assertThat(down.path("need/n5eed00000001")).startsWith("dataset/casustoedeling")
                .endsWith("need/n5eed00000001");
        assertThat(down.truncated()).isFalse();
    }

    @Test
    void atFieldLevelOnlyRecordedColumnLineageCountsWhereAtDatasetLevelTheWholeTableDoes() {
        Closure fields = lineage.closure("dataset/wmo-meldingen/field/datum-melding", Direction.DOWNSTREAM,
                LineageService.UNLIMITED, true);
        assertThat(fields.entries()).extracting(e -> e.node().id()).contains(
                "dataset/ggm-aanvraagwmojeugd/field/datummelding", "dataset/inzicht-doorlooptijden/field/datum-melding");
        assertThat(fields.entries()).as("the seed records no column lineage into the computed waiting time")
                .extracting(e -> e.node().id()).doesNotContain("kpi/wmo-onderzoek-binnen-6-weken",
                        "dataset/ggm-aanvraagwmojeugd/field/wet");
        assertThat(fields.path("dataset/ggm-aanvraagwmojeugd/field/datummelding")).containsExactly(
                "dataset/wmo-meldingen/field/datum-melding", "dataset/ggm-aanvraagwmojeugd/field/datummelding");

        Closure datasets = lineage.closure("dataset/wmo-meldingen/field/datum-melding", Direction.DOWNSTREAM,
                LineageService.UNLIMITED, false);
        assertThat(datasets.entries()).extracting(e -> e.node().id()).contains("dataset/ggm-aanvraagwmojeugd",
                "kpi/wmo-onderzoek-binnen-6-weken", "dataset/pbi-doorlooptijden", "need/n5eed00000002");
        assertThat(datasets.entries()).as("no fields at dataset level, but the field's own dataset first")
                .allSatisfy(e -> assertThat(e.node().kind()).isNotEqualTo(NodeKind.FIELD));
        assertThat(datasets.entries().getFirst().node().id()).isEqualTo("dataset/wmo-meldingen");
        assertThat(datasets.entries().getFirst().distance()).isZero();
    }

    @Test
    void upstreamOfTheCaseloadKpiAreTheWarehouseTableTheJobAndTheAllocationInISamenleving() {
        Closure up = lineage.closure("kpi/caseload-jeugdconsulent", Direction.UPSTREAM, 2, false);
        assertThat(up.entries()).extracting(e -> e.node().id()).contains("dataset/caseload-consulenten",
                "job/etl-zrm-caseload", "dataset/casustoedeling");
        assertThat(up.entries()).allSatisfy(e -> assertThat(e.distance()).isBetween(1, 2));
        assertThat(up.truncated()).as("the allocation has sources of its own? then more lies beyond").isEqualTo(
                !lineage.closure("kpi/caseload-jeugdconsulent", Direction.UPSTREAM, 3, false).entries().stream()
                        .allMatch(e -> e.distance() <= 2));
    }

    @Test
    void aDepthLimitKeepsOnlyTheNearNodesAndSaysThereIsMore() {
        Closure one = lineage.closure("dataset/wmo-meldingen", Direction.DOWNSTREAM, 1, false);
        Closure all = lineage.closure("dataset/wmo-meldingen", Direction.DOWNSTREAM, LineageService.UNLIMITED, false);
        assertThat(one.entries()).allSatisfy(e -> assertThat(e.distance()).isEqualTo(1));
        assertThat(all.entries().size()).isGreaterThan(one.entries().size());
        assertThat(one.truncated()).isTrue();
        assertThat(all.entries()).filteredOn(e -> e.distance() == 1).hasSameSizeAs(one.entries());
    }

    @Test
    void theCsvIsForDutchExcelWithEveryNodeItsDistanceNormAndPath() {
        String csv = new String(lineage.impactCsv("dataset/caseload-consulenten", LineageService.UNLIMITED, false),
                java.nio.charset.StandardCharsets.UTF_8);
        assertThat(csv).startsWith("\uFEFFRichting;Afstand;Soort;Naam;Id;Systeem;Persoonsgegevens;Norm;Pad\r\n");
        assertThat(csv).contains("stroomafwaarts;1;KPI;Caseload per jeugdconsulent;kpi/caseload-jeugdconsulent;;nee;"
                + "maximaal 200 cliënten per jeugdconsulent;Caseload per consulent (feitentabel) → Caseload per "
                + "jeugdconsulent\r\n");
        assertThat(csv).contains(";Dashboard;Dashboard: Caseload jeugdconsulenten;dataset/pbi-caseload-jeugd;");
        assertThat(csv).contains("stroomopwaarts;1;Verwerkingstaak;ETL ZRM en caseload;job/etl-zrm-caseload;");
        Impact impact = lineage.impact("dataset/caseload-consulenten", LineageService.UNLIMITED, false);
        assertThat(csv.split("\r\n")).hasSize(1 + impact.downstream().entries().size()
                + impact.upstream().entries().size());
    }

    @Test
    void csvCellsThatExcelWouldRunAsAFormulaAreDefused() {
        LineageGraph graph = new LineageGraph(0, java.util.List.of(
                LineageServiceAroundTest.dataset("a"),
                new LineageNode("dataset/b", NodeKind.DATASET, "=HYPERLINK(\"x\";\"y\")", null, null, false, null)),
                java.util.List.of(new LineageEdge("dataset/a", "dataset/b", EdgeKind.DERIVED, false)), java.util.Map.of());
        Impact impact = new Impact(graph.require("dataset/a"), false, 1,
                LineageService.closure(graph, "dataset/a", Direction.DOWNSTREAM, 1, false),
                LineageService.closure(graph, "dataset/a", Direction.UPSTREAM, 1, false));
        String csv = new String(ImpactCsv.of(impact), java.nio.charset.StandardCharsets.UTF_8);
        assertThat(csv).contains(";\"'=HYPERLINK(\"\"x\"\";\"\"y\"\")\";dataset/b;");
    }
}
