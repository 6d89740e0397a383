package nl.datawijzer.needs;

/** How a follow-up need builds on the original after Terugkoppeling (list dwv:vervolgsoort). */
public enum FollowUpKind implements NeedValue {
    DEEPEN("verdiepen", "Verdiepen", "Deepen"),
    BROADEN("verbreden", "Verbreden", "Broaden"),
    SHARPEN("aanscherpen", "Aanscherpen", "Sharpen");

    private final String code;
    private final String labelNl;
    private final String labelEn;

    FollowUpKind(String code, String labelNl, String labelEn) {
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
        return "vervolgsoort";
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
