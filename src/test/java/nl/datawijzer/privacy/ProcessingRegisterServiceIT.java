package nl.datawijzer.privacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import nl.datawijzer.catalog.DatasetId;
import nl.datawijzer.catalog.SystemId;
import nl.datawijzer.privacy.internal.RegisterFiles;
import nl.datawijzer.rdf.WriteRefusedException;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.annotation.DirtiesContext;

/** The privacy officer keeps the processing register on the Huizen seed: read, edit, export and import. */
@SpringBootTest
@DirtiesContext
@WithMockUser(username = "fg", roles = {"FG", "MEDEWERKER"})
class ProcessingRegisterServiceIT {

    static final String VOCAB = "https://w3id.org/datawijzer/vocab/";
    static final String GDPR = "https://w3id.org/dpv/legal/eu/gdpr#";
    static final ProcessingActivityId WMO = ProcessingActivityId.parse("0b7e4d2a-5c1f-4e8a-9d36-2f4a8c1e7b01");
    static final ProcessingActivityId TAXES = ProcessingActivityId.parse("4f5e6d7c-8b9a-4c0d-9e1f-2a3b4c5d6e05");

    @Autowired ProcessingRegisterService register;

    @Test
    void theSeedHoldsTheHuizenRegisterWithManualAndDerivedCategories() {
        List<ProcessingActivity> all = register.list(RegisterFilter.ALL, "", false);
        assertThat(all).hasSizeBetween(6, 10);
        assertThat(all).extracting(ProcessingActivity::title)
                .contains("Wmo-maatwerkvoorzieningen", "Bijstand Participatiewet", "Jeugdhulp",
                        "Personeels- en salarisadministratie").isSorted();

        ProcessingActivity wmo = register.get(WMO);
        CategoryUse financial = category(wmo, "financieel");
        assertThat(financial.manual()).as("recorded by hand and found in the fields").isTrue();
        assertThat(financial.derived()).isTrue();
        CategoryUse health = category(wmo, "gezondheid");
        assertThat(health.manual()).isFalse();
        assertThat(health.sources()).extracting(LinkedRecord::slug).contains("wmo-beschikkingen");
        assertThat(wmo.systems()).extracting(LinkedRecord::title).contains("iSamenleving");
        assertThat(wmo.legalBases()).extracting(l -> l.iri()).contains(GDPR + "A9-2-h");

        ProcessingActivity taxes = register.get(TAXES);
        assertThat(taxes.personalDataCategories()).as("no links: manual categories only")
                .allSatisfy(u -> assertThat(u.manual() && !u.derived()).isTrue()).isNotEmpty();
    }

    @Test
    void theRegisterIsFilteredByTextAndBySystemIncludingDatasetsHeldInIt() {
        assertThat(register.list(new RegisterFilter("WOZ", null), "title", false)).extracting(ProcessingActivity::id)
                .containsExactly(TAXES);
        assertThat(register.list(new RegisterFilter("clienten", null), "", false)).as("accents ignored").isNotEmpty();
        List<ProcessingActivity> inIsamenleving = register.list(new RegisterFilter("", new SystemId("isamenleving")), "", false);
        assertThat(inIsamenleving).extracting(ProcessingActivity::title)
                .contains("Wmo-maatwerkvoorzieningen", "Bijstand Participatiewet")
                .as("Jeugdhulp links only the Gegevensknooppunt, but datasets held in iSamenleving").contains("Jeugdhulp")
                .doesNotContain("Klantcontacten KCC", "Personeels- en salarisadministratie");
        List<ProcessingActivity> inKnooppunt = register.list(new RegisterFilter("", new SystemId("gegevensknooppunt")), "", false);
        assertThat(inKnooppunt).extracting(ProcessingActivity::title).contains("Jeugdhulp");
        assertThatThrownBy(() -> register.list(RegisterFilter.ALL, "grootte", false))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("title, modified");
    }

