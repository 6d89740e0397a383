package nl.datawijzer.backup;

import java.time.Instant;

/**
 * A finished restore.
 *
 * @param graphs        named graphs restored
 * @param triples       triples restored
 * @param created       when the restored backup was taken
 * @param safetyBackup  the backup of the store as it was just before, made first (its file name)
 */
public record RestoreResult(int graphs, long triples, Instant created, String safetyBackup) {
}
