package nl.datawijzer.lineage;

/** What a node of the lineage graph is. */
public enum NodeKind {
    DATASET("Dataset", "Dataset"),
    FIELD("Veld", "Field"),
    JOB("Verwerkingstaak", "Job"),
    KPI("KPI", "KPI"),
    NEED("Informatiebehoefte", "Information need");

    private final String labelNl;
    private final String labelEn;

    NodeKind(String labelNl, String labelEn) {
        this.labelNl = labelNl;
        this.labelEn = labelEn;
    }

    public String labelNl() {
        return labelNl;
    }

    public String labelEn() {
        return labelEn;
    }
}
