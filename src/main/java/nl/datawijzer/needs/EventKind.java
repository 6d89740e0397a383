package nl.datawijzer.needs;

/** What one entry of a need's append-only history records (list dwv:behoeftegebeurtenis). */
public enum EventKind implements NeedValue {
    CREATED("aangemaakt", "Aangemaakt", "Created"),
    DRAFT_SAVED("concept-opgeslagen", "Concept opgeslagen", "Draft saved"),
    SUBMITTED("ingediend", "Ingediend", "Submitted"),
    TRANSITION("stap", "Naar andere stap", "Moved to another step"),
    COMMENT("opmerking", "Opmerking", "Comment"),
    TRIAGE("triage", "Soort bepaald", "Triaged"),
    ASSIGNMENT("toewijzing", "Toegewezen", "Assigned"),
    DATASET_LINKED("dataset-gekoppeld", "Dataset gekoppeld", "Dataset linked"),
    KPI_LINKED("kpi-gekoppeld", "KPI gekoppeld", "KPI linked"),
    FEEDBACK("terugkoppeling", "Terugkoppeling gegeven", "Feedback given"),
    FOLLOW_UP("vervolg", "Vervolg gestart", "Follow-up started");

    private final String code;
    private final String labelNl;
    private final String labelEn;

    EventKind(String code, String labelNl, String labelEn) {
        this.code = code;
        this.labelNl = labelNl;
        this.labelEn = labelEn;
    }

    @Override
    public String code() {
        return code;
    }

    @Override
    public String scheme() {
        return "behoeftegebeurtenis";
    }

    @Override
    public String labelNl() {
        return labelNl;
    }

    @Override
    public String labelEn() {
        return labelEn;
    }
}
