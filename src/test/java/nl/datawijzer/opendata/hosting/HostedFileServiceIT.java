package nl.datawijzer.opendata.hosting;

import static nl.datawijzer.opendata.hosting.HostedFilesFixture.utf8;
import static nl.datawijzer.opendata.hosting.HostedFilesFixture.xlsx;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;
import nl.datawijzer.catalog.CatalogChangedEvent;
import nl.datawijzer.catalog.DatasetId;
import nl.datawijzer.opendata.GateOutcome;
import nl.datawijzer.opendata.GateResult;
import nl.datawijzer.opendata.GateRule;
import nl.datawijzer.opendata.GateService;
import nl.datawijzer.opendata.HostedContents.Presence;
import nl.datawijzer.privacy.SecurityHolderIsolation;
import nl.datawijzer.rdf.StoreProperties;
import nl.datawijzer.rdf.WriteRefusedException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

/** Uploads against the seeded Huizen catalog: what is stored, what is refused (and leaves nothing), what the gate sees. */
@SpringBootTest(properties = "datawijzer.opendata.max-upload-size=64KB")
@DirtiesContext
@RecordApplicationEvents
@ExtendWith(SecurityHolderIsolation.class)
@WithMockUser(username = "beheerder", roles = {"MEDEWERKER", "BEHEERDER"})
class HostedFileServiceIT {

    private static final String CC0 = "http://publications.europa.eu/resource/authority/licence/CC0";
    private static final List<String> SEEDED = List.of("wmo-clienten-per-wijk", "jeugdhulptrajecten-per-wijk",
            "bijstandsuitkeringen-per-wijk", "wmo-meldingen-per-kwartaal", "bevolking-per-wijk",
            "jeugdhulp-per-productcategorie", "uitgaven-sociaal-domein-per-taakveld",
            "schuldhulp-aanmeldingen-per-kwartaal");

    @Autowired HostedFileService hosting;
    @Autowired GateService gate;
    @Autowired StoreProperties storeProperties;
    @Autowired ApplicationEvents events;

    @Test
    void everySeededHostedDistributionMatchesItsExtractAndIsStoredAfterSeeding() throws Exception {
        for (String slug : SEEDED) {
            byte[] extract = extract(slug);
            List<HostedFile> files = hosting.list(new DatasetId(slug));
            // Other tests of this class may have added files to a seeded dataset; the seeded one is "csv".
            assertThat(files).as(slug).filteredOn(f -> f.distributionSlug().equals("csv")).singleElement()
                    .satisfies(file -> {
                assertThat(file.fileName()).isEqualTo(slug + ".csv");
                assertThat(file.byteSize()).isEqualTo(extract.length);
                assertThat(file.sha256()).isEqualTo(sha256(extract));
                assertThat(file.type()).isEqualTo(HostedFileType.CSV);
                assertThat(hosting.presence(file.distributionIri())).isEqualTo(Presence.STORED);
                assertThat(hosting.asCsv(file.distributionIri())).hasValue(extract);
            });
        }
    }

    @Test
    void uploadsACsvAsAHostedDistributionWithChecksumSizeAndTypes() throws Exception {
        byte[] csv = utf8("jaar,wijkcode,aantal\n2025,WK040600,15\n");

        HostedFile file = hosting.upload(new DatasetId("jeugdhulptrajecten-per-wijk"), "Jeugdhulp 2025 (CSV)",
                "Jeugdhulp 2025.csv", new ByteArrayInputStream(csv), CC0);

        assertThat(file.fileName()).isEqualTo("Jeugdhulp-2025.csv");
        assertThat(file.distributionSlug()).isEqualTo("jeugdhulp-2025-csv");
        assertThat(file.distributionIri()).endsWith("/dataset/jeugdhulptrajecten-per-wijk/distribution/jeugdhulp-2025-csv");
        assertThat(file.title()).isEqualTo("Jeugdhulp 2025 (CSV)");
        assertThat(file.byteSize()).isEqualTo(csv.length);
        assertThat(file.sha256()).isEqualTo(sha256(csv));
        assertThat(file.type()).isEqualTo(HostedFileType.CSV);
        assertThat(file.licenceIri()).isEqualTo(CC0);
        assertThat(file.downloadUrl()).isEqualTo(
                "http://localhost:8080/open-data/bestanden/jeugdhulptrajecten-per-wijk/jeugdhulp-2025-csv/Jeugdhulp-2025.csv");
        assertThat(stored()).contains(storedPath(file.sha256()));
        assertThat(hosting.presence(file.distributionIri())).isEqualTo(Presence.STORED);
        assertThat(events.stream(CatalogChangedEvent.class)).contains(new CatalogChangedEvent("dataset",
                "jeugdhulptrajecten-per-wijk", CatalogChangedEvent.Change.UPDATED));
    }

