package nl.datawijzer.search;

/** What a search hit is. {@code label} is the Dutch facet value. */
public enum SearchKind {
    SYSTEM("Systeem"),
    DATASET("Dataset"),
    FIELD("Veld"),
    CONCEPT("Begrip"),
    AGENT("Eigenaar");

    private final String label;

    SearchKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
