package nl.datawijzer.privacy.detect;

/**
 * A word or phrase of a name rule with how strongly it alone points to the rule's category.
 * {@code key} is the phrase folded to its words run together, so "date of birth", {@code date_of_birth}
 * and {@code dateOfBirth} all meet it.
 *
 * @param alone whether the term only counts as the whole name or title: "indicatie" alone is a care
 *     assessment, but {@code indicatie_geheimhouding} is a yes/no flag about something else
 */
record Term(String text, double weight, String key, boolean alone) {

    static Term of(String text, double weight, boolean alone) {
        return new Term(text, weight, String.join("", Words.of(text)), alone);
    }
}
