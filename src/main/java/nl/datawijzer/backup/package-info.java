/**
 * Backups of the catalog store: {@link nl.datawijzer.backup.BackupService} keeps them in {@code <dataDir>/backups/},
 * makes, lists and restores them (ADMIN only), and {@link nl.datawijzer.backup.BackupCommand} does the same from the
 * command line without starting the web server. The file format and the check of a whole file live in
 * {@link nl.datawijzer.rdf.BackupFile}; after a restore the store publishes nothing itself: this service announces
 * {@link nl.datawijzer.rdf.StoreRestoredEvent}, on which every holder of derived data rebuilds it.
 */
@NullMarked
package nl.datawijzer.backup;

import org.jspecify.annotations.NullMarked;
