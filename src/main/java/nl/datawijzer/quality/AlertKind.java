package nl.datawijzer.quality;

/** Why an owner is alerted. */
public enum AlertKind {
    /** The score fell below {@code datawijzer.quality.alert.score-below}. */
    SCORE_BELOW_THRESHOLD,
    /** A field's completeness fell by more than {@code datawijzer.quality.alert.completeness-drop} points. */
    COMPLETENESS_DROP
}
