package nl.datawijzer.catalog;

import com.fasterxml.jackson.annotation.JsonValue;

/** Identifies a concept record by its slug (the last part of its IRI). */
public record ConceptId(@JsonValue String slug) {
    public ConceptId {
        Ids.checked(slug);
    }

    public static boolean isValid(String slug) {
        return Ids.valid(slug);
    }

    @Override
    public String toString() {
        return slug;
    }
}
