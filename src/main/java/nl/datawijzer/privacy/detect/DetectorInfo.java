package nl.datawijzer.privacy.detect;

/** A detection rule as shown to users, to explain the ids in {@link Suggestion#detectorIds()}. */
public record DetectorInfo(String id, String titleNl, String titleEn) {
}
