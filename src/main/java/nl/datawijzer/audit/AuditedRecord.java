package nl.datawijzer.audit;

/**
 * A record a write changed.
 *
 * @param kind the record kind's path ("dataset", "system", "need", ...)
 * @param slug the record's slug (or UUID)
 */
public record AuditedRecord(String kind, String slug) {

    @Override
    public String toString() {
        return kind + "/" + slug;
    }
}
