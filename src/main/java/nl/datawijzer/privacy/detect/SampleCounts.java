package nl.datawijzer.privacy.detect;

/** How many non-empty sample values a value rule checked and how many passed. Counts only, never values. */
public record SampleCounts(int checked, int passing) {

    public SampleCounts {
        if (checked < 0 || passing < 0 || passing > checked) {
            throw new IllegalArgumentException("passing " + passing + " of checked " + checked);
        }
    }

    public double share() {
        return checked == 0 ? 0 : (double) passing / checked;
    }
}
