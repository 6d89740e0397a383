package nl.datawijzer.needs;

/** Tijdsgebonden: whether the need recurs (list dwv:herhaling). */
public enum Recurrence implements NeedValue {
    NONE("eenmalig", "Eenmalig", "Once"),
    MONTHLY("maandelijks", "Maandelijks", "Monthly"),
    QUARTERLY("per-kwartaal", "Per kwartaal", "Quarterly"),
    YEARLY("jaarlijks", "Jaarlijks", "Yearly");

    private final Term term;

    Recurrence(String code, String labelNl, String labelEn) {
        this.term = new Term(code, labelNl, labelEn);
    }

    @Override
    public Term term() {
        return term;
    }

    @Override
    public String scheme() {
        return "herhaling";
    }
}
