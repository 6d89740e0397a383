package nl.datawijzer.quality;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;
import nl.datawijzer.catalog.CatalogChangedEvent;
import nl.datawijzer.catalog.DatasetId;
import nl.datawijzer.catalog.FieldId;
import nl.datawijzer.privacy.SecurityHolderIsolation;
import nl.datawijzer.quality.ProfileChoices.FieldOption;
import nl.datawijzer.quality.ProfileChoices.ListOption;
import nl.datawijzer.quality.internal.QualityRepository;
import nl.datawijzer.quality.profiling.ValueFormat;
import nl.datawijzer.rdf.RdfStore;
import nl.datawijzer.rdf.Row;
import nl.datawijzer.rdf.Sparql;
import nl.datawijzer.rdf.WriteRefusedException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

/**
 * Stewards set a dataset's profile source and its fields' rules on the Huizen seed: what is saved reads back and is what
 * a run uses, the choices offered are the dataset's own files, the configured connection names and the value lists with
 * codes, and every refused choice writes nothing.
 */
@SpringBootTest(properties = {
        "datawijzer.quality.connections.warehouse.url=jdbc:postgresql://127.0.0.1:1/dwh",
        "datawijzer.quality.connections.warehouse.username=dwh_lezer",
        "datawijzer.quality.connections.warehouse.password=" + ProfileSettingsIT.PASSWORD})
@ExtendWith(SecurityHolderIsolation.class)
@RecordApplicationEvents
@WithMockUser(username = "beheerder", roles = {"BEHEERDER", "MEDEWERKER"})
class ProfileSettingsIT {

    static final String PASSWORD = "Geheim-wachtwoord-9182";
    static final DatasetId POPULATION = new DatasetId("bevolking-per-wijk");
    static final DatasetId WMO_CLIENTS = new DatasetId("wmo-clienten-per-wijk");
    static final DatasetId SCHULDHULP = new DatasetId("schuldhulp-aanmeldingen-per-kwartaal");
    static final String WMO_CATEGORIES = "https://w3id.org/datawijzer/vocab/wmo-productcategorie";
    static final String YOUTH_CATEGORIES = "https://w3id.org/datawijzer/vocab/jeugd-productcategorie";

    @Autowired ReliabilityService quality;
    @Autowired QualityRepository repository;
    @Autowired RdfStore store;
    @Autowired ApplicationEvents events;

    private FieldId field(DatasetId dataset, String technicalName) {
        return quality.choices(dataset).fields().stream().filter(f -> f.technicalName().equals(technicalName))
                .findFirst().orElseThrow().id();
    }

    private static ProfileSettings with(ProfileSettings settings, FieldId field, UnaryOperator<FieldRule> change) {
        List<FieldRule> rules = new ArrayList<>(settings.rules());
        rules.replaceAll(r -> r.field().equals(field) ? change.apply(r) : r);
        return new ProfileSettings(settings.source(), rules);
    }

    @Test
    void aFileSourceAndFieldRulesAreSavedReadBackAndAreWhatARunReads() {
        ProfileSettings before = quality.settings(WMO_CLIENTS);
        assertThat(before.source()).containsInstanceOf(SourceChoice.HostedFile.class);
        assertThat(((SourceChoice.HostedFile) before.source().orElseThrow()).distributionIri())
                .endsWith("dataset/wmo-clienten-per-wijk/distribution/csv");
        FieldId year = field(WMO_CLIENTS, "jaar");
        FieldId district = field(WMO_CLIENTS, "wijkcode");
        FieldId districtName = field(WMO_CLIENTS, "wijknaam");
        assertThat(before.rules()).extracting(FieldRule::field).contains(year, district, districtName);
        assertThat(before.rules()).filteredOn(r -> r.field().equals(district)).singleElement()
                .extracting(FieldRule::references).isEqualTo(Optional.of(field(POPULATION, "wijkcode")));

        ProfileSettings chosen = with(with(with(before, year, r -> new FieldRule(year, true, Optional.of(ValueFormat.DATE),
                Optional.empty(), Optional.empty())), districtName, r -> new FieldRule(districtName, false,
                Optional.empty(), Optional.of(WMO_CATEGORIES), Optional.empty())),
                // A field of the same dataset may be referenced.
                district, r -> new FieldRule(district, true, Optional.empty(), Optional.empty(), Optional.of(districtName)));
        events.clear();
        quality.saveSettings(WMO_CLIENTS, chosen);

        ProfileSettings saved = quality.settings(WMO_CLIENTS);
        assertThat(saved).isEqualTo(chosen);
        assertThat(events.stream(CatalogChangedEvent.class))
                .containsExactly(new CatalogChangedEvent("dataset", WMO_CLIENTS.slug(), CatalogChangedEvent.Change.UPDATED));
        QualityRepository.DatasetFacts facts = repository.facts(WMO_CLIENTS).orElseThrow();
        QualityRepository.FieldFacts yearFacts = facts.fields().stream().filter(f -> f.technicalName().equals("jaar"))
                .findFirst().orElseThrow();
        assertThat(yearFacts.key()).isTrue();
        assertThat(yearFacts.formatSlug()).hasValue("datum");
        QualityRepository.FieldFacts nameFacts = facts.fields().stream()
                .filter(f -> f.technicalName().equals("wijknaam")).findFirst().orElseThrow();
        assertThat(nameFacts.allowedValues()).contains("01", "02", "07");
        assertThat(facts.fields().stream().filter(f -> f.technicalName().equals("wijkcode")).findFirst().orElseThrow()
                .reference().orElseThrow().technicalName()).isEqualTo("wijknaam");

        // Back to what it was: the rules given are the whole set.
        quality.saveSettings(WMO_CLIENTS, before);
        assertThat(quality.settings(WMO_CLIENTS)).isEqualTo(before);
    }

