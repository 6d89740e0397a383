package nl.datawijzer.needs;

/** How a follow-up need builds on the original after Terugkoppeling (list dwv:vervolgsoort). */
public enum FollowUpKind implements NeedValue {
    DEEPEN("verdiepen", "Verdiepen", "Deepen"),
    BROADEN("verbreden", "Verbreden", "Broaden"),
    SHARPEN("aanscherpen", "Aanscherpen", "Sharpen");

    private final Term term;

    FollowUpKind(String code, String labelNl, String labelEn) {
        this.term = new Term(code, labelNl, labelEn);
    }

    @Override
    public Term term() {
        return term;
    }

    @Override
    public String scheme() {
        return "vervolgsoort";
    }
}
