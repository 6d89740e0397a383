package nl.datawijzer.catalog;

/** Identifies a system record by its slug (the last part of its IRI). */
public record SystemId(String slug) {
    public SystemId {
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
