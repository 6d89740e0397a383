package nl.datawijzer.needs;

/** Specifiek: het domein waarover een informatiebehoefte gaat (list dwv:behoeftedomein). */
public enum NeedDomain implements NeedValue {
    WMO("wmo", "Wmo", "Wmo (social support)"),
    JEUGD("jeugd", "Jeugd", "Youth care"),
    PARTICIPATIE("participatie", "Participatie", "Participation"),
    SCHULDHULP("schuldhulp", "Schuldhulp", "Debt assistance"),
    OVERIG("overig", "Overig", "Other");

    private final String code;
    private final String labelNl;
    private final String labelEn;

    NeedDomain(String code, String labelNl, String labelEn) {
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
        return "behoeftedomein";
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
