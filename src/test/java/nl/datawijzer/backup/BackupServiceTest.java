package nl.datawijzer.backup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import nl.datawijzer.rdf.BackupRefusedException;
import nl.datawijzer.rdf.BackupSummary;
import nl.datawijzer.rdf.ForwardingRdfStore;
import nl.datawijzer.rdf.Iris;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The service's own rules, without Spring: names, an oversized upload, names that are not a backup's. */
class BackupServiceTest {

    @TempDir
    Path folder;

    private final List<Object> events = new ArrayList<>();
    private final List<Path> restored = new ArrayList<>();

    /** Any store: restores are recorded, never run; backups are written by a real (in-memory) store. */
    private final ForwardingRdfStore store = new ForwardingRdfStore(null) {
        private final nl.datawijzer.rdf.TdbRdfStore real = new nl.datawijzer.rdf.TdbRdfStore(
                org.apache.jena.query.DatasetFactory.createTxnMem(), null, new Iris("https://data.huizen.nl/id/"), 1000);

        @Override
        public BackupSummary backup(java.io.OutputStream out) {
            return real.backup(out);
        }

        @Override
        public BackupSummary restore(Path backup) {
            restored.add(backup);
            throw new AssertionError("must not be reached");
        }
    };

    private BackupService service(long maxUpload) {
        Clock clock = Clock.fixed(Instant.parse("2026-11-30T01:02:03Z"), ZoneId.of("Europe/Amsterdam"));
        return new BackupService(store, folder.resolve("backups"), maxUpload, events::add, clock);
    }

    @Test
    void backupsAreNamedAfterTheMomentAndASecondOneInTheSameSecondTakesTheNext() {
        BackupService service = service(1_000_000);

        Backup first = service.create();
        Backup second = service.create();

        assertThat(first.name()).isEqualTo("datawijzer-20261130-020203.trig.gz");
        assertThat(second.name()).isEqualTo("datawijzer-20261130-020204.trig.gz");
        assertThat(service.list()).extracting(Backup::name).containsExactly(second.name(), first.name());
        assertThat(first.readable()).isTrue();
        assertThat(first.graphs()).isZero();
    }

    @Test
    void anUploadLargerThanAllowedIsRefusedBeforeAnythingElse() throws IOException {
        Path upload = Files.write(folder.resolve("groot.trig.gz"), new byte[2048]);

        assertThatThrownBy(() -> service(1000).restoreUpload(upload)).isInstanceOf(BackupRefusedException.class)
                .hasMessageContaining("meer dan de toegestane").hasMessageEndingWith("Er is niets vervangen.");
        assertThat(restored).isEmpty();
        assertThat(events).isEmpty();
        assertThat(folder.resolve("backups")).doesNotExist();
    }

    @Test
    void onlyNamesOfBackupsInTheFolderAreServedOrRestored() throws IOException {
        BackupService service = service(1000);
        Files.createDirectories(folder.resolve("backups"));
        Files.writeString(folder.resolve("geheim.txt"), "x");

        assertThat(service.file("../geheim.txt")).isEmpty();
        assertThat(service.file("datawijzer-20261130-020203.trig.gz")).isEmpty();
        assertThatThrownBy(() -> service.restore("../geheim.txt")).isInstanceOf(IllegalArgumentException.class);
        assertThat(restored).isEmpty();
    }
}
