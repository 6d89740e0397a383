package nl.datawijzer.catalog;

/** Identifies a agent record by its slug (the last part of its IRI). */
public record AgentId(String slug) {
    public AgentId {
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
