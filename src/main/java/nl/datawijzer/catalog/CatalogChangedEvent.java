package nl.datawijzer.catalog;

/**
 * Published after a catalog write has committed, so indexes and derived views can follow.
 *
 * @param kind   "system", "dataset", "agent" or "concept"
 * @param slug   the record's slug
 * @param change what happened
 */
public record CatalogChangedEvent(String kind, String slug, Change change) {
    public enum Change { CREATED, UPDATED, DELETED }
}
