package nl.datawijzer.rdf;

import java.time.Instant;

/**
 * What a backup holds, as its manifest says and a complete read confirmed.
 *
 * @param graphs    named graphs in the backup
 * @param triples   triples in all of them, the default graph's included
 * @param revision  the store's revision at the moment of the backup
 * @param createdAt when the backup's read snapshot was taken
 */
public record BackupSummary(int graphs, long triples, long revision, Instant createdAt) {
}
