package nl.datawijzer.rdf;

/** The kinds of catalog record that each have their own IRI and named graph. */
public enum RecordKind {
    SYSTEM("system"),
    DATASET("dataset"),
    AGENT("agent"),
    JOB("job"),
    KPI("kpi"),
    CONCEPT("concept");

    private final String path;

    RecordKind(String path) {
        this.path = path;
    }

    public String path() {
        return path;
    }
}