    @Test
    void theFgCreatesUpdatesAndDeletesAnActivity() {
        ProcessingActivityDraft draft = new ProcessingActivityDraft("Leerlingenvervoer", "Vervoer naar school.",
                List.of("Regelen van aangepast vervoer naar school"), List.of(GDPR + "A6-1-e"), "Wet op het primair onderwijs, art. 4",
                List.of(VOCAB + "betrokkenen/leerlingen", VOCAB + "betrokkenen/minderjarigen"),
                List.of(VOCAB + "persoonsgegevens/naw"), List.of("Vervoerder met een contract"),
                "2 jaar na het einde van het schooljaar", "", "", "", List.of(), List.of(new DatasetId("klantcontacten")));
        ProcessingActivityId id = register.create(draft);
        ProcessingActivity created = register.get(id);
        assertThat(created.draft()).isEqualTo(draft);
        assertThat(created.personalDataCategories()).anySatisfy(u -> assertThat(u.derived()).isTrue());

        ProcessingActivityDraft changed = new ProcessingActivityDraft("Leerlingenvervoer", "", draft.purposes(),
                draft.legalBasisIris(), "", draft.dataSubjectIris(), List.of(), List.of(), draft.retentionPeriod(), "", "",
                "", List.of(), List.of());
        register.update(id, changed);
        assertThat(register.get(id).draft()).as("update replaces the whole activity").isEqualTo(changed);

        register.delete(id);
        assertThat(register.list(RegisterFilter.ALL, "", false)).extracting(ProcessingActivity::id).doesNotContain(id);
    }

    @Test
    void anActivityWithoutRetentionPeriodIsRefusedInDutchAndNothingIsWritten() {
        int before = register.list(RegisterFilter.ALL, "", false).size();
        ProcessingActivityDraft noRetention = new ProcessingActivityDraft("Leerplicht", "", List.of("Toezicht op de leerplicht"),
                List.of(GDPR + "A6-1-c"), "", List.of(VOCAB + "betrokkenen/leerlingen"), List.of(), List.of(), "", "", "",
                "", List.of(), List.of());
        assertThatThrownBy(() -> register.create(noRetention)).isInstanceOfSatisfying(WriteRefusedException.class, e ->
                assertThat(e.violations()).singleElement().satisfies(v -> {
                    assertThat(v.path()).isEqualTo(RegisterColumn.RETENTION.property());
                    assertThat(v.messageNl()).isEqualTo("Een verwerking moet een bewaartermijn in het Nederlands hebben (dw:retentionPeriod).");
                }));
        assertThat(register.list(RegisterFilter.ALL, "", false)).hasSize(before);
    }

    @Test
    void csvExportIsForDutchExcelAndImportsBackUnchanged() {
        byte[] csv = register.exportCsv();
        assertThat(Arrays.copyOf(csv, 3)).containsExactly(0xEF, 0xBB, 0xBF);
        String text = new String(csv, StandardCharsets.UTF_8);
        String header = text.substring(1, text.indexOf("\r\n"));
        assertThat(header).startsWith("Id;Naam;Omschrijving;Doelen;Grondslag;Wettelijke grondslag;Betrokkenen;");
        assertThat(text).contains("Taak van algemeen belang of openbaar gezag (art. 6 lid 1 sub e AVG) | Wettelijke verplichting (art. 6 lid 1 sub c AVG)")
                .contains("Cliënten");

        RegisterTable table = register.read(csv, "verwerkingsregister.csv");
        RegisterImportReport report = register.dryRun(table, ColumnMapping.byHeaders(table.headers()));
        assertThat(report.rows()).hasSize(register.list(RegisterFilter.ALL, "", false).size());
        assertThat(report.rows()).allSatisfy(r -> assertThat(r.outcome()).as(r.problems().toString())
                .isEqualTo(RegisterImportReport.Outcome.UNCHANGED));
        assertThat(register.apply(table, ColumnMapping.byHeaders(table.headers())).count(RegisterImportReport.Outcome.UNCHANGED))
                .isEqualTo(report.rows().size());
    }

    @Test
    void xlsxExportImportsBackUnchanged() throws Exception {
        byte[] xlsx = register.exportXlsx();
        try (XSSFWorkbook workbook = new XSSFWorkbook(new java.io.ByteArrayInputStream(xlsx))) {
            Sheet sheet = workbook.getSheetAt(0);
            assertThat(sheet.getRow(0).getCell(1).getStringCellValue()).isEqualTo("Naam");
            assertThat(sheet.getLastRowNum()).isEqualTo(register.list(RegisterFilter.ALL, "", false).size());
        }
        RegisterTable table = register.read(xlsx, "verwerkingsregister.xlsx");
        RegisterImportReport report = register.dryRun(table, ColumnMapping.byHeaders(table.headers()));
        assertThat(report.rows()).isNotEmpty().allSatisfy(r -> assertThat(r.outcome()).as(r.problems().toString())
                .isEqualTo(RegisterImportReport.Outcome.UNCHANGED));
    }

