package nl.datawijzer.needs;

/** Set at triage: the standard dashboard (the 80%) or an ad-hoc question (the 20%) (list dwv:behoeftesoort). */
public enum NeedType implements NeedValue {
    STANDARD_DASHBOARD("standaarddashboard", "Standaarddashboard", "Standard dashboard"),
    AD_HOC("ad-hoc", "Ad hoc", "Ad hoc");

    private final Term term;

    NeedType(String code, String labelNl, String labelEn) {
        this.term = new Term(code, labelNl, labelEn);
    }

    @Override
    public Term term() {
        return term;
    }

    @Override
    public String scheme() {
        return "behoeftesoort";
    }
}
