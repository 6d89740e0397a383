package nl.datawijzer.bench;

/**
 * Sizes of a synthetic catalog. S is about gemeente Huizen's real catalog (the seed); L a large municipality or a
 * shared service centre; XL a stress size (scaled by 10 from L). Fields are exact; the other counts are targets the
 * generator hits exactly too (jobs follow from lineage and vary with the seed).
 */
public enum Scale {
    S(15, 60, 650, 90, 40, 8),
    L(500, 10_000, 200_000, 1_500, 300, 250),
    XL(5_000, 100_000, 2_000_000, 5_000, 1_000, 1_000);

    private final int systems;
    private final int datasets;
    private final int fields;
    private final int terms;
    private final int agents;
    private final int kpis;

    Scale(int systems, int datasets, int fields, int terms, int agents, int kpis) {
        this.systems = systems;
        this.datasets = datasets;
        this.fields = fields;
        this.terms = terms;
        this.agents = agents;
        this.kpis = kpis;
    }

    public int systems() {
        return systems;
    }

    public int datasets() {
        return datasets;
    }

    public int fields() {
        return fields;
    }

    public int terms() {
        return terms;
    }

    public int agents() {
        return agents;
    }

    public int kpis() {
        return kpis;
    }
}
