package nl.datawijzer.privacy;

/**
 * What a detection run found: fields looked at, fields with a confident suggestion, and of those the fields whose
 * classification says something else (no personal data, or other categories): the ones the FG should see first.
 */
public record DetectionSummary(int fieldsChecked, int fieldsFlagged, int disagreements) {

    public DetectionSummary plus(DetectionSummary other) {
        return new DetectionSummary(fieldsChecked + other.fieldsChecked, fieldsFlagged + other.fieldsFlagged,
                disagreements + other.disagreements);
    }
}
