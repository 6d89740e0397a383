package nl.datawijzer.needs;

/** Tijdsgebonden: whether the need recurs (list dwv:herhaling). */
public enum Recurrence implements NeedValue {
    NONE("eenmalig", "Eenmalig", "Once"),
    MONTHLY("maandelijks", "Maandelijks", "Monthly"),
    QUARTERLY("per-kwartaal", "Per kwartaal", "Quarterly"),
    YEARLY("jaarlijks", "Jaarlijks", "Yearly");

    private final String code;
    private final String labelNl;
    private final String labelEn;

    Recurrence(String code, String labelNl, String labelEn) {
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
        return "herhaling";
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
