package nl.datawijzer.audit;

/**
 * What to look for in the audit trail; empty texts match everything.
 *
 * @param actor  part of the account name
 * @param record part of the record ("wmo", "dataset/wmo-voorzieningen")
 */
public record AuditFilter(String actor, String record) {

    public static final AuditFilter NONE = new AuditFilter("", "");
    static final int MAX_TEXT = 200;

    public AuditFilter {
        actor = actor == null ? "" : actor.strip();
        record = record == null ? "" : record.strip();
        if (actor.length() > MAX_TEXT || record.length() > MAX_TEXT) {
            throw new IllegalArgumentException("De zoektekst is te lang: hoogstens " + MAX_TEXT + " tekens");
        }
    }

    public boolean isEmpty() {
        return actor.isEmpty() && record.isEmpty();
    }
}
