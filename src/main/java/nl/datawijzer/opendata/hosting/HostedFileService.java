package nl.datawijzer.opendata.hosting;

import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import nl.datawijzer.catalog.CatalogChangedEvent;
import nl.datawijzer.catalog.DatasetId;
import nl.datawijzer.catalog.RecordNotFoundException;
import nl.datawijzer.opendata.HostedContents;
import nl.datawijzer.opendata.OpenDataProperties;
import nl.datawijzer.opendata.OpenDataUrls;
import nl.datawijzer.opendata.hosting.internal.FileStore;
import nl.datawijzer.opendata.hosting.internal.HostedFileRepository;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/**
 * Files stewards host as distributions of a dataset. An upload is checked by extension and by content, stored by its
 * SHA-256 and recorded as a dcat:Distribution (checksum, size, media type, stable download address); anything refused
 * leaves neither a file nor a triple. A change is a dataset edit: it publishes a {@link CatalogChangedEvent}, so the
 * publication workflow checks a published dataset again. Also the {@link HostedContents} the gate scans.
 */
@Service
public class HostedFileService implements HostedContents {

    private static final int MAX_FILE_NAME = 120;

    private final FileStore files;
    private final HostedFileRepository records;
    private final OpenDataUrls urls;
    private final ApplicationEventPublisher events;
    private final long maxBytes;

    HostedFileService(FileStore files, HostedFileRepository records, OpenDataUrls urls, OpenDataProperties properties,
            ApplicationEventPublisher events) {
        this.files = files;
        this.records = records;
        this.urls = urls;
        this.events = events;
        this.maxBytes = properties.maxUploadSize().toBytes();
    }

    /** The largest file accepted, in bytes. */
    public long maxUploadBytes() {
        return maxBytes;
    }

    /** "CSV (UTF-8), XLSX of JSON, hoogstens 20 MB": what the upload accepts, for messages and the form. */
    public String allowedNl() {
        return "Toegestaan zijn CSV (UTF-8), XLSX en JSON (een lijst van objecten), hoogstens " + size(maxBytes) + ".";
    }

    public String allowedEn() {
        return "Allowed are CSV (UTF-8), XLSX and JSON (a list of objects), at most " + size(maxBytes) + ".";
    }

    /** The dataset's hosted distributions. */
    @PreAuthorize("hasRole('MEDEWERKER')")
    public List<HostedFile> list(DatasetId dataset) {
        return records.list(dataset.slug());
    }

    /**
     * Hosts a file as a distribution of the dataset: a new one, or the one that already hosts a file of this name
     * (replaced, so the dataset keeps one distribution per file name).
     *
     * @param title the distribution's Dutch title; blank: the file name
     * @param licenceIri the distribution's licence, a concept of the licence list
     * @throws UploadRefusedException for a wrong type, a disguised or unreadable file, or one over the limit
     * @throws RecordNotFoundException when there is no such dataset
     * @throws nl.datawijzer.rdf.WriteRefusedException when the record does not pass the shapes (e.g. the licence)
     */
    @PreAuthorize("hasRole('BEHEERDER')")
    public HostedFile upload(DatasetId dataset, String title, String fileName, InputStream contents, String licenceIri) {
        String name = sanitise(fileName);
        HostedFileType type = HostedFileType.ofFileName(name).orElseThrow(() -> new UploadRefusedException(
                "Het bestandstype van '" + name + "' wordt niet ondersteund. " + allowedNl(),
                "The file type of '" + name + "' is not supported. " + allowedEn()));
        if (!records.datasetExists(dataset.slug())) {
            throw new RecordNotFoundException("Dataset", dataset);
        }
        FileStore.Staged staged;
        try {
            staged = files.stage(contents, maxBytes);
        } catch (FileStore.TooLargeException e) {
            throw new UploadRefusedException("Het bestand is groter dan " + size(maxBytes) + ". " + allowedNl(),
                    "The file is larger than " + size(maxBytes) + ". " + allowedEn());
        }
        try {
            FileContents.check(type, staged.temp());
        } catch (UploadRefusedException e) {
            files.discard(staged);
            throw new UploadRefusedException(e.messageNl() + " " + allowedNl(), e.messageEn() + " " + allowedEn());
        } catch (RuntimeException e) {
            files.discard(staged);
            throw e;
        }
        String distributionSlug = distributionSlug(dataset.slug(), name);
        boolean added = files.commit(staged);
        Optional<HostedFile> before;
        try {
            before = records.save(new HostedFileRepository.Entry(dataset.slug(), distributionSlug,
                    title == null || title.isBlank() ? name : title.strip(), name, type, staged.size(),
                    staged.sha256(), licenceIri, urls.absolute(OpenDataUrls.hostedFile(dataset.slug(),
                            distributionSlug, name))));
        } catch (RuntimeException e) {
            if (added && !records.referenced(staged.sha256())) {
                files.delete(staged.sha256());
            }
            throw e;
        }
        before.filter(old -> !old.sha256().equals(staged.sha256())).ifPresent(old -> dropIfUnused(old.sha256()));
        events.publishEvent(new CatalogChangedEvent("dataset", dataset.slug(), CatalogChangedEvent.Change.UPDATED));
        return records.list(dataset.slug()).stream().filter(f -> f.distributionSlug().equals(distributionSlug))
                .findFirst().orElseThrow();
    }

