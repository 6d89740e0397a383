package nl.datawijzer.quality;

import java.time.Instant;

/** A dataset's score at one completed run, for the trend. */
public record ScorePoint(Instant at, int score, Grade grade) {
}
