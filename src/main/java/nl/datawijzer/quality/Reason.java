package nl.datawijzer.quality;

/**
 * One reason a score is below 100, with the points it costs, worded for people ("18% van geboortedatum is leeg").
 *
 * @param points the points this reason takes off the score (rounded, >= 0)
 */
public record Reason(int points, String nl, String en) {
}
