package nl.datawijzer.quality;

import java.time.Instant;

/** One field's completeness and validity (percentages) at one completed run, for the trend. */
public record FieldTrendPoint(Instant at, String technicalName, double completeness, double validity) {
}
