package nl.datawijzer.needs;

/** Meetbaar: a standcijfer on one peildatum, or a figure over a period (list dwv:cijfersoort). */
public enum FigureKind implements NeedValue {
    STANDCIJFER("standcijfer", "Standcijfer op een peildatum", "Figure at a reference date"),
    PERIODECIJFER("periodecijfer", "Cijfer over een periode", "Figure over a period");

    private final String code;
    private final String labelNl;
    private final String labelEn;

    FigureKind(String code, String labelNl, String labelEn) {
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
        return "cijfersoort";
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
