package nl.datawijzer.needs;

/** Set at triage: the standard dashboard (the 80%) or an ad-hoc question (the 20%) (list dwv:behoeftesoort). */
public enum NeedType implements NeedValue {
    STANDARD_DASHBOARD("standaarddashboard", "Standaarddashboard", "Standard dashboard"),
    AD_HOC("ad-hoc", "Ad hoc", "Ad hoc");

    private final String code;
    private final String labelNl;
    private final String labelEn;

    NeedType(String code, String labelNl, String labelEn) {
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
        return "behoeftesoort";
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
