package nl.datawijzer.bench;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.zip.GZIPInputStream;
import nl.datawijzer.rdf.BackupFile;
import nl.datawijzer.rdf.BackupSummary;
import nl.datawijzer.rdf.TdbRdfStore;
import org.apache.jena.dboe.base.file.Location;
import org.apache.jena.query.Dataset;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.TDB2Factory;
import org.apache.jena.tdb2.sys.TDBInternal;

/**
 * Backup and restore of the loaded catalog (issue 9: a restore of the L catalog in at most 2 minutes). The backup is
 * {@code TdbRdfStore.backup} of the loaded store to a {@code .trig.gz} file; the restore is {@code TdbRdfStore.restore}
 * of that file into an empty TDB2 folder on disk: the whole-file check (gzip, TriG, manifest counts) and then the load
 * in one write transaction. The baseline is raw Jena doing the load alone: {@code RDFParser} of the same file straight
 * into an empty TDB2 dataset in one write transaction, no check.
 */
final class RestoreMeasurements implements Measurement {

    static final String RAW = "raw Jena: RDFParser of the .trig.gz into an empty TDB2 in one transaction";
    static final double TARGET_SECONDS = 120;

    @Override
    public String name() {
        return "restore";
    }

    @Override
    public void run(BenchContext ctx) throws Exception {
        if (!ctx.hasStore()) {
            System.out.println("  no store loaded (store-load skipped): nothing to back up");
            return;
        }
        Scale s = ctx.scale();
        Path file = ctx.workDir().resolve("backup.trig.gz");
        long start = System.nanoTime();
        BackupSummary written;
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file), 1 << 16)) {
            written = ctx.store().backup(out);
        }
        double backupSeconds = LoadMeasurements.seconds(start);
        ctx.report(Metric.info("backup.time", backupSeconds, "s", s, String.format(Locale.ROOT,
                "TdbRdfStore.backup: %d graphs, %d triples from one read snapshot, %.0f triples/s", written.graphs(),
                written.triples(), written.triples() / backupSeconds)));
        ctx.report(Metric.info("backup.size", BenchContext.mib(Files.size(file)), "MiB", s, "gzip-compressed TriG"));

        // Baseline first, so neither side gets a page cache the other did not have.
        Path rawDir = ctx.workDir().resolve("tdb2-restore-raw");
        BenchContext.deleteRecursively(rawDir);
        Files.createDirectories(rawDir);
        Dataset raw = TDB2Factory.connectDataset(Location.create(rawDir.toString()));
        start = System.nanoTime();
        Txn.executeWrite(raw, () -> {
            try (InputStream in = new GZIPInputStream(Files.newInputStream(file), 1 << 16)) {
                RDFParser.source(in).lang(Lang.TRIG).parse(raw.asDatasetGraph());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
        double rawSeconds = LoadMeasurements.seconds(start);
        long rawQuads = Txn.calculateRead(raw, () -> raw.asDatasetGraph().stream().count());
        TDBInternal.expel(raw.asDatasetGraph());
        BenchContext.deleteRecursively(rawDir);

        start = System.nanoTime();
        BackupFile.check(file);
        double checkSeconds = LoadMeasurements.seconds(start);

        Path dir = ctx.workDir().resolve("tdb2-restore");
        BenchContext.deleteRecursively(dir);
        Files.createDirectories(dir);
        Dataset dataset = TDB2Factory.connectDataset(Location.create(dir.toString()));
        TdbRdfStore fresh = new TdbRdfStore(dataset, ctx.newValidator(), ctx.iris(), 60_000);
        start = System.nanoTime();
        BackupSummary restored = fresh.restore(file);
        double restoreSeconds = LoadMeasurements.seconds(start);
        long quads = Txn.calculateRead(dataset, () -> dataset.asDatasetGraph().stream().count());
        fresh.close();
        TDBInternal.expel(dataset.asDatasetGraph());
        BenchContext.deleteRecursively(dir);
        if (!restored.equals(written) || quads < written.triples()) {
            throw new IllegalStateException("Restore incomplete: wrote " + written + ", restored " + restored + ", "
                    + quads + " quads in the store");
        }

        ctx.report(Metric.versus("restore.time", restoreSeconds, "s", rawSeconds, RAW, s, String.format(Locale.ROOT,
                "TdbRdfStore.restore into an empty TDB2 folder: whole-file check, then the load in one write "
                        + "transaction; %d quads (raw: %d); target <= %.0f s at L: %s", quads, rawQuads, TARGET_SECONDS,
                restoreSeconds <= TARGET_SECONDS ? "met" : "NOT met")));
        ctx.report(Metric.info("restore.ratio", restoreSeconds / rawSeconds, "x", s, "our restore / raw Jena load"));
        ctx.report(Metric.info("restore.check.time", checkSeconds, "s", s,
                "BackupFile.check alone (gunzip, parse, count; part of restore.time)"));
        Files.deleteIfExists(file);
    }
}
