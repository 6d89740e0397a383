package nl.datawijzer.needs;

/** The requester's verdict at Terugkoppeling: did the answer meet the need (list dwv:behoefteoordeel). */
public enum FeedbackVerdict implements NeedValue {
    YES("ja", "Ja", "Yes"),
    PARTLY("deels", "Deels", "Partly"),
    NO("nee", "Nee", "No");

    private final String code;
    private final String labelNl;
    private final String labelEn;

    FeedbackVerdict(String code, String labelNl, String labelEn) {
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
        return "behoefteoordeel";
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
