package nl.datawijzer.rdf;

import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * The catalog's RDF store. Reads see one consistent snapshot; a write is one transaction that is
 * validated against the shapes before commit and is either wholly visible or not at all.
 * Nothing read here may escape the lambda as a Jena object: map to records inside it.
 */
public interface RdfStore {

    <T> T read(Function<StoreReader, T> action);

    /**
     * Runs {@code action} in one write transaction, validates every node it touched (and every node
     * that links to one of them) against the shapes, and commits only when they conform.
     *
     * @throws WriteRefusedException when the result does not conform; the store is then unchanged
     */
    <T> T write(Function<StoreWriter, T> action);

    /**
     * Runs {@code action} in a write transaction and validates it exactly as {@link #write} does, but never commits:
     * the store is unchanged whatever the outcome. For a dry run that must report every violation at once.
     *
     * @return the violations; empty when {@code write} would have committed
     */
    List<WriteRefusedException.Violation> trial(Consumer<StoreWriter> action);

    /** True when the store holds no catalog record yet (only then does the seed load). */
    boolean isEmptyCatalog();

    /**
     * A number that grows with every committed write that changed a record graph. Derived data (search
     * indexes) stores the revision it was built from, so a stale copy is detected at start in O(1).
     */
    long revision();

    /**
     * Writes every graph of one consistent read snapshot to {@code out} as a backup ({@link BackupFile}: gzip-compressed
     * TriG with a manifest), streamed, never the whole store in memory. Writers may go on meanwhile; they are not in it.
     * {@code out} is left open.
     */
    BackupSummary backup(java.io.OutputStream out);

    /**
     * Replaces the whole store with a backup: reads the whole file first and refuses it when it is not complete; only
     * then, in one write transaction, removes every graph and loads the backup. A failure on the way aborts that
     * transaction, and the store is as it was. The revision afterwards is one above both the backup's and the one
     * before, with a restore entry in the audit trail, so that derived data keyed on the revision never takes the
     * restored store for an older
     * state it has seen.
     *
     * @throws BackupRefusedException when the file is not one complete backup; nothing was replaced
     */
    BackupSummary restore(java.nio.file.Path backup);
}
