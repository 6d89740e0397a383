package nl.datawijzer.backup;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;
import nl.datawijzer.rdf.BackupRefusedException;
import nl.datawijzer.rdf.BackupSummary;
import nl.datawijzer.rdf.RdfStore;
import org.springframework.boot.Banner;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.ComponentScan;

/**
 * Backup and restore from the command line, with the application stopped:
 * <pre>
 * java -jar datawijzer.jar --datawijzer.backup.create=/pad/datawijzer.trig.gz
 * java -jar datawijzer.jar --datawijzer.backup.restore=/pad/datawijzer.trig.gz
 * </pre>
 * (with the same {@code --datawijzer.store.data-dir} and other settings as the application). Only the store is started,
 * no web server, seed, index or view; the process ends with 0 when done and 1 when not (the reason on standard error).
 * After a restore the next start of the application finds its indexes stale (the revision moved on) and rebuilds them,
 * and derives the open-data view again, as at every start.
 */
public final class BackupCommand {

    static final String CREATE = "--datawijzer.backup.create=";
    static final String RESTORE = "--datawijzer.backup.restore=";

    private BackupCommand() {
    }

    /** The store's own configuration and nothing else; not a component, so the application's scan leaves it. */
    @ComponentScan(basePackageClasses = RdfStore.class)
    static final class StoreOnly {
    }

    /**
     * Runs the backup command when {@code args} ask for one.
     *
     * @return the exit code, or empty when {@code args} hold no backup command (start the application then)
     */
    public static Optional<Integer> runIfAsked(String[] args) {
        return runIfAsked(args, System.out, System.err);
    }

    static Optional<Integer> runIfAsked(String[] args, PrintStream out, PrintStream err) {
        Optional<String> create = value(args, CREATE);
        Optional<String> restore = value(args, RESTORE);
        if (create.isEmpty() && restore.isEmpty()) {
            return Optional.empty();
        }
        if (create.isPresent() && restore.isPresent()) {
            err.println("Geef één opdracht: een back-up maken of terugzetten, niet allebei.");
            return Optional.of(1);
        }
        try (ConfigurableApplicationContext context = new SpringApplicationBuilder(StoreOnly.class)
                .web(WebApplicationType.NONE).bannerMode(Banner.Mode.OFF).logStartupInfo(false).run(args)) {
            RdfStore store = context.getBean(RdfStore.class);
            BackupSummary summary = create.isPresent() ? create(store, Path.of(create.get()))
                    : store.restore(existing(Path.of(restore.get())));
            out.printf("%s: %d graphs, %d triples, revisie %d, gemaakt %s%n",
                    create.isPresent() ? "Back-up gemaakt in " + create.get() : "Teruggezet uit " + restore.get(),
                    summary.graphs(), summary.triples(), summary.revision(), summary.createdAt());
            return Optional.of(0);
        } catch (BackupRefusedException e) {
            err.println(e.getMessage());
            return Optional.of(1);
        } catch (RuntimeException | IOException e) {
            err.println((create.isPresent() ? "Back-up maken" : "Terugzetten") + " mislukt: " + rootMessage(e));
            return Optional.of(1);
        }
    }

    private static BackupSummary create(RdfStore store, Path file) throws IOException {
        Path absolute = file.toAbsolutePath();
        if (absolute.getParent() != null) {
            Files.createDirectories(absolute.getParent());
        }
        Path partial = absolute.resolveSibling(absolute.getFileName() + ".part");
        BackupSummary summary;
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(partial), 1 << 16)) {
            summary = store.backup(out);
        } catch (RuntimeException | IOException e) {
            Files.deleteIfExists(partial);
            throw e;
        }
        Files.move(partial, absolute, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        return summary;
    }

    private static Path existing(Path file) throws IOException {
        if (!Files.isRegularFile(file)) {
            throw new IOException("het bestand " + file + " bestaat niet");
        }
        return file;
    }

    private static Optional<String> value(String[] args, String option) {
        for (String arg : args) {
            if (arg.startsWith(option) && arg.length() > option.length()) {
                return Optional.of(arg.substring(option.length()));
            }
        }
        return Optional.empty();
    }

    private static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getMessage() == null ? root.toString() : root.getMessage();
    }
}
