package nl.datawijzer.privacy.detect;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import nl.datawijzer.privacy.detect.Vocabulary.Category;
import nl.datawijzer.privacy.detect.Vocabulary.Confidentiality;

/**
 * A rule that checks a column of sample values against one format. It fires when at least
 * {@value #THRESHOLD} of at least {@value #MIN_VALUES} non-empty values pass; its confidence is
 * {@code strength * share * n / (n + 2)}, so it grows with the share and the number of values. It explains
 * itself with counts only: the values never leave this method.
 *
 * @param strength how much a passing column alone says about the category: a column of valid elfproef
 *     numbers is almost surely BSNs, a column of plausible dates need not hold birth dates
 * @param passesNl the Dutch predicate after "n van m voorbeeldwaarden", e.g. "voldoen aan de elfproef"
 */
record ValueDetector(
        String id,
        String titleNl,
        String titleEn,
        Category category,
        double strength,
        ValueTest test,
        String passesNl,
        String passesEn,
        String noteNl,
        String noteEn) implements Detector {

    static final double THRESHOLD = 0.8;
    /** With fewer values one chance hit would fire: about one random 9-digit number in eleven passes the elfproef. */
    static final int MIN_VALUES = 3;

    /** A check on one value; today is passed so that "not in the future" does not read the clock per value. */
    @FunctionalInterface
    interface ValueTest {
        boolean passes(String value, LocalDate today);
    }

    @Override
    public List<Suggestion> detect(FieldInput field) {
        List<String> values = field.values();
        int checked = values.size();
        if (checked < MIN_VALUES) {
            return List.of();
        }
        int passing = 0;
        int failing = 0;
        for (String value : values) {
            if (test.passes(value, field.today())) {
                passing++;
            } else if ((double) (checked - ++failing) / checked < THRESHOLD) {
                // Cannot reach the threshold any more: most columns fail a rule within their first few values, so
                // stopping here makes checking a catalogue's samples several times faster.
                return List.of();
            }
        }
        SampleCounts counts = new SampleCounts(checked, passing);
        if (counts.share() < THRESHOLD) {
            return List.of();
        }
        double confidence = strength * counts.share() * checked / (checked + 2.0);
        String nl = String.format(Locale.ROOT, "%d van %d voorbeeldwaarden %s: dat wijst op %s.", passing, checked,
                passesNl, category.labelNl());
        String en = String.format(Locale.ROOT, "%d of %d sample values %s, which points to %s.", passing, checked,
                passesEn, category.labelEn());
        if (!noteNl.isEmpty()) {
            nl += " " + noteNl;
            en += " " + noteEn;
        }
        Confidentiality level = Confidentiality.suggestedFor(category);
        return List.of(new Suggestion(List.of(id), category.iri(), category.special(), category.criminal(),
                level.iri(), Confidence.rounded(confidence), nl, en, counts));
    }
}
