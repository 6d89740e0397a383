package nl.datawijzer.catalog;

/** Identifies a concept record by its slug (the last part of its IRI). */
public record ConceptId(String slug) {
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