    @Test
    void uploadsAWorkbookAndAJsonFileAndReadsThemAsCsv() {
        HostedFile workbook = hosting.upload(new DatasetId("wmo-meldingen-per-kwartaal"), "", "meldingen.xlsx",
                new ByteArrayInputStream(xlsx(new Object[] {"kwartaal", "aantal"}, new Object[] {"2025-K1", 40})), CC0);
        HostedFile json = hosting.upload(new DatasetId("wmo-meldingen-per-kwartaal"), "", "meldingen.json",
                new ByteArrayInputStream(utf8("[{\"kwartaal\": \"2025-K1\", \"aantal\": 40}]")), CC0);

        assertThat(workbook.type()).isEqualTo(HostedFileType.XLSX);
        assertThat(workbook.title()).isEqualTo("meldingen.xlsx");
        assertThat(json.type()).isEqualTo(HostedFileType.JSON);
        assertThat(hosting.asCsv(workbook.distributionIri())).hasValueSatisfying(csv ->
                assertThat(new String(csv, StandardCharsets.UTF_8)).isEqualTo("kwartaal,aantal\n2025-K1,40\n"));
        assertThat(hosting.asCsv(json.distributionIri())).hasValueSatisfying(csv ->
                assertThat(new String(csv, StandardCharsets.UTF_8)).isEqualTo("kwartaal,aantal\n2025-K1,40\n"));
        assertThat(hosting.list(new DatasetId("wmo-meldingen-per-kwartaal"))).extracting(HostedFile::fileName)
                .contains("meldingen.xlsx", "meldingen.json", "wmo-meldingen-per-kwartaal.csv");
    }

    @Test
    void refusesWrongDisguisedOversizedOrBrokenFilesAndWritesNothing() throws Exception {
        DatasetId dataset = new DatasetId("bijstandsuitkeringen-per-wijk");
        List<HostedFile> before = hosting.list(dataset);
        List<Path> filesBefore = stored();
        byte[] workbook = xlsx(new Object[] {"a"}, new Object[] {1});

        refused(dataset, "rapport.pdf", utf8("%PDF-1.7"), "wordt niet ondersteund");
        refused(dataset, "werkmap.csv", workbook, "geen geldig CSV-bestand");
        refused(dataset, "tekst.xlsx", utf8("jaar,aantal\n2025,5\n"), "geen Excel-werkmap");
        refused(dataset, "kapot.xlsx", java.util.Arrays.copyOf(workbook, workbook.length - 200), "geen geldig XLSX-bestand");
        refused(dataset, "fout.json", utf8("[{\"jaar\": 2025,"), "geen geldige JSON");
        refused(dataset, "groot.csv", new byte[64 * 1024 + 1], "groter dan 64,0 kB");

        assertThat(hosting.list(dataset)).isEqualTo(before);
        assertThat(stored()).isEqualTo(filesBefore);
    }

    @Test
    void aRecordTheShapesRefuseLeavesNoFileBehind() throws Exception {
        DatasetId dataset = new DatasetId("bijstandsuitkeringen-per-wijk");
        List<Path> filesBefore = stored();
        byte[] csv = utf8("jaar,aantal\n2024,unique-" + System.nanoTime() + "\n");

        assertThatThrownBy(() -> hosting.upload(dataset, "", "licentie.csv", new ByteArrayInputStream(csv),
                "https://example.org/geen-licentie")).isInstanceOf(WriteRefusedException.class);

        assertThat(stored()).isEqualTo(filesBefore);
        assertThat(hosting.list(dataset)).extracting(HostedFile::fileName).doesNotContain("licentie.csv");
    }

    @Test
    void uploadingTheSameFileNameAgainReplacesTheDistributionAndItsFile() throws Exception {
        DatasetId dataset = new DatasetId("uitgaven-sociaal-domein-per-taakveld");
        HostedFile first = hosting.upload(dataset, "Uitgaven", "uitgaven.csv",
                new ByteArrayInputStream(utf8("taakveld,bedrag\n6.1,1000\n")), CC0);
        HostedFile second = hosting.upload(dataset, "Uitgaven (herzien)", "uitgaven.csv",
                new ByteArrayInputStream(utf8("taakveld,bedrag\n6.1,1250\n")), CC0);

        assertThat(second.distributionIri()).isEqualTo(first.distributionIri());
        assertThat(hosting.list(dataset)).filteredOn(f -> f.fileName().equals("uitgaven.csv")).singleElement()
                .satisfies(f -> {
                    assertThat(f.title()).isEqualTo("Uitgaven (herzien)");
                    assertThat(f.sha256()).isEqualTo(second.sha256());
                });
        assertThat(stored()).contains(storedPath(second.sha256())).doesNotContain(storedPath(first.sha256()));

        hosting.remove(dataset, second.distributionSlug());
        assertThat(hosting.list(dataset)).extracting(HostedFile::fileName).doesNotContain("uitgaven.csv");
        assertThat(stored()).doesNotContain(storedPath(second.sha256()));
        assertThat(hosting.presence(second.distributionIri())).isEqualTo(Presence.NOT_HOSTED);
    }