    /** Removes a hosted distribution and, when no other record names it, its file. */
    @PreAuthorize("hasRole('BEHEERDER')")
    public void remove(DatasetId dataset, String distributionSlug) {
        HostedFile removed = records.remove(dataset.slug(), distributionSlug)
                .orElseThrow(() -> new RecordNotFoundException("Gehoste distributie", distributionSlug));
        dropIfUnused(removed.sha256());
        events.publishEvent(new CatalogChangedEvent("dataset", dataset.slug(), CatalogChangedEvent.Change.UPDATED));
    }

    @Override
    public Presence presence(String distributionIri) {
        Optional<HostedFile> file = records.find(distributionIri);
        if (file.isEmpty()) {
            return Presence.NOT_HOSTED;
        }
        return files.intact(file.get().sha256()) ? Presence.STORED : Presence.MISSING;
    }

    @Override
    public Optional<byte[]> asCsv(String distributionIri) {
        return records.find(distributionIri).filter(file -> files.intact(file.sha256()))
                .flatMap(file -> files.find(file.sha256()).map(path -> FileContents.asCsv(file.type(), path)));
    }

    /**
     * The stored file of a hosted distribution opened for reading, with its size and type, for profiling (issue 8);
     * empty when the distribution hosts no stored file. The caller closes the stream. No access check: runs also start
     * from the schedule.
     */
    public Optional<OpenedFile> open(String distributionIri) {
        return records.find(distributionIri).flatMap(file -> files.find(file.sha256()).flatMap(path -> {
            try {
                return Optional.of(new OpenedFile(file, java.nio.file.Files.size(path),
                        java.nio.file.Files.newInputStream(path)));
            } catch (java.io.IOException e) {
                return Optional.empty();
            }
        }));
    }

    /** An opened hosted file: its record, its size in bytes and its contents. */
    public record OpenedFile(HostedFile file, long size, InputStream contents) implements AutoCloseable {
        @Override
        public void close() throws java.io.IOException {
            contents.close();
        }
    }

    /** The record and stored file behind a download address, for the controller; no access check here. */
    Optional<Download> download(String datasetSlug, String distributionSlug, String fileName) {
        return records.list(datasetSlug).stream()
                .filter(f -> f.distributionSlug().equals(distributionSlug) && f.fileName().equals(fileName))
                .findFirst().flatMap(f -> files.find(f.sha256()).map(path -> new Download(f, path)));
    }

    record Download(HostedFile file, Path path) {
    }

    /** The last segment of the name, letters without accents, digits, {@code . _ -}; the extension in lowercase. */
    static String sanitise(String fileName) {
        String name = fileName == null ? "" : fileName;
        name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
        name = Normalizer.normalize(name, Normalizer.Form.NFKD).replaceAll("\\p{M}", "");
        name = name.replaceAll("[^A-Za-z0-9._-]+", "-").replaceAll("-{2,}", "-").replaceAll("^[.-]+", "");
        int dot = name.lastIndexOf('.');
        if (dot > 0) {
            String base = name.substring(0, dot).replaceAll("[.-]+$", "");
            String extension = name.substring(dot + 1).toLowerCase(Locale.ROOT);
            base = base.substring(0, Math.min(base.length(), MAX_FILE_NAME - extension.length() - 1));
            name = (base.isEmpty() ? "bestand" : base) + "." + extension;
        } else {
            name = name.substring(0, Math.min(name.length(), MAX_FILE_NAME));
        }
        if (name.isEmpty() || name.startsWith(".")) {
            throw new UploadRefusedException("De bestandsnaam is leeg of ongeldig.", "The file name is empty or invalid.");
        }
        return name;
    }

    /** An identifier for the distribution from its file name: {@code Wmo 2025.csv} becomes {@code wmo-2025-csv}. */
    static String slugOf(String fileName) {
        String slug = fileName.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
        if (slug.isEmpty() || !Character.isLetter(slug.charAt(0))) {
            slug = "bestand-" + slug;
        }
        slug = slug.substring(0, Math.min(slug.length(), 72)).replaceAll("-+$", "");
        return slug;
    }

    private String distributionSlug(String datasetSlug, String fileName) {
        List<HostedFile> hosted = records.list(datasetSlug);
        Optional<HostedFile> same = hosted.stream().filter(f -> f.fileName().equals(fileName)).findFirst();
        if (same.isPresent()) {
            return same.get().distributionSlug();
        }
        List<String> taken = records.distributionIris(datasetSlug);
        String base = slugOf(fileName);
        String slug = base;
        for (int n = 2; isTaken(taken, slug); n++) {
            slug = base + "-" + n;
        }
        return slug;
    }

    private static boolean isTaken(List<String> iris, String slug) {
        return iris.stream().anyMatch(iri -> iri.endsWith("/distribution/" + slug));
    }

    private void dropIfUnused(String sha256) {
        try {
            if (!records.referenced(sha256)) {
                files.delete(sha256);
            }
        } catch (UncheckedIOException e) {
            // An orphan file is harmless: it is served only through a record that names it.
        }
    }

    static String size(long bytes) {
        if (bytes >= 1024 * 1024 && bytes % (1024 * 1024) == 0) {
            return bytes / (1024 * 1024) + " MB";
        }
        if (bytes >= 1024 * 1024) {
            return String.format(Locale.of("nl"), "%.1f MB", bytes / (1024.0 * 1024.0));
        }
        if (bytes >= 1024) {
            return String.format(Locale.of("nl"), "%.1f kB", bytes / 1024.0);
        }
        return bytes + " bytes";
    }
}
