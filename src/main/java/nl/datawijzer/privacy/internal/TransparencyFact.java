package nl.datawijzer.privacy.internal;

import org.jspecify.annotations.Nullable;

/**
 * One row of {@code transparency.rq}: a statement about a system (its name, its description, a category of its fields)
 * or about a processing activity that concerns it.
 *
 * @param system   the system's IRI
 * @param activity the activity's IRI, or null for a statement about the system itself
 * @param property the property's IRI
 * @param value    the literal's text or the concept's IRI
 * @param language the literal's language tag (empty for a concept or a plain literal)
 * @param concept  whether the value is a concept (IRI) rather than a text
 */
record TransparencyFact(String system, @Nullable String activity, String property, String value, String language,
        boolean concept) {

    /**
     * The label of a concept that facts can name (a personal-data category, legal basis or data subject).
     *
     * @param label      in the reader's language
     * @param dutchLabel in Dutch
     * @param special    a special category of personal data (art. 9/10 GDPR)
     */
    record ConceptLabel(@Nullable String label, @Nullable String dutchLabel, boolean special) {
    }
}
