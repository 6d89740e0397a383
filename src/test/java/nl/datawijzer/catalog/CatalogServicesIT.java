package nl.datawijzer.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import nl.datawijzer.catalog.internal.SeedLoader;
import nl.datawijzer.rdf.WriteRefusedException;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithMockUser;

/** The catalog services against a temporary TDB2 store holding a small fixture catalog. */
@SpringBootTest(properties = "datawijzer.seed.location=classpath*:fixtures/catalog/*.trig")
@WithMockUser(roles = {"MEDEWERKER", "BEHEERDER"})
class CatalogServicesIT {

    private static final String DW = "https://w3id.org/datawijzer/def#";
    private static final String DWV = "https://w3id.org/datawijzer/vocab/";

    @Autowired SystemService systems;
    @Autowired DatasetService datasets;
    @Autowired GlossaryService glossary;
    @Autowired AgentService agents;
    @Autowired SeedLoader seed;

    @Test
    void systemsArePagedSortedAndFilteredInSparql() {
        Page<SystemSummary> firstTwo = systems.list(SystemFilter.NONE, new PageRequest(0, 2, "title", false));
        assertThat(firstTwo.total()).isGreaterThanOrEqualTo(3);
        assertThat(firstTwo.items()).extracting(SystemSummary::title).containsExactly("Archiefsysteem", "Datawarehouse");

        Page<SystemSummary> byDatasets = systems.list(SystemFilter.NONE, new PageRequest(0, 1, "datasets", true));
        assertThat(byDatasets.items()).singleElement().satisfies(s -> {
            assertThat(s.title()).isEqualTo("iSamenleving");
            assertThat(s.datasetCount()).isEqualTo(2);
        });

        Page<SystemSummary> warehouse = systems.list(new SystemFilter("ggm", ""), PageRequest.first(10));
        assertThat(warehouse.total()).isEqualTo(1);
        assertThat(warehouse.items().getFirst().kind().label()).isEqualToIgnoringCase("datawarehouse");

        Page<SystemSummary> sources = systems.list(new SystemFilter("", DWV + "systeemsoort/bronsysteem"), PageRequest.first(10));
        assertThat(sources.items()).extracting(SystemSummary::title).contains("iSamenleving", "Archiefsysteem")
                .doesNotContain("Datawarehouse");
    }

