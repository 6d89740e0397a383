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

    private final Term term;

    EventKind(String code, String labelNl, String labelEn) {
        this.term = new Term(code, labelNl, labelEn);
    }

    @Override
    public Term term() {
        return term;
    }

    @Override
    public String scheme() {
        return "behoeftegebeurtenis";
    }
}
