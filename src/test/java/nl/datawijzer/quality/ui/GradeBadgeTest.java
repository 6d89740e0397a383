package nl.datawijzer.quality.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import nl.datawijzer.quality.Grade;
import org.junit.jupiter.api.Test;

/** Every grade has its own box colour and white text on it has a contrast of at least 4.5:1 (WCAG AA). */
class GradeBadgeTest {

    private static double luminance(String hex) {
        double[] channels = new double[3];
        for (int i = 0; i < 3; i++) {
            double c = Integer.parseInt(hex.substring(1 + 2 * i, 3 + 2 * i), 16) / 255.0;
            channels[i] = c <= 0.04045 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4);
        }
        return 0.2126 * channels[0] + 0.7152 * channels[1] + 0.0722 * channels[2];
    }

    @Test
    void whiteLettersOnEveryGradeColourAreReadableAndNoTwoGradesShareAColour() {
        for (Grade grade : Grade.values()) {
            String colour = GradeBadge.COLOURS.get(grade);
            assertThat(colour).as("colour of " + grade).matches("#[0-9a-f]{6}");
            double contrast = 1.05 / (luminance(colour) + 0.05);
            assertThat(contrast).as("contrast of white on " + grade).isGreaterThanOrEqualTo(4.5);
        }
        assertThat(new HashSet<>(GradeBadge.COLOURS.values())).hasSize(Grade.values().length);
    }
}
