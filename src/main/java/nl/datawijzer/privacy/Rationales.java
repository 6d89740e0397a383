package nl.datawijzer.privacy;

/** The one rule for the privacy officer's reasons, so every decision asks for them in the same words. */
final class Rationales {

    private Rationales() {
    }

    static String checked(String rationale) {
        String text = rationale == null ? "" : rationale.strip();
        if (text.length() < 3) {
            throw new IllegalArgumentException("Geef een motivering van minstens 3 tekens / give a rationale");
        }
        if (text.length() > 2000) {
            throw new IllegalArgumentException("De motivering is te lang (hoogstens 2000 tekens) / rationale too long");
        }
        return text;
    }
}
