package nl.datawijzer.needs;

/** The requester's verdict at Terugkoppeling: did the answer meet the need (list dwv:behoefteoordeel). */
public enum FeedbackVerdict implements NeedValue {
    YES("ja", "Ja", "Yes"),
    PARTLY("deels", "Deels", "Partly"),
    NO("nee", "Nee", "No");

    private final Term term;

    FeedbackVerdict(String code, String labelNl, String labelEn) {
        this.term = new Term(code, labelNl, labelEn);
    }

    @Override
    public Term term() {
        return term;
    }

    @Override
    public String scheme() {
        return "behoefteoordeel";
    }
}
