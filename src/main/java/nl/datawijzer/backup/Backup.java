package nl.datawijzer.backup;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * One backup file in the backups folder.
 *
 * @param name     file name, {@code datawijzer-YYYYMMDD-HHmmss.trig.gz}
 * @param size     bytes on disk
 * @param modified when the file was last written
 * @param graphs   named graphs, from its manifest; null when the manifest cannot be read (the file is not complete)
 * @param triples  triples, from its manifest; null as {@code graphs}
 * @param revision the store's revision it was taken at; null as {@code graphs}
 * @param created  when its snapshot was taken; null as {@code graphs}
 */
public record Backup(String name, long size, Instant modified, @Nullable Integer graphs, @Nullable Long triples,
        @Nullable Long revision, @Nullable Instant created) {

    public boolean readable() {
        return graphs != null;
    }
}
