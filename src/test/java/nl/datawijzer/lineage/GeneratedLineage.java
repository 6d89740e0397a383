package nl.datawijzer.lineage;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

/**
 * A random lineage graph shaped like a municipality's: systems of datasets with fields, derivations between datasets
 * and between fields, jobs, KPIs on dashboards and information needs. Cycles and diamonds happen (editing refuses
 * cycles, but a graph read from anywhere must not make a walk loop).
 */
record GeneratedLineage(List<LineageNode> nodes, List<LineageEdge> edges) {

    static GeneratedLineage of(long seed, int datasets, int fieldsPerDataset) {
        return of(seed, datasets, fieldsPerDataset, false);
    }

    /**
     * With {@code columnLineage} most fields of a derived dataset come from a field of one of its sources, as in a
     * warehouse where column lineage is recorded throughout; without it a few field links per dataset pair.
     */
    static GeneratedLineage of(long seed, int datasets, int fieldsPerDataset, boolean columnLineage) {
        Random random = new Random(seed);
        List<LineageNode> nodes = new ArrayList<>();
        Set<LineageEdge> edges = new LinkedHashSet<>();
        int systems = Math.max(1, datasets / 20);
        for (int d = 0; d < datasets; d++) {
            String system = "s" + random.nextInt(systems);
            boolean personal = random.nextInt(4) == 0;
            nodes.add(new LineageNode(ds(d), NodeKind.DATASET, "Dataset " + d, system, "Systeem " + system, personal,
                    "datasets/d" + d));
            for (int f = 0; f < fieldsPerDataset; f++) {
                nodes.add(new LineageNode(fd(d, f), NodeKind.FIELD, "Veld " + f, system, "Systeem " + system,
                        personal && f == 0, "datasets/d" + d));
                edges.add(new LineageEdge(ds(d), fd(d, f), EdgeKind.CONTAINS, personal));
            }
        }
        for (int d = 1; d < datasets; d++) {
            // Mostly from earlier datasets (layers), sometimes from later ones: that closes cycles.
            int sources = random.nextInt(3);
            for (int i = 0; i < sources; i++) {
                int from = random.nextInt(10) == 0 ? random.nextInt(datasets) : random.nextInt(d);
                if (from == d) {
                    continue;
                }
                if (random.nextBoolean()) {
                    edges.add(new LineageEdge(ds(from), ds(d), EdgeKind.DERIVED, false));
                }
                if (columnLineage && fieldsPerDataset > 0) {
                    for (int f = 0; f < fieldsPerDataset; f++) {
                        if (random.nextInt(5) > 0) {
                            edges.add(new LineageEdge(fd(from, random.nextInt(fieldsPerDataset)), fd(d, f),
                                    EdgeKind.DERIVED, false));
                        }
                    }
                } else if (fieldsPerDataset > 0) {
                    for (int k = random.nextInt(3); k > 0; k--) {
                        edges.add(new LineageEdge(fd(from, random.nextInt(fieldsPerDataset)),
                                fd(d, random.nextInt(fieldsPerDataset)), EdgeKind.DERIVED, false));
                    }
                }
            }
        }
        int jobs = datasets / 10;
        for (int j = 0; j < jobs; j++) {
            String job = "job/j" + j;
            nodes.add(new LineageNode(job, NodeKind.JOB, "Taak " + j, "etl", "ETL", false, null));
            for (int k = 1 + random.nextInt(3); k > 0; k--) {
                edges.add(new LineageEdge(ds(random.nextInt(datasets)), job, EdgeKind.USED, false));
            }
            edges.add(new LineageEdge(job, ds(random.nextInt(datasets)), EdgeKind.GENERATED, false));
        }
        int kpis = Math.max(1, datasets / 20);
        for (int k = 0; k < kpis; k++) {
            String kpi = "kpi/k" + k;
            nodes.add(new LineageNode(kpi, NodeKind.KPI, "KPI " + k, null, null, false, null));
            int source = random.nextInt(datasets);
            edges.add(new LineageEdge(ds(source), kpi, EdgeKind.MEASURED, false));
            if (fieldsPerDataset > 0) {
                edges.add(new LineageEdge(fd(random.nextInt(datasets), random.nextInt(fieldsPerDataset)), kpi,
                        EdgeKind.MEASURED, false));
            }
            edges.add(new LineageEdge(kpi, ds(random.nextInt(datasets)), EdgeKind.SHOWN_IN, false));
        }
        int needs = Math.max(1, datasets / 30);
        for (int n = 0; n < needs; n++) {
            String need = "need/n" + n;
            nodes.add(new LineageNode(need, NodeKind.NEED, "Behoefte " + n, null, null, false, "behoeften/n" + n));
            edges.add(new LineageEdge("kpi/k" + random.nextInt(kpis), need, EdgeKind.ANSWERS, false));
            edges.add(new LineageEdge(ds(random.nextInt(datasets)), need, EdgeKind.ANSWERS, false));
        }
        return new GeneratedLineage(nodes, List.copyOf(edges));
    }

    static String ds(int d) {
        return "dataset/d" + d;
    }

    static String fd(int d, int f) {
        return "dataset/d" + d + "/field/f" + f;
    }

    LineageGraph graph() {
        return new LineageGraph(0, nodes, edges, java.util.Map.of());
    }
}
