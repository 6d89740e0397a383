package nl.datawijzer.rdf;

import java.util.Set;

/**
 * Another node sharing the store committed changes. Derived data kept on this node (search indexes, the public view,
 * caches) follows them; nothing else may react, since the node that made the change already did its own follow-up
 * (notifications, detection runs), once.
 *
 * @param records    the records whose graphs changed (not the reference data or the store's bookkeeping)
 * @param everything true when the changes cannot be listed (a restore, or too many at once): rebuild all
 */
public record StoreChangedElsewhereEvent(Set<RecordRef> records, boolean everything) {

    public boolean touches(RecordKind kind) {
        return everything || records.stream().anyMatch(r -> r.kind() == kind);
    }
}