    @Test
    void aDatabaseTableOnAConfiguredConnectionBecomesTheSourceAndNoSourceRemovesIt() {
        ProfileSettings before = quality.settings(SCHULDHULP);
        SourceChoice table = new SourceChoice.DatabaseTable("warehouse", "dwh.schuldhulp_aanmelding");

        quality.saveSettings(SCHULDHULP, new ProfileSettings(Optional.of(table), before.rules()));

        assertThat(quality.settings(SCHULDHULP).source()).hasValue(table);
        assertThat(quality.dataset(SCHULDHULP).source()).hasValue("database warehouse, tabel dwh.schuldhulp_aanmelding");
        assertThat(allTriples()).doesNotContain(PASSWORD).doesNotContain("127.0.0.1");

        quality.saveSettings(SCHULDHULP, new ProfileSettings(Optional.empty(), before.rules()));
        assertThat(quality.settings(SCHULDHULP).source()).isEmpty();
        assertThat(quality.dataset(SCHULDHULP).source()).isEmpty();
        assertThat(allTriples()).doesNotContain("schuldhulp-aanmeldingen-per-kwartaal/bron");

        quality.saveSettings(SCHULDHULP, before);
        assertThat(quality.settings(SCHULDHULP)).isEqualTo(before);
    }

    private String allTriples() {
        List<String> triples = store.read(reader -> Row.of(reader.select(Sparql.query("quality/all-objects.rq")))
                .stream().map(r -> r.iri("s") + " " + r.iri("p") + " " + r.text("o")).toList());
        return String.join("\n", triples);
    }

    @Test
    void theChoicesAreTheDatasetsOwnFilesTheConnectionNamesAndTheValueListsWithCodes() {
        ProfileChoices choices = quality.choices(POPULATION);

        assertThat(choices.files()).extracting(ProfileChoices.FileOption::fileName)
                .containsExactly("bevolking-per-wijk.csv");
        assertThat(choices.connections()).containsExactly("warehouse");
        assertThat(choices.toString()).doesNotContain(PASSWORD).doesNotContain("dwh_lezer").doesNotContain("jdbc:");
        assertThat(choices.valueLists()).extracting(ListOption::iri).contains(WMO_CATEGORIES, YOUTH_CATEGORIES)
                .doesNotContain("https://w3id.org/datawijzer/vocab/waardeformaat");
        assertThat(choices.valueLists()).filteredOn(l -> l.iri().equals(WMO_CATEGORIES)).singleElement()
                .extracting(ListOption::labelNl).isEqualTo("Wmo-productcategorie");
        assertThat(choices.fields()).extracting(FieldOption::technicalName).startsWith("jaar", "wijkcode", "wijknaam");

        assertThat(quality.choices(WMO_CLIENTS).referenced()).singleElement().satisfies(f -> {
            assertThat(f.id()).isEqualTo(field(POPULATION, "wijkcode"));
            assertThat(f.datasetTitle()).isEqualTo(quality.dataset(POPULATION).title());
        });
    }

    @Test
    void referenceCandidatesAreFoundByDatasetTitleOrFieldNameAPageAtATime() {
        List<FieldOption> byDataset = quality.referenceCandidates("bevolking per wijk", 0, 50);
        assertThat(byDataset).isNotEmpty().allSatisfy(f -> assertThat(f.datasetTitle().toLowerCase())
                .contains("bevolking per wijk"));
        assertThat(byDataset).extracting(FieldOption::id).contains(field(POPULATION, "wijkcode"));

        List<FieldOption> byName = quality.referenceCandidates("WIJKCODE", 0, 200);
        assertThat(byName).extracting(FieldOption::technicalName).allSatisfy(n -> assertThat(n.toLowerCase())
                .contains("wijkcode")).hasSizeGreaterThan(2);
        List<FieldOption> second = quality.referenceCandidates("wijkcode", 1, 1);
        assertThat(second).containsExactly(byName.get(1));
        assertThat(quality.referenceCandidates("geen-veld-heet-zo-xyz", 0, 10)).isEmpty();
    }

