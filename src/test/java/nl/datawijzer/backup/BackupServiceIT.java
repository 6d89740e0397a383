package nl.datawijzer.backup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import nl.datawijzer.catalog.ConceptId;
import nl.datawijzer.catalog.GlossaryService;
import nl.datawijzer.catalog.GlossaryTermDraft;
import nl.datawijzer.privacy.SecurityHolderIsolation;
import nl.datawijzer.rdf.BackupRefusedException;
import nl.datawijzer.rdf.RdfStore;
import nl.datawijzer.search.PublicSearchService;
import nl.datawijzer.search.SearchRequest;
import nl.datawijzer.search.SearchService;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Backups through the service on the Huizen seed, in a data folder of its own (a restore replaces the whole store):
 * ADMIN only; a restore brings back what the backup had and the derived data (search, open-data view) follows it;
 * a broken upload replaces nothing.
 */
@SpringBootTest(properties = {"datawijzer.quality.startup-runs=false", "datawijzer.quality.schedule-enabled=false"})
@ExtendWith(SecurityHolderIsolation.class)
class BackupServiceIT {

    private static final Path DATA = Path.of("target/test-data/backup-" + UUID.randomUUID());
    private static final String WORD = "Terugzetproefbegrip";

    @Autowired BackupService backups;
    @Autowired GlossaryService glossary;
    @Autowired SearchService search;
    @Autowired PublicSearchService publicSearch;
    @Autowired RdfStore store;

    @DynamicPropertySource
    static void dataDir(DynamicPropertyRegistry registry) {
        registry.add("datawijzer.store.data-dir", DATA::toString);
    }

    @Test
    @WithMockUser(roles = {"MEDEWERKER", "BEHEERDER", "FG", "ANALIST"})
    void everyoneButTheAdminIsRefused() {
        assertThatThrownBy(() -> backups.list()).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> backups.create()).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> backups.restore("datawijzer-20260101-000000.trig.gz"))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> backups.restoreUpload(DATA)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> backups.file("datawijzer-20260101-000000.trig.gz"))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    @WithMockUser(roles = {"ADMIN", "MEDEWERKER", "BEHEERDER"})
    void aRestoreBringsBackWhatTheBackupHadAndSearchAndTheOpenDataViewFollow() throws IOException {
        long published = publicSearch.search(SearchRequest.of("")).total();
        assertThat(published).isPositive();
        Backup without = backups.create();
        ConceptId term = glossary.create(new GlossaryTermDraft("terugzetproef", WORD,
                "Een begrip dat alleen in de tweede back-up staat.", List.of(), null, List.of(), List.of()));
        assertThat(found()).isEqualTo(1);
        Backup with = backups.create();
        assertThat(with.name()).isNotEqualTo(without.name()).matches("datawijzer-\\d{8}-\\d{6}\\.trig\\.gz");
        assertThat(with.triples()).isGreaterThan(without.triples());

        RestoreResult back = backups.restore(without.name());

        assertThat(found()).as("the term left the store and the index").isZero();
        assertThat(back.graphs()).isEqualTo(without.graphs());
        assertThat(backups.list()).extracting(Backup::name).contains(without.name(), with.name(), back.safetyBackup());
        assertThat(publicSearch.search(SearchRequest.of("")).total()).as("open-data view rebuilt").isEqualTo(published);

        // An upload of the second backup (a copy outside the folder) brings the term back.
        Path upload = Files.createTempFile("upload", ".trig.gz");
        Files.copy(backups.file(with.name()).orElseThrow(), upload, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        backups.restoreUpload(upload);

        assertThat(found()).as("a record only the backup had is found again").isEqualTo(1);
        assertThat(glossary.get(term).prefLabel()).isEqualTo(WORD);
        assertThat(publicSearch.search(SearchRequest.of("")).total()).isEqualTo(published);
        assertThat(backups.list()).allSatisfy(b -> assertThat(b.readable()).isTrue());
        Files.delete(upload);
    }

    @Test
    @WithMockUser(roles = {"ADMIN", "MEDEWERKER"})
    void aBrokenUploadReplacesNothing() throws IOException {
        long revision = store.revision();
        long documents = search.search(SearchRequest.of("")).total();
        Path upload = Files.createTempFile("upload", ".trig.gz");
        Files.write(upload, "geen back-up".getBytes(java.nio.charset.StandardCharsets.UTF_8));
        int before = backups.list().size();

        assertThatThrownBy(() -> backups.restoreUpload(upload)).isInstanceOf(BackupRefusedException.class)
                .hasMessage("Dit bestand is geen volledige Datawijzer-back-up: het is geen gzip-bestand. "
                        + "Er is niets vervangen.");

        assertThat(store.revision()).isEqualTo(revision);
        assertThat(search.search(SearchRequest.of("")).total()).isEqualTo(documents);
        assertThat(backups.list()).as("no safety backup for a file that was refused").hasSize(before);
        Files.delete(upload);
    }

    private long found() {
        return search.search(SearchRequest.of(WORD)).total();
    }
}
