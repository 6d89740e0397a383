package nl.datawijzer.rdf;

/** The kinds of catalog record that each have their own IRI and named graph. */
public enum RecordKind {
    SYSTEM("system"),
    DATASET("dataset"),
    AGENT("agent"),
    JOB("job"),
    KPI("kpi"),
    CONCEPT("concept"),
    /** Detection hints for the fields of one dataset (slug = the dataset's), replaced by every detection run. */
    DETECTION("detection"),
    /**
     * An activity in the processing register (art. 30 GDPR). Identified by a UUID, not a slug: see
     * {@link Iris#processing(java.util.UUID)}.
     */
    PROCESSING("processing"),
    /** A decision of the privacy officer on one field: history, so written once and never replaced or removed. */
    DECISION("decision", true),
    /** The FG's approval of one derivation link as anonymisation or aggregation: removed when withdrawn. */
    DERIVATION_APPROVAL("derivation-approval"),
    /** Granting or withdrawing such an approval: history, so written once and never replaced or removed. */
    DERIVATION_DECISION("derivation-decision", true),
    /** Where one dataset stands in the publication workflow (slug = the dataset's): replaced at every transition. */
    PUBLICATION("publication"),
    /** One transition of the publication workflow: history, so written once and never replaced or removed. */
    PUBLICATION_DECISION("publication-decision", true),
    /** A message to a dataset's owner (e.g. automatically withdrawn from open data); replaced only to mark it read. */
    NOTICE("notice"),
    /** An information need (issue 6), identified by a short random id (see {@code needs.NeedId}): replaced at every change. */
    NEED("need"),
    /** One entry of an information need's history: written once and never replaced or removed. */
    NEED_EVENT("need-event", true),
    /**
     * A notification about a change to an information need, for one account or one role; replaced only to record who
     * read it.
     */
    NEED_NOTIFICATION("need-notification"),
    /** One run of a job as OpenLineage reports it (slug {@code r} + the run's UUID): replaced at every new event type. */
    JOB_RUN("job-run"),
    /** An API token for the OpenLineage intake (slug {@code t} + random hex): only its SHA-256 is stored. */
    API_TOKEN("api-token"),
    /**
     * One profiling run of a dataset with its DQV measurements (issue 8; slug {@code r} + a UUID): written once when
     * the run ends, never replaced or removed.
     */
    PROFILE_RUN("profile-run", true),
    /** A quality alert to a dataset's owner (slug {@code a} + a UUID): replaced only to record who read it. */
    QUALITY_ALERT("quality-alert");

    private final String path;
    private final boolean appendOnly;

    RecordKind(String path) {
        this(path, false);
    }

    RecordKind(String path, boolean appendOnly) {
        this.path = path;
        this.appendOnly = appendOnly;
    }

    public String path() {
        return path;
    }

    /** Records of this kind are history: the store creates their graphs but refuses to replace or remove them. */
    public boolean appendOnly() {
        return appendOnly;
    }
}
