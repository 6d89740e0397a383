package nl.datawijzer.needs;

/** Meetbaar: a standcijfer on one peildatum, or a figure over a period (list dwv:cijfersoort). */
public enum FigureKind implements NeedValue {
    STANDCIJFER("standcijfer", "Standcijfer op een peildatum", "Figure at a reference date"),
    PERIODECIJFER("periodecijfer", "Cijfer over een periode", "Figure over a period");

    private final Term term;

    FigureKind(String code, String labelNl, String labelEn) {
        this.term = new Term(code, labelNl, labelEn);
    }

    @Override
    public Term term() {
        return term;
    }

    @Override
    public String scheme() {
        return "cijfersoort";
    }
}
