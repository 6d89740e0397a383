package nl.datawijzer.quality;

import java.time.Instant;
import java.util.List;
import java.util.OptionalInt;

/**
 * A reliability score with everything it was made of, so it can explain itself.
 *
 * @param value 0-100
 * @param dataQuality the data-quality part (0-100), empty when the dataset has no source to profile
 * @param metadata the metadata-completeness part (0-100)
 * @param timeliness the timeliness part (0-100), empty when the declared frequency has no expected interval
 * @param reasons what took points off, biggest first
 * @param explanationNl one sentence: the grade and its main reasons
 * @param computedAt when the score was computed
 */
public record Score(int value, Grade grade, OptionalInt dataQuality, int metadata, OptionalInt timeliness,
        List<Reason> reasons, String explanationNl, String explanationEn, Instant computedAt) {

    public Score {
        reasons = List.copyOf(reasons);
    }

    public String explanation(boolean dutch) {
        return dutch ? explanationNl : explanationEn;
    }
}
