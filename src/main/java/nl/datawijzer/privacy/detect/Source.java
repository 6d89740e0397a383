package nl.datawijzer.privacy.detect;

/**
 * Where a name term was found. The technical name is what the source system calls the column and the
 * title is chosen by the steward, so both say what the field is. A description also mentions the context
 * ("datum waarop de uitkering is beëindigd"), so on its own it gives a hint, below {@link Suggestion#CONFIDENT}.
 */
enum Source {
    TECHNICAL_NAME("technische naam", "technical name", 1.0),
    TITLE("titel", "title", 0.95),
    DESCRIPTION("omschrijving", "description", 0.5);

    private final String nl;
    private final String en;
    private final double weight;

    Source(String nl, String en, double weight) {
        this.nl = nl;
        this.en = en;
        this.weight = weight;
    }

    String nl() {
        return nl;
    }

    String en() {
        return en;
    }

    double weight() {
        return weight;
    }
}
