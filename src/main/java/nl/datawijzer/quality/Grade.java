package nl.datawijzer.quality;

/** The letter for a reliability score, A best. */
public enum Grade {
    A(85), B(70), C(55), D(40), E(0);

    private final int lowestScore;

    Grade(int lowestScore) {
        this.lowestScore = lowestScore;
    }

    /** The lowest score that still earns this grade. */
    public int lowestScore() {
        return lowestScore;
    }

    /** @param score 0-100 */
    public static Grade of(int score) {
        if (score < 0 || score > 100) {
            throw new IllegalArgumentException("A score lies between 0 and 100: " + score);
        }
        for (Grade grade : values()) {
            if (score >= grade.lowestScore) {
                return grade;
            }
        }
        return E;
    }
}
