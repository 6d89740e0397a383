package nl.datawijzer.needs;

/** Specifiek: het domein waarover een informatiebehoefte gaat (list dwv:behoeftedomein). */
public enum NeedDomain implements NeedValue {
    WMO("wmo", "Wmo", "Wmo (social support)"),
    JEUGD("jeugd", "Jeugd", "Youth care"),
    PARTICIPATIE("participatie", "Participatie", "Participation"),
    SCHULDHULP("schuldhulp", "Schuldhulp", "Debt assistance"),
    OVERIG("overig", "Overig", "Other");

    private final Term term;

    NeedDomain(String code, String labelNl, String labelEn) {
        this.term = new Term(code, labelNl, labelEn);
    }

    @Override
    public Term term() {
        return term;
    }

    @Override
    public String scheme() {
        return "behoeftedomein";
    }
}
