package nl.datawijzer.needs;

/** Meetbaar: what the figure computes (list dwv:maatsoort). */
public enum MeasureKind implements NeedValue {
    COUNT("aantal", "Aantal", "Count"),
    SUM("som", "Som", "Sum"),
    AVERAGE("gemiddelde", "Gemiddelde", "Average"),
    SHARE("aandeel", "Aandeel (percentage)", "Share (percentage)");

    private final String code;
    private final String labelNl;
    private final String labelEn;

    MeasureKind(String code, String labelNl, String labelEn) {
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
        return "maatsoort";
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