    @Test
    void badChoicesAreRefusedWithADutchMessageAndWriteNothing() {
        ProfileSettings before = quality.settings(POPULATION);
        FieldId year = field(POPULATION, "jaar");
        String otherFile = ((SourceChoice.HostedFile) quality.settings(WMO_CLIENTS).source().orElseThrow())
                .distributionIri();

        refused(new ProfileSettings(Optional.of(new SourceChoice.DatabaseTable("elders", "dwh.client")), before.rules()),
                "Verbinding 'elders' is niet geconfigureerd; kies een van de geconfigureerde verbindingen.");
        refused(new ProfileSettings(Optional.of(new SourceChoice.DatabaseTable("warehouse", "dwh.client; drop table x")),
                before.rules()), "De tabelnaam 'dwh.client; drop table x' is ongeldig: gebruik tabel of schema.tabel, "
                        + "met alleen letters, cijfers en _.");
        refused(new ProfileSettings(Optional.of(new SourceChoice.HostedFile(otherFile)), before.rules()),
                "Het gekozen bestand hoort niet bij deze dataset; kies een van haar eigen gehoste bestanden.");
        refused(with(before, year, r -> new FieldRule(year, false, Optional.empty(), Optional.empty(),
                Optional.of(new FieldId(WMO_CLIENTS, "bestaat-niet")))),
                "'wmo-clienten-per-wijk/bestaat-niet' is geen veld uit de catalogus; een verwijzing kan alleen naar een veld.");
        refused(with(before, year, r -> new FieldRule(year, false, Optional.empty(), Optional.empty(), Optional.of(year))),
                "Het veld 'jaar' kan niet naar zichzelf verwijzen.");
        refused(with(before, year, r -> new FieldRule(year, false, Optional.empty(),
                Optional.of("https://w3id.org/datawijzer/vocab/waardeformaat"), Optional.empty())),
                "'https://w3id.org/datawijzer/vocab/waardeformaat' is geen codelijst met codes; kies een van de "
                        + "aangeboden codelijsten.");
        FieldId foreign = field(WMO_CLIENTS, "jaar");
        List<FieldRule> withForeign = new ArrayList<>(before.rules());
        withForeign.add(new FieldRule(foreign, true, Optional.empty(), Optional.empty(), Optional.empty()));
        refused(new ProfileSettings(before.source(), withForeign),
                "Het veld 'wmo-clienten-per-wijk/jaar' hoort niet bij deze dataset.");
        List<FieldRule> twice = new ArrayList<>(before.rules());
        twice.add(new FieldRule(year, true, Optional.empty(), Optional.empty(), Optional.empty()));
        refused(new ProfileSettings(before.source(), twice),
                "Voor het veld 'jaar' zijn de regels meer dan eens opgegeven.");

        assertThat(quality.settings(POPULATION)).isEqualTo(before);
    }

    private void refused(ProfileSettings settings, String message) {
        long revision = store.revision();
        events.clear();
        assertThatThrownBy(() -> quality.saveSettings(POPULATION, settings)).isInstanceOf(WriteRefusedException.class)
                .hasMessage(message)
                .satisfies(e -> assertThat(((WriteRefusedException) e).violations().getFirst().messageEn()).isNotBlank());
        assertThat(store.revision()).isEqualTo(revision);
        assertThat(events.stream(CatalogChangedEvent.class)).isEmpty();
    }

    @Test
    @WithMockUser(username = "admin", roles = {"ADMIN", "MEDEWERKER"})
    void anAdminMaySaveSettingsToo() {
        ProfileSettings before = quality.settings(POPULATION);
        quality.saveSettings(POPULATION, before);
        assertThat(quality.settings(POPULATION)).isEqualTo(before);
    }

    @Test
    @WithMockUser(username = "analist", roles = {"ANALIST", "MEDEWERKER"})
    void otherStaffNeitherReadNorSaveTheSettings() {
        long revision = store.revision();
        ProfileSettings none = new ProfileSettings(Optional.empty(), List.of());
        assertThatThrownBy(() -> quality.saveSettings(POPULATION, none)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> quality.settings(POPULATION)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> quality.choices(POPULATION)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> quality.referenceCandidates("wijk", 0, 10)).isInstanceOf(AccessDeniedException.class);
        assertThat(store.revision()).isEqualTo(revision);
    }
}
