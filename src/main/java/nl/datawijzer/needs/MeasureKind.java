package nl.datawijzer.needs;

/** Meetbaar: what the figure computes (list dwv:maatsoort). */
public enum MeasureKind implements NeedValue {
    COUNT("aantal", "Aantal", "Count"),
    SUM("som", "Som", "Sum"),
    AVERAGE("gemiddelde", "Gemiddelde", "Average"),
    SHARE("aandeel", "Aandeel (percentage)", "Share (percentage)");

    private final Term term;

    MeasureKind(String code, String labelNl, String labelEn) {
        this.term = new Term(code, labelNl, labelEn);
    }

    @Override
    public Term term() {
        return term;
    }

    @Override
    public String scheme() {
        return "maatsoort";
    }
}