    @Test
    void unknownSortKeyIsRefusedNotIgnored() {
        assertThatThrownBy(() -> datasets.list(DatasetFilter.NONE, new PageRequest(0, 10, "drop", false)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("Onbekende sortering");
    }

    @Test
    void datasetsFilterBySystemThemeAndText() {
        assertThat(datasets.list(DatasetFilter.ofSystem(new SystemId("samenleving")), PageRequest.first(10)).items())
                .extracting(d -> d.id().slug()).containsExactlyInAnyOrder("wmo-voorzieningen", "adressen");
        assertThat(datasets.list(new DatasetFilter("", null,
                "http://publications.europa.eu/resource/authority/data-theme/REGI"), PageRequest.first(10)).items())
                .extracting(d -> d.id().slug()).containsExactly("adressen");
        assertThat(datasets.list(new DatasetFilter("WIJK", null, ""), PageRequest.first(10)).items())
                .extracting(d -> d.id().slug()).containsExactly("wmo-kubus");
    }

    @Test
    void datasetDetailShowsOwnersThemesAndLineageNeighbours() {
        DatasetDetail kubus = datasets.get(new DatasetId("wmo-kubus"));
        assertThat(kubus.owner().label()).isEqualTo("Team Informatiemanagement en BI");
        assertThat(kubus.lineage().derivedFrom()).extracting(Label::label).containsExactly("Wmo-maatwerkvoorzieningen");
        assertThat(kubus.lineage().generatedBy()).extracting(Label::label).containsExactly("Laden Wmo-voorzieningen");
        assertThat(kubus.lineage().kpis()).extracting(Label::label).containsExactly("Wmo-cliënten per wijk");

        DatasetDetail source = datasets.get(new DatasetId("wmo-voorzieningen"));
        assertThat(source.lineage().feeds()).extracting(Label::label).containsExactly("Wmo-kubus per wijk");
        assertThat(source.legalBases()).isNotEmpty();
    }

    @Test
    void fieldsComeInOrderWithTheirClassification() {
        List<FieldRow> fields = datasets.fields(new DatasetId("wmo-voorzieningen"), PageRequest.first(50)).items();
        assertThat(fields).extracting(FieldRow::technicalName).startsWith("bsn", "voorziening_soort");
        FieldRow bsn = fields.getFirst();
        assertThat(bsn.containsPersonalData()).isTrue();
        assertThat(bsn.categories()).extracting(Label::iri).containsExactly(DWV + "persoonsgegevens/nationaal-identificatienummer");
        assertThat(bsn.confidentialityRank()).isEqualTo(5);
        assertThat(bsn.confirmed()).isTrue();
    }

    @Test
    void unknownRecordsAreReportedAsNotFound() {
        assertThatThrownBy(() -> datasets.get(new DatasetId("bestaat-niet"))).isInstanceOf(RecordNotFoundException.class);
        assertThatThrownBy(() -> systems.get(new SystemId("bestaat-niet"))).isInstanceOf(RecordNotFoundException.class);
        assertThatThrownBy(() -> new DatasetId("Geen Slug")).isInstanceOf(InvalidIdException.class);
    }

    @Test
    void systemThatStillHoldsDatasetsCannotBeDeleted() {
        assertThatThrownBy(() -> systems.delete(new SystemId("samenleving")))
                .isInstanceOfSatisfying(WriteRefusedException.class, e ->
                        assertThat(e.violations().getFirst().messageNl()).contains("kan niet worden verwijderd")
                                .contains("Wmo-maatwerkvoorzieningen"));
        assertThat(systems.get(new SystemId("samenleving")).title()).isEqualTo("iSamenleving");
    }

    @Test
    void emptySystemCanBeCreatedAndDeleted() {
        systems.create(new SystemDraft("tijdelijk", "Tijdelijk systeem", "Alleen voor deze test.",
                DWV + "systeemsoort/bronsysteem", new AgentId("team-bi"), new AgentId("team-bi"), null, null, false));
        assertThat(systems.get(new SystemId("tijdelijk")).modified()).isNotNull();
        systems.delete(new SystemId("tijdelijk"));
        assertThatThrownBy(() -> systems.get(new SystemId("tijdelijk"))).isInstanceOf(RecordNotFoundException.class);
    }

    @Test
    void datasetThatOthersDeriveFromCannotBeDeleted() {
        assertThatThrownBy(() -> datasets.delete(new DatasetId("wmo-voorzieningen")))
                .isInstanceOf(WriteRefusedException.class).hasMessageContaining("Wmo-kubus per wijk");
        assertThatThrownBy(() -> datasets.deleteField(new FieldId(new DatasetId("wmo-kubus"), "aantal")))
                .isInstanceOf(WriteRefusedException.class).hasMessageContaining("Wmo-cliënten per wijk");
    }

    @Test
    void stewardEditsDescriptionKeepsReviewStatusAndUpdatesModified() {
        DatasetId id = new DatasetId("wmo-voorzieningen");
        Instant before = datasets.get(id).modified();
        FieldRow soort = field(id, "voorziening_soort");

        datasets.updateField(id, draftOf(soort, "Soort maatwerkvoorziening (hulp, vervoer, woningaanpassing)."));

        FieldRow after = field(id, "voorziening_soort");
        assertThat(after.description()).isEqualTo("Soort maatwerkvoorziening (hulp, vervoer, woningaanpassing).");
        assertThat(after.confirmed()).isTrue();
        assertThat(datasets.get(id).modified()).isAfter(before);
    }

    @Test
    void changingTheClassificationSendsTheFieldBackToReview() {
        DatasetId id = new DatasetId("adressen");
        datasets.createField(id, new FieldDraft("huisnummer", "Huisnummer", "huisnummer", "Huisnummer van de locatie.",
                "http://www.w3.org/2001/XMLSchema#integer", false, List.of(), DWV + "vertrouwelijkheid/openbaar", null));
        FieldRow created = field(id, "huisnummer");
        assertThat(created.position()).isEqualTo(2);
        assertThat(created.confirmed()).isFalse();

        FieldDraft moreSecret = new FieldDraft("huisnummer", "Huisnummer", "huisnummer", "Huisnummer van de locatie.",
                "http://www.w3.org/2001/XMLSchema#integer", false, List.of(), DWV + "vertrouwelijkheid/intern", null);
        datasets.updateField(id, moreSecret);
        assertThat(field(id, "huisnummer").confidentiality().iri()).isEqualTo(DWV + "vertrouwelijkheid/intern");
        assertThat(field(id, "huisnummer").confirmed()).isFalse();
        datasets.deleteField(new FieldId(id, "huisnummer"));
        assertThat(datasets.fields(id, PageRequest.first(50)).items()).extracting(FieldRow::technicalName)
                .doesNotContain("huisnummer");
    }

    @Test
    void nonConformingEditIsRefusedWithDutchMessageAtTheInputAndChangesNothing() {
        DatasetId id = new DatasetId("wmo-voorzieningen");
        FieldRow bsn = field(id, "bsn");
        FieldDraft withoutCategory = new FieldDraft("bsn", bsn.title(), bsn.technicalName(), "Gewijzigde omschrijving.",
                bsn.datatype(), true, List.of(), bsn.confidentiality().iri(), bsn.legalGround());
        FieldDraft emptyTitle = new FieldDraft("bsn", "", bsn.technicalName(), bsn.description(),
                bsn.datatype(), true, bsn.categories().stream().map(Label::iri).toList(), bsn.confidentiality().iri(),
                bsn.legalGround());

        assertThatThrownBy(() -> datasets.updateField(id, withoutCategory)).isInstanceOf(WriteRefusedException.class);
        assertThatThrownBy(() -> datasets.updateField(id, emptyTitle))
                .isInstanceOfSatisfying(WriteRefusedException.class, e -> assertThat(e.violations())
                        .anySatisfy(v -> {
                            assertThat(v.path()).isEqualTo("http://purl.org/dc/terms/title");
                            assertThat(v.messageNl()).isNotBlank();
                        }));
        assertThat(field(id, "bsn")).isEqualTo(bsn);
    }

    @Test
    void datasetInAnUnknownSystemIsRefused() {
        DatasetDraft draft = new DatasetDraft("nieuw-overzicht", "Nieuw overzicht", "Een overzicht.", new SystemId("bestaat-niet"),
                new AgentId("team-bi"), new AgentId("team-bi"),
                List.of("http://publications.europa.eu/resource/authority/data-theme/SOCI"),
                "http://publications.europa.eu/resource/authority/frequency/MONTHLY",
                "http://publications.europa.eu/resource/authority/access-right/NON_PUBLIC", List.of(), null, List.of());
        assertThatThrownBy(() -> datasets.create(draft)).isInstanceOfSatisfying(WriteRefusedException.class,
                e -> assertThat(e.violations()).extracting(WriteRefusedException.Violation::path).contains(DW + "heldIn"));
        assertThatThrownBy(() -> datasets.get(new DatasetId("nieuw-overzicht"))).isInstanceOf(RecordNotFoundException.class);
    }

    @Test
    void stewardCreatesEditsAndDeletesADataset() {
        DatasetDraft draft = new DatasetDraft("proef-dataset", "Proefdataset", "Voor de test.", new SystemId("archief"),
                new AgentId("team-bi"), new AgentId("team-wmo"),
                List.of("http://publications.europa.eu/resource/authority/data-theme/GOVE"),
                "http://publications.europa.eu/resource/authority/frequency/ANNUAL",
                "http://publications.europa.eu/resource/authority/access-right/PUBLIC", List.of(), null, List.of("archief"));
        datasets.create(draft);
        assertThatThrownBy(() -> datasets.create(draft)).isInstanceOf(WriteRefusedException.class)
                .hasMessageContaining("bestaat al");
        datasets.update(new DatasetDraft("proef-dataset", "Proefdataset (herzien)", "Voor de test.", new SystemId("archief"),
                new AgentId("team-bi"), new AgentId("team-wmo"), draft.themeIris(), draft.frequencyIri(),
                draft.accessRightsIri(), List.of(), null, List.of()));
        assertThat(datasets.get(new DatasetId("proef-dataset")).title()).isEqualTo("Proefdataset (herzien)");
        datasets.delete(new DatasetId("proef-dataset"));
        assertThatThrownBy(() -> datasets.get(new DatasetId("proef-dataset"))).isInstanceOf(RecordNotFoundException.class);
    }

    @Test
    @WithMockUser(roles = "MEDEWERKER")
    void staffWithoutStewardRoleCannotEdit() {
        assertThatThrownBy(() -> datasets.delete(new DatasetId("adressen"))).isInstanceOf(AccessDeniedException.class);
        assertThat(datasets.get(new DatasetId("adressen"))).isNotNull();
    }

    @Test
    @WithMockUser(roles = "ANONYMOUS")
    void readsNeedAStaffRole() {
        assertThatThrownBy(() -> datasets.list(DatasetFilter.NONE, PageRequest.first(5))).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void glossaryFindsTermsBySynonymAndShowsRelatedTerms() {
        Page<GlossaryTerm> found = glossary.list("mwv", PageRequest.first(10));
        assertThat(found.items()).singleElement().satisfies(t -> {
            assertThat(t.prefLabel()).isEqualTo("maatwerkvoorziening");
            assertThat(t.related()).extracting(Label::label).containsExactly("Wmo 2015");
        });
        assertThat(glossary.get(new ConceptId("wmo")).synonyms()).containsExactly("Wet maatschappelijke ondersteuning");
    }

    @Test
    void agentsListTheirDatasets() {
        assertThat(agents.list("", new PageRequest(0, 10, "name", false)).items())
                .extracting(AgentSummary::name).contains("Team Wmo", "Team Informatiemanagement en BI");
        assertThat(agents.list("wmo", PageRequest.first(10)).items()).singleElement().satisfies(a -> {
            assertThat(a.name()).isEqualTo("Team Wmo");
            assertThat(a.ownedDatasets()).isEqualTo(2);
        });
    }

    @Test
    void ownerThatStillOwnsDataCannotBeDeletedButAnUnusedOneCan() {
        assertThatThrownBy(() -> agents.delete(new AgentId("team-wmo"))).isInstanceOf(WriteRefusedException.class)
                .hasMessageContaining("iSamenleving");
        agents.create(new AgentDraft("team-archief", "Team Archief", AgentDraft.Kind.TEAM, "Beheert het archief.",
                "archief@huizen.nl"));
        assertThat(agents.list("", PageRequest.first(50)).items()).extracting(AgentSummary::email).contains("archief@huizen.nl");
        assertThatThrownBy(() -> agents.update(new AgentDraft("team-archief", "Team Archief", AgentDraft.Kind.TEAM, null,
                "geen adres"))).isInstanceOf(WriteRefusedException.class).hasMessageContaining("e-mailadres");
        agents.delete(new AgentId("team-archief"));
        assertThat(agents.list("", PageRequest.first(50)).items()).extracting(AgentSummary::name).doesNotContain("Team Archief");
    }

    @Test
    void glossaryTermsCanBeWrittenAndAReferencedTermCannotBeDeleted() {
        glossary.create(new GlossaryTermDraft("huishoudelijke-hulp", "huishoudelijke hulp",
                "Ondersteuning bij het schoonhouden van de woning.", List.of("HbH"), "Wmo 2015",
                List.of(new ConceptId("maatwerkvoorziening")), List.of()));
        assertThat(glossary.get(new ConceptId("huishoudelijke-hulp")).broader()).extracting(Label::label)
                .containsExactly("maatwerkvoorziening");
        assertThatThrownBy(() -> glossary.delete(new ConceptId("maatwerkvoorziening")))
                .isInstanceOf(WriteRefusedException.class).hasMessageContaining("huishoudelijke hulp");
        assertThatThrownBy(() -> glossary.update(new GlossaryTermDraft("huishoudelijke-hulp", "huishoudelijke hulp", "",
                List.of(), null, List.of(), List.of()))).isInstanceOf(WriteRefusedException.class);
        glossary.delete(new ConceptId("huishoudelijke-hulp"));
        assertThatThrownBy(() -> glossary.get(new ConceptId("huishoudelijke-hulp"))).isInstanceOf(RecordNotFoundException.class);
    }

    @Test
    void seedNeverLoadsOverExistingData() throws Exception {
        seed.run(null);
        assertThat(datasets.list(DatasetFilter.ofSystem(new SystemId("samenleving")), PageRequest.first(10)).total())
                .isEqualTo(2);
    }

    private FieldRow field(DatasetId id, String technicalName) {
        return datasets.fields(id, PageRequest.first(100)).items().stream()
                .filter(f -> f.technicalName().equals(technicalName)).findFirst().orElseThrow();
    }

    private static FieldDraft draftOf(FieldRow row, String description) {
        return new FieldDraft(row.id().slug(), row.title(), row.technicalName(), description, row.datatype(),
                row.containsPersonalData(), row.categories().stream().map(Label::iri).toList(),
                row.confidentiality().iri(), row.legalGround());
    }
}
