package nl.datawijzer.rdf;

/**
 * A record named by its kind and the last part of its graph name (a slug, or a UUID for the kinds identified that
 * way).
 */
public record RecordRef(RecordKind kind, String slug) {

    @Override
    public String toString() {
        return kind.path() + "/" + slug;
    }
}
