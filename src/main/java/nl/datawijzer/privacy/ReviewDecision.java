package nl.datawijzer.privacy;

import nl.datawijzer.catalog.FieldId;

/**
 * The privacy officer's decision on one field: the classification that holds from now on and why. Whether that
 * confirms, changes or rejects the field's classification follows from comparing it with the current one.
 */
public record ReviewDecision(FieldId field, Classification classification, String rationale) {

    public ReviewDecision {
        rationale = rationale == null ? "" : rationale.strip();
        if (rationale.length() < 3) {
            throw new IllegalArgumentException("Geef een motivering van minstens 3 tekens / give a rationale");
        }
        if (rationale.length() > 2000) {
            throw new IllegalArgumentException("De motivering is te lang (hoogstens 2000 tekens) / rationale too long");
        }
    }
}
