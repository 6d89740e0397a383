package nl.datawijzer.privacy.detect;

import java.util.List;

final class Confidence {

    /** Combined evidence never claims certainty: the privacy officer decides. */
    static final double CEILING = 0.99;

    private Confidence() {
    }

    /** Two decimals: finer steps suggest a precision the heuristics do not have. */
    static double rounded(double confidence) {
        return Math.round(Math.min(CEILING, Math.max(0, confidence)) * 100) / 100.0;
    }

    /** Independent rules pointing to the same category strengthen each other: 1 - (1 - a)(1 - b)... */
    static double combined(List<Double> confidences) {
        double doubt = 1;
        for (double confidence : confidences) {
            doubt *= 1 - confidence;
        }
        return rounded(1 - doubt);
    }
}
