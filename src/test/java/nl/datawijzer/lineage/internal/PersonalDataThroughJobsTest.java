package nl.datawijzer.lineage.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.datawijzer.lineage.EdgeKind;
import nl.datawijzer.lineage.LineageEdge;
import nl.datawijzer.lineage.LineageNode;
import nl.datawijzer.lineage.NodeKind;
import org.junit.jupiter.api.Test;

class PersonalDataThroughJobsTest {

    private static LineageNode node(String id, NodeKind kind, boolean personal) {
        return new LineageNode(id, kind, id, null, null, personal, null);
    }

    @Test
    void aJobReadingPersonalDataPassesItOnToWhatItGenerates() {
        Map<String, LineageNode> nodes = new LinkedHashMap<>();
        nodes.put("dataset/clienten", node("dataset/clienten", NodeKind.DATASET, true));
        nodes.put("dataset/wijken", node("dataset/wijken", NodeKind.DATASET, false));
        nodes.put("job/etl", node("job/etl", NodeKind.JOB, false));
        nodes.put("job/wijk-etl", node("job/wijk-etl", NodeKind.JOB, false));
        nodes.put("dataset/kubus", node("dataset/kubus", NodeKind.DATASET, false));
        nodes.put("dataset/wijkkaart", node("dataset/wijkkaart", NodeKind.DATASET, false));
        List<LineageEdge> edges = new ArrayList<>(List.of(
                new LineageEdge("dataset/clienten", "job/etl", EdgeKind.USED, true),
                new LineageEdge("dataset/wijken", "job/etl", EdgeKind.USED, false),
                new LineageEdge("job/etl", "dataset/kubus", EdgeKind.GENERATED, false),
                new LineageEdge("dataset/wijken", "job/wijk-etl", EdgeKind.USED, false),
                new LineageEdge("job/wijk-etl", "dataset/wijkkaart", EdgeKind.GENERATED, false)));

        GraphReader.carryPersonalDataThroughJobs(nodes, edges);

        assertThat(nodes.get("job/etl").personalData()).isTrue();
        assertThat(nodes.get("job/wijk-etl").personalData()).isFalse();
        assertThat(edges).filteredOn(e -> e.from().equals("job/etl")).extracting(LineageEdge::personalData)
                .containsExactly(true);
        assertThat(edges).filteredOn(e -> e.from().equals("job/wijk-etl")).extracting(LineageEdge::personalData)
                .containsExactly(false);
        assertThat(edges).filteredOn(e -> e.from().equals("dataset/wijken")).extracting(LineageEdge::personalData)
                .containsOnly(false);
    }
}