    @Test
    void oneBadRowStopsTheWholeImportAndNamesLineAndColumn() {
        RegisterTable exported = register.read(register.exportCsv(), "register.csv");
        List<List<String>> rows = new ArrayList<>();
        exported.rows().forEach(r -> rows.add(new ArrayList<>(r.cells())));
        rows.get(0).set(exported.headers().indexOf("Naam"), "Belastingen en WOZ"); // line 2: a change
        rows.get(2).set(exported.headers().indexOf("Grondslag"), "wet X"); // line 4: an unknown legal basis
        byte[] edited = RegisterFiles.csv(exported.headers(), rows);

        RegisterTable table = register.read(edited, "register.csv");
        ColumnMapping mapping = ColumnMapping.byHeaders(table.headers());
        RegisterImportReport dryRun = register.dryRun(table, mapping);
        assertThat(dryRun.rows().get(0).outcome()).isEqualTo(RegisterImportReport.Outcome.CHANGED);
        assertThat(dryRun.rows().get(2).outcome()).isEqualTo(RegisterImportReport.Outcome.ERROR);
        assertThat(dryRun.problems()).singleElement().hasToString(
                "regel 4, kolom 'Grondslag': 'wet X' is geen bekende grondslag (kies uit de lijst 'Grondslagen (AVG)').");

        String before = register.list(RegisterFilter.ALL, "", false).toString();
        assertThatThrownBy(() -> register.apply(table, mapping)).isInstanceOf(RegisterImportRefusedException.class);
        assertThat(register.list(RegisterFilter.ALL, "", false)).hasToString(before)
                .extracting(ProcessingActivity::title).doesNotContain("Belastingen en WOZ");
    }

    @Test
    void aRowThatBreaksAShapeIsReportedAtItsLineAndColumnInDutch() {
        String csv = "Naam;Doelen;Grondslag;Betrokkenen;Bewaartermijn\n"
                + "Leerplicht;Toezicht op de leerplicht;A6-1-c;Leerlingen;5 jaar na het 23e jaar\n"
                + "Leerlingenvervoer;Vervoer naar school;Taak van algemeen belang of openbaar gezag (art. 6 lid 1 sub e AVG);Leerlingen | Minderjarigen;\n";
        RegisterTable table = register.read(csv.getBytes(StandardCharsets.UTF_8), "nieuw.csv");
        RegisterImportReport report = register.dryRun(table, ColumnMapping.byHeaders(table.headers()));
        assertThat(report.rows().get(0).outcome()).isEqualTo(RegisterImportReport.Outcome.NEW);
        assertThat(report.problems()).singleElement().hasToString("regel 3, kolom 'Bewaartermijn': "
                + "Een verwerking moet een bewaartermijn in het Nederlands hebben (dw:retentionPeriod).");
        assertThat(register.list(new RegisterFilter("Leerplicht", null), "", false)).as("a dry run writes nothing").isEmpty();
    }

    @Test
    void englishHeadersAndLabelsAreMappedAndRowsWithoutIdBecomeNewActivities() {
        String csv = "Name,Purposes,Legal basis,Data subjects,Retention period,Systems,Datasets,Comment\n"
                + "Parkeervergunningen,Issuing parking permits | Enforcement,Public task (Art. 6(1)(e) GDPR),"
                + "Residents | Entrepreneurs,1 year after the permit ends,iSamenleving,Contactmomenten KCC,whatever\n";
        RegisterTable table = register.read(csv.getBytes(StandardCharsets.UTF_8), "permits.csv");
        ColumnMapping mapping = ColumnMapping.byHeaders(table.headers());
        assertThat(mapping.targets()).containsExactly(RegisterColumn.TITLE, RegisterColumn.PURPOSES,
                RegisterColumn.LEGAL_BASES, RegisterColumn.DATA_SUBJECTS, RegisterColumn.RETENTION, RegisterColumn.SYSTEMS,
                RegisterColumn.DATASETS, null);
        RegisterImportReport report = register.apply(table, mapping);
        assertThat(report.count(RegisterImportReport.Outcome.NEW)).isOne();

        ProcessingActivity created = register.get(report.rows().getFirst().id());
        assertThat(created.title()).isEqualTo("Parkeervergunningen");
        assertThat(created.purposes()).containsExactly("Enforcement", "Issuing parking permits");
        assertThat(created.legalBases()).extracting(l -> l.iri()).containsExactly(GDPR + "A6-1-e");
        assertThat(created.dataSubjects()).extracting(l -> l.iri())
                .containsExactlyInAnyOrder(VOCAB + "betrokkenen/inwoners", VOCAB + "betrokkenen/ondernemers");
        assertThat(created.systems()).extracting(LinkedRecord::slug).containsExactly("isamenleving");
        assertThat(created.datasets()).extracting(LinkedRecord::slug).containsExactly("klantcontacten");
        register.delete(created.id());
    }

