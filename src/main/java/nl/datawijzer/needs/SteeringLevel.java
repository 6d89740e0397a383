package nl.datawijzer.needs;

/** Acceptabel: the steering level, the catalog's existing list dwv:sturingsniveau (also used by KPIs). */
public enum SteeringLevel implements NeedValue {
    STRATEGIC("strategisch", "Strategisch", "Strategic"),
    TACTICAL("tactisch", "Tactisch", "Tactical"),
    OPERATIONAL("operationeel", "Operationeel", "Operational");

    private final String code;
    private final String labelNl;
    private final String labelEn;

    SteeringLevel(String code, String labelNl, String labelEn) {
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
        return "sturingsniveau";
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
