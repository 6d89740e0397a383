package nl.datawijzer.needs;

/** Acceptabel: the steering level, the catalog's existing list dwv:sturingsniveau (also used by KPIs). */
public enum SteeringLevel implements NeedValue {
    STRATEGIC("strategisch", "Strategisch", "Strategic"),
    TACTICAL("tactisch", "Tactisch", "Tactical"),
    OPERATIONAL("operationeel", "Operationeel", "Operational");

    private final Term term;

    SteeringLevel(String code, String labelNl, String labelEn) {
        this.term = new Term(code, labelNl, labelEn);
    }

    @Override
    public Term term() {
        return term;
    }

    @Override
    public String scheme() {
        return "sturingsniveau";
    }
}