    @Test
    void presenceIsMissingWhenTheFileIsDeletedOrAltered() throws Exception {
        DatasetId dataset = new DatasetId("jeugdhulp-per-productcategorie");
        HostedFile altered = hosting.upload(dataset, "", "a.csv", new ByteArrayInputStream(utf8("x,y\n1,altered\n")), CC0);
        HostedFile deleted = hosting.upload(dataset, "", "b.csv", new ByteArrayInputStream(utf8("x,y\n1,deleted\n")), CC0);

        Files.writeString(storedPath(altered.sha256()), "x,y\n1,anders\n");
        Files.delete(storedPath(deleted.sha256()));

        assertThat(hosting.presence(altered.distributionIri())).isEqualTo(Presence.MISSING);
        assertThat(hosting.presence(deleted.distributionIri())).isEqualTo(Presence.MISSING);
        assertThat(hosting.asCsv(altered.distributionIri())).isEmpty();
        assertThat(hosting.asCsv(deleted.distributionIri())).isEmpty();
    }

    @Test
    void theGateFlagsABsnInAnUploadedWorkbookAndASmallCountInAnUploadedJsonFile() {
        DatasetId wmo = new DatasetId("wmo-clienten-per-wijk");
        assertThat(gate.check(wmo).orElseThrow().result(GateRule.NO_PRIVACY_VALUES).outcome())
                .isEqualTo(GateOutcome.PASS);

        Object[][] rows = new Object[9][];
        rows[0] = new Object[] {"jaar", "wijkcode", "burgerservicenummer_client", "aantal_clienten"};
        String[] bsns = {"111222333", "111222345", "111222357", "111222369", "111222370", "111222382", "111222394",
                "111222400"};
        for (int i = 0; i < bsns.length; i++) {
            rows[i + 1] = new Object[] {"2025", "WK04060" + i, bsns[i], 10};
        }
        hosting.upload(wmo, "Cliënten (Excel)", "clienten.xlsx", new ByteArrayInputStream(xlsx(rows)), CC0);
        GateResult values = gate.check(wmo).orElseThrow().result(GateRule.NO_PRIVACY_VALUES);
        assertThat(values.outcome()).isEqualTo(GateOutcome.FAIL);
        assertThat(values.explanationNl()).contains("Cliënten (Excel): kolom burgerservicenummer_client")
                .doesNotContain("111222333");

        hosting.upload(wmo, "Cliënten (JSON)", "clienten.json", new ByteArrayInputStream(utf8(
                "[{\"jaar\": 2025, \"wijkcode\": \"WK040600\", \"voorzieningsoort\": \"Begeleiding\", "
                        + "\"aantal_clienten\": 15}, {\"jaar\": 2025, \"wijkcode\": \"WK040601\", "
                        + "\"voorzieningsoort\": \"Begeleiding\", \"aantal_clienten\": 3}]")), CC0);
        GateResult cells = gate.check(wmo).orElseThrow().result(GateRule.NO_SMALL_CELLS);
        assertThat(cells.outcome()).isEqualTo(GateOutcome.FAIL);
        assertThat(cells.explanationNl()).contains("Cliënten (JSON)").contains("aantal_clienten");
    }

    @Test
    @WithMockUser(username = "medewerker", roles = "MEDEWERKER")
    void onlyAStewardMayUpload() {
        assertThatThrownBy(() -> hosting.upload(new DatasetId("bevolking-per-wijk"), "", "x.csv",
                new ByteArrayInputStream(utf8("a,b\n1,2\n")), CC0)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> hosting.remove(new DatasetId("bevolking-per-wijk"), "csv"))
                .isInstanceOf(AccessDeniedException.class);
    }

    private void refused(DatasetId dataset, String name, byte[] bytes, String reason) {
        assertThatThrownBy(() -> hosting.upload(dataset, "", name, new ByteArrayInputStream(bytes), CC0))
                .as(name).isInstanceOf(UploadRefusedException.class).hasMessageContaining(reason)
                .hasMessageContaining("Toegestaan zijn CSV (UTF-8), XLSX en JSON").hasMessageContaining("64,0 kB");
    }

    private Path root() {
        return storeProperties.dataDir().resolve("files").resolve("sha256");
    }

    private Path storedPath(String sha256) {
        return root().resolve(sha256.substring(0, 2)).resolve(sha256);
    }

    private List<Path> stored() throws IOException {
        try (Stream<Path> walk = Files.walk(root())) {
            return walk.filter(Files::isRegularFile).sorted().toList();
        }
    }

    private static byte[] extract(String slug) throws IOException {
        try (InputStream in = HostedFileServiceIT.class.getClassLoader()
                .getResourceAsStream("catalog-seed/extracts/" + slug + ".csv")) {
            assertThat(in).as(slug).isNotNull();
            return in.readAllBytes();
        }
    }

    private static String sha256(byte[] bytes) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    }
}
