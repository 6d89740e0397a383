package nl.datawijzer.rdf;

/**
 * The catalog store was replaced whole by a backup (published after the restore committed). Everything derived from
 * the store (search indexes, the open-data view, caches) no longer matches it and is rebuilt by its listener, as it
 * would be at start.
 */
public record StoreRestoredEvent(BackupSummary backup) {
}
