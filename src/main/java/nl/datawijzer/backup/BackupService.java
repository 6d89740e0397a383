package nl.datawijzer.backup;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import nl.datawijzer.rdf.BackupFile;
import nl.datawijzer.rdf.BackupRefusedException;
import nl.datawijzer.rdf.BackupSummary;
import nl.datawijzer.rdf.RdfStore;
import nl.datawijzer.rdf.StoreProperties;
import nl.datawijzer.rdf.StoreRestoredEvent;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/**
 * Backups of the catalog store in {@code <dataDir>/backups/}: make one, list them, restore one, or restore an uploaded
 * file. A restore first checks the whole file (nothing is replaced when it is not complete), then backs up the store as
 * it is, so a restore can be undone, then replaces the store and announces {@link StoreRestoredEvent}, whose listeners
 * rebuild the derived data before this call returns. One backup or restore at a time.
 */
@Service
@EnableConfigurationProperties(BackupProperties.class)
public class BackupService {

    static final String PREFIX = "datawijzer-";
    static final String SUFFIX = ".trig.gz";
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");
    private static final Pattern NAME = Pattern.compile("datawijzer-\\d{8}-\\d{6}\\.trig\\.gz");
    private static final Logger log = LoggerFactory.getLogger(BackupService.class);

    private final RdfStore store;
    private final Path folder;
    private final long maxUploadBytes;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    @Autowired
    BackupService(RdfStore store, StoreProperties storeProperties, BackupProperties properties,
            ApplicationEventPublisher events) {
        this(store, storeProperties.dataDir().resolve("backups"), properties.maxUploadSize().toBytes(), events,
                Clock.systemDefaultZone());
    }

    BackupService(RdfStore store, Path folder, long maxUploadBytes, ApplicationEventPublisher events, Clock clock) {
        this.store = store;
        this.folder = folder.toAbsolutePath();
        this.maxUploadBytes = maxUploadBytes;
        this.events = events;
        this.clock = clock;
    }

    /** Every backup in the folder, newest first, with what its manifest says. */
    @PreAuthorize("hasRole('ADMIN')")
    public List<Backup> list() {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        List<Backup> backups = new ArrayList<>();
        try (DirectoryStream<Path> files = Files.newDirectoryStream(folder, PREFIX + "*" + SUFFIX)) {
            for (Path file : files) {
                if (NAME.matcher(file.getFileName().toString()).matches()) {
                    backups.add(describe(file));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("De map met back-ups kan niet worden gelezen: " + folder, e);
        }
        backups.sort(Comparator.comparing(Backup::name).reversed());
        return backups;
    }

    /** Backs up the whole store now, into a new file in the folder. */
    @PreAuthorize("hasRole('ADMIN')")
    public synchronized Backup create() {
        return describe(backupTo(folder));
    }

    /** The file of a backup in the folder, for download; empty when there is no such backup. */
    @PreAuthorize("hasRole('ADMIN')")
    public Optional<Path> file(String name) {
        if (!NAME.matcher(name).matches()) {
            return Optional.empty();
        }
        Path file = folder.resolve(name);
        return Files.isRegularFile(file) ? Optional.of(file) : Optional.empty();
    }

    /**
     * Replaces the store with one of the backups in the folder.
     *
     * @throws BackupRefusedException when the file is not one complete backup; nothing was replaced
     */
    @PreAuthorize("hasRole('ADMIN')")
    public synchronized RestoreResult restore(String name) {
        Path file = file(name).orElseThrow(() -> new IllegalArgumentException("Er is geen back-up met de naam " + name));
        return restoreFile(file);
    }

    /**
     * Replaces the store with an uploaded backup file (which stays where it is; the caller removes it).
     *
     * @throws BackupRefusedException when it is larger than allowed or not one complete backup; nothing was replaced
     */
    @PreAuthorize("hasRole('ADMIN')")
    public synchronized RestoreResult restoreUpload(Path uploaded) {
        long size;
        try {
            size = Files.size(uploaded);
        } catch (IOException e) {
            throw new UncheckedIOException("Het geüploade bestand kan niet worden gelezen", e);
        }
        if (size > maxUploadBytes) {
            throw new BackupRefusedException("het is " + megabytes(size) + " groot, meer dan de toegestane "
                    + megabytes(maxUploadBytes));
        }
        return restoreFile(uploaded);
    }

    /** Largest upload accepted, in bytes. */
    @PreAuthorize("hasRole('ADMIN')")
    public long maxUploadBytes() {
        return maxUploadBytes;
    }

    private RestoreResult restoreFile(Path file) {
        long start = System.nanoTime();
        // The whole file is read once before the current store is backed up: a broken upload costs no backup.
        BackupFile.check(file);
        Path safety = backupTo(folder);
        BackupSummary restored = store.restore(file);
        log.info("Store restored from {} ({} graphs, {} triples, taken {}) in {} ms; previous state kept in {}",
                file.getFileName(), restored.graphs(), restored.triples(), restored.createdAt(),
                (System.nanoTime() - start) / 1_000_000, safety.getFileName());
        events.publishEvent(new StoreRestoredEvent(restored));
        return new RestoreResult(restored.graphs(), restored.triples(), restored.createdAt(),
                safety.getFileName().toString());
    }

    /** Writes a backup into {@code folder} under a temporary name and moves it into place only when complete. */
    private Path backupTo(Path target) {
        try {
            Files.createDirectories(target);
            Path file = freeName(target);
            Path partial = target.resolve(file.getFileName() + ".part");
            long start = System.nanoTime();
            BackupSummary summary;
            try (OutputStream out = new java.io.BufferedOutputStream(Files.newOutputStream(partial), 1 << 16)) {
                summary = store.backup(out);
            } catch (RuntimeException | IOException e) {
                Files.deleteIfExists(partial);
                throw e;
            }
            Files.move(partial, file, StandardCopyOption.ATOMIC_MOVE);
            log.info("Backup {} written: {} graphs, {} triples, revision {}, in {} ms", file.getFileName(),
                    summary.graphs(), summary.triples(), summary.revision(), (System.nanoTime() - start) / 1_000_000);
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException("De back-up kan niet worden geschreven in " + target, e);
        }
    }

    /** Named after the moment; a second backup within the same second takes the next free second. */
    private Path freeName(Path target) {
        LocalDateTime moment = LocalDateTime.now(clock);
        while (true) {
            Path file = target.resolve(PREFIX + STAMP.format(moment) + SUFFIX);
            if (!Files.exists(file) && !Files.exists(target.resolve(file.getFileName() + ".part"))) {
                return file;
            }
            moment = moment.plusSeconds(1);
        }
    }

    private static Backup describe(Path file) {
        try {
            long size = Files.size(file);
            Instant modified = Files.getLastModifiedTime(file).toInstant();
            Optional<BackupSummary> manifest = BackupFile.peek(file);
            return new Backup(file.getFileName().toString(), size, modified,
                    manifest.map(BackupSummary::graphs).orElse(null), manifest.map(BackupSummary::triples).orElse(null),
                    manifest.map(BackupSummary::revision).orElse(null), manifest.map(BackupSummary::createdAt).orElse(null));
        } catch (IOException e) {
            throw new UncheckedIOException("Back-up kan niet worden gelezen: " + file, e);
        }
    }

    private static String megabytes(long bytes) {
        return String.format(java.util.Locale.ROOT, "%.1f MB", bytes / 1_000_000.0);
    }
}
