package nl.datawijzer.opendata.hosting;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import nl.datawijzer.catalog.SeedLoadedEvent;
import nl.datawijzer.opendata.hosting.internal.FileStore;
import nl.datawijzer.opendata.hosting.internal.HostedFileRepository;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * When the seed has loaded, stores the seeded hosted distributions' files: each is the extract
 * {@code catalog-seed/extracts/{file name}}, taken only when its SHA-256 is the one the record names.
 */
@Component
class SeededFiles {

    static final String EXTRACTS = "catalog-seed/extracts/";
    private static final Logger log = LoggerFactory.getLogger(SeededFiles.class);

    private final HostedFileRepository records;
    private final FileStore files;

    SeededFiles(HostedFileRepository records, FileStore files) {
        this.records = records;
        this.files = files;
    }

    @EventListener
    void seedLoaded(SeedLoadedEvent event) {
        int stored = 0;
        for (HostedFile file : records.all()) {
            if (files.intact(file.sha256())) {
                continue;
            }
            try (InputStream in = SeededFiles.class.getClassLoader().getResourceAsStream(EXTRACTS + file.fileName())) {
                if (in == null) {
                    log.warn("Seeded distribution {} names {}, but the seed has no such extract",
                            file.distributionIri(), file.fileName());
                    continue;
                }
                String sha256 = files.store(in.readAllBytes());
                if (sha256.equals(file.sha256())) {
                    stored++;
                } else {
                    if (!records.referenced(sha256)) {
                        files.delete(sha256);
                    }
                    log.warn("The extract {} does not match the checksum of {}", file.fileName(), file.distributionIri());
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        log.info("Seed: {} hosted files stored", stored);
    }
}
