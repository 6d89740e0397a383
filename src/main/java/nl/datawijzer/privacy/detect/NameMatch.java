package nl.datawijzer.privacy.detect;

import org.jspecify.annotations.Nullable;

/**
 * A term of a name rule found in a field's name, title or description, with the words around it that
 * weaken it. All words here come from the term lists in {@link NameTerms}, never from sample values.
 *
 * @param term the term as listed (e.g. "geboortedatum" also for {@code geboorte_datum})
 * @param fit whether the term is a whole word or only part of a compound
 * @param aggregateWord a nearby word that makes it a count or total ("aantal"), or null
 * @param ownerWord a nearby word that makes it about something other than a person ("gemeente"), or null
 * @param keyWord a nearby word that makes it a key to a record rather than the value ("uitkering_id"), or null
 * @param negationWord a word just before it that denies it ("geen"), or null
 */
record NameMatch(
        NameDetector rule,
        Term term,
        Source source,
        Fit fit,
        @Nullable String aggregateWord,
        @Nullable String ownerWord,
        @Nullable String keyWord,
        @Nullable String negationWord) {

    /**
     * In a Dutch compound the last part says what it is: a "huishoudinkomen" is an income, a "postcodegebied"
     * an area and a "beroepstermijn" a period, not an occupation.
     */
    enum Fit {
        WHOLE(1.0, "", ""),
        HEAD(0.7, " als laatste deel van een samengesteld woord", " as the last part of a compound word"),
        MODIFIER(0.5, " als eerste deel van een samengesteld woord", " as the first part of a compound word");

        private final double weight;
        private final String nl;
        private final String en;

        Fit(double weight, String nl, String en) {
            this.weight = weight;
            this.nl = nl;
            this.en = en;
        }
    }

    static final double AGGREGATE = 0.3;
    static final double OWNER = 0.4;
    static final double KEY = 0.5;
    static final double NEGATION = 0.3;

    double confidence() {
        double confidence = term.weight() * source.weight() * fit.weight;
        if (aggregateWord != null) {
            confidence *= AGGREGATE;
        }
        if (ownerWord != null) {
            confidence *= OWNER;
        }
        if (keyWord != null) {
            confidence *= KEY;
        }
        if (negationWord != null) {
            confidence *= NEGATION;
        }
        return confidence;
    }

    String explanationNl() {
        StringBuilder text = new StringBuilder("De ").append(source.nl()).append(" bevat '").append(term.text())
                .append('\'').append(fit.nl).append(": dat wijst op ").append(rule.category().labelNl()).append('.');
        if (aggregateWord != null) {
            text.append(" Maar '").append(aggregateWord)
                    .append("' wijst op een telling of totaal, niet op een gegeven per persoon.");
        }
        if (ownerWord != null) {
            text.append(" Maar '").append(ownerWord).append("' wijst erop dat het niet over een persoon gaat.");
        }
        if (keyWord != null) {
            text.append(" Maar '").append(keyWord)
                    .append("' wijst op een sleutel naar een gegeven, niet op het gegeven zelf.");
        }
        if (negationWord != null) {
            text.append(" Maar er staat '").append(negationWord).append("' voor.");
        }
        return text.toString();
    }

    String explanationEn() {
        StringBuilder text = new StringBuilder("The ").append(source.en()).append(" contains '").append(term.text())
                .append('\'').append(fit.en).append(", which points to ").append(rule.category().labelEn())
                .append('.');
        if (aggregateWord != null) {
            text.append(" But '").append(aggregateWord).append("' suggests a count or total, not a value per person.");
        }
        if (ownerWord != null) {
            text.append(" But '").append(ownerWord).append("' suggests it is not about a person.");
        }
        if (keyWord != null) {
            text.append(" But '").append(keyWord).append("' suggests a key to a record, not the value itself.");
        }
        if (negationWord != null) {
            text.append(" But it is preceded by '").append(negationWord).append("'.");
        }
        return text.toString();
    }
}
