package nl.datawijzer.needs;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Limits that refuse even a draft (a draft may fail SMART, but never holds impossible input): no question, over-long texts, too
 * many candidate datasets, a period that ends before it starts, a needed-by date in the past. Pure, like the rules.
 */
public final class NeedInput {

    public static final int MAX_QUESTION = 2000;
    public static final int MAX_SHORT = 300;
    public static final int MAX_UNIT = 100;
    public static final int MAX_LONG = 1000;
    public static final int MAX_COMMENT = 2000;
    public static final int MAX_DATASETS = 20;

    private NeedInput() {
    }

    /** Dutch messages, one per problem; empty when the draft may be saved. */
    public static List<String> problems(NeedDraft d, LocalDate today) {
        List<String> problems = new ArrayList<>();
        if (d.question().isEmpty()) {
            problems.add("Schrijf eerst uw vraag; ook een concept heeft een vraag nodig.");
        }
        length(problems, "De vraag", d.question(), MAX_QUESTION);
        length(problems, "Het onderwerp", d.population(), MAX_SHORT);
        length(problems, "De eenheid", d.unit(), MAX_UNIT);
        length(problems, "De definitie", d.measureDefinition(), MAX_LONG);
        length(problems, "Het doel", d.purpose(), MAX_LONG);
        length(problems, "Het besluit", d.decision(), MAX_LONG);
        length(problems, "De gebruikers", d.users(), MAX_SHORT);
        if (d.candidateDatasets().size() > MAX_DATASETS) {
            problems.add("Kies ten hoogste " + MAX_DATASETS + " datasets (nu " + d.candidateDatasets().size() + ").");
        }
        if (d.periodStart() != null && d.periodEnd() != null && d.periodEnd().isBefore(d.periodStart())) {
            problems.add("De periode eindigt (" + d.periodEnd() + ") voordat hij begint (" + d.periodStart() + ").");
        }
        if (d.neededBy() != null && d.neededBy().isBefore(today)) {
            problems.add("De datum waarop u het antwoord nodig hebt (" + d.neededBy()
                    + ") ligt in het verleden; kies vandaag of later.");
        }
        return problems;
    }

    /** A comment or feedback text: not empty, not over-long. */
    static List<String> textProblems(String what, String text) {
        List<String> problems = new ArrayList<>();
        if (text.isBlank()) {
            problems.add(what + " is leeg.");
        }
        length(problems, what, text, MAX_COMMENT);
        return problems;
    }

    static void length(List<String> problems, String what, String text, int max) {
        if (text.length() > max) {
            problems.add(what + " is te lang: " + text.length() + " tekens, ten hoogste " + max + ".");
        }
    }
}