    @Test
    void tooLargeTooLongMalformedAndFakeFilesAreRefusedClearly() {
        assertThatThrownBy(() -> register.read(new byte[5 * 1024 * 1024 + 1], "groot.csv"))
                .isInstanceOf(RegisterFileException.class).hasMessageContaining("5 MB");

        StringBuilder many = new StringBuilder("Naam;Bewaartermijn\n");
        for (int i = 0; i < 2_001; i++) {
            many.append("Verwerking ").append(i).append(";1 jaar\n");
        }
        assertThatThrownBy(() -> register.read(many.toString().getBytes(StandardCharsets.UTF_8), "lang.csv"))
                .isInstanceOf(RegisterFileException.class).hasMessageContaining("2.000");

        byte[] unbalanced = "Naam;Doelen\nA;\"niet gesloten\nB;x\n".getBytes(StandardCharsets.UTF_8);
        assertThatThrownBy(() -> register.read(unbalanced, "kapot.csv")).isInstanceOfSatisfying(RegisterFileException.class,
                e -> {
                    assertThat(e.line()).isEqualTo(2);
                    assertThat(e.column()).isEqualTo(2);
                    assertThat(e.getMessage()).startsWith("Regel 2, kolom 2:").contains("aanhalingsteken");
                });

        byte[] fakeZip = {'P', 'K', 3, 4, 1, 2, 3, 4, 5, 6};
        assertThatThrownBy(() -> register.read(fakeZip, "register.xlsx")).isInstanceOf(RegisterFileException.class)
                .hasMessageContaining("geen geldig XLSX-bestand");
        assertThatThrownBy(() -> register.read("Naam\nA\n".getBytes(StandardCharsets.UTF_8), "register.xlsx"))
                .isInstanceOf(RegisterFileException.class).hasMessageContaining("geen geldig XLSX-bestand");
    }

    @Test
    void aColumnMappedTwiceIsRefusedBeforeAnyRowIsRead() {
        RegisterTable table = register.read("Naam;Titel\nA;B\n".getBytes(StandardCharsets.UTF_8), "dubbel.csv");
        ColumnMapping twice = new ColumnMapping(Arrays.asList(RegisterColumn.TITLE, RegisterColumn.TITLE));
        assertThatThrownBy(() -> register.dryRun(table, twice)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'Naam' en 'Titel' vullen allebei 'Naam'");
    }

    @Test
    @WithMockUser(username = "beheerder", roles = {"BEHEERDER", "MEDEWERKER"})
    void onlyTheFgReadsOrWritesTheRegister() {
        assertThatThrownBy(() -> register.list(RegisterFilter.ALL, "", false)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> register.create(ProcessingActivityDraft.empty())).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> register.update(WMO, ProcessingActivityDraft.empty())).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> register.delete(WMO)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(register::exportCsv).isInstanceOf(AccessDeniedException.class);
        RegisterTable table = new RegisterTable("x.csv", List.of("Naam"), List.of());
        assertThatThrownBy(() -> register.apply(table, ColumnMapping.byHeaders(table.headers())))
                .isInstanceOf(AccessDeniedException.class);
    }

    private static CategoryUse category(ProcessingActivity activity, String code) {
        return activity.personalDataCategories().stream()
                .filter(u -> u.category().iri().equals(VOCAB + "persoonsgegevens/" + code)).findFirst().orElseThrow();
    }
}
