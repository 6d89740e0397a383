package nl.datawijzer.privacy.detect;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import nl.datawijzer.privacy.detect.Vocabulary.Category;
import nl.datawijzer.privacy.detect.Vocabulary.Confidentiality;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NameDetectionTest {

    private final FieldDetectors detectors =
            new FieldDetectors(Clock.fixed(Instant.parse("2025-06-15T10:00:00Z"), ZoneOffset.UTC));

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            bsn                    | NATIONAL_ID              | naam.bsn
            BSN                    | NATIONAL_ID              | naam.bsn
            burgerservicenummer    | NATIONAL_ID              | naam.bsn
            client.bsnPartner      | NATIONAL_ID              | naam.bsn
            sofinummer             | NATIONAL_ID              | naam.bsn
            geboortedatum          | PERSONAL_CHARACTERISTICS | naam.geboortedatum
            datumGeboorte          | PERSONAL_CHARACTERISTICS | naam.geboortedatum
            geboorte_datum         | PERSONAL_CHARACTERISTICS | naam.geboortedatum
            gebdat                 | PERSONAL_CHARACTERISTICS | naam.geboortedatum
            date_of_birth          | PERSONAL_CHARACTERISTICS | naam.geboortedatum
            birthDate              | PERSONAL_CHARACTERISTICS | naam.geboortedatum
            iban                   | FINANCIAL                | naam.rekeningnummer
            rekeningnummer         | FINANCIAL                | naam.rekeningnummer
            IBAN_client            | FINANCIAL                | naam.rekeningnummer
            bankrekening           | FINANCIAL                | naam.rekeningnummer
            huishoudinkomen        | FINANCIAL                | naam.inkomen
            uitkeringen            | FINANCIAL                | naam.inkomen
            postcode               | NAW                      | naam.adres
            huisnummer             | NAW                      | naam.adres
            woonplaats             | NAW                      | naam.adres
            straat                 | NAW                      | naam.adres
            address                | NAW                      | naam.adres
            gps_locatie            | LOCATION                 | naam.locatie
            latitude               | LOCATION                 | naam.locatie
            naam                   | NAW                      | naam.persoonsnaam
            achternaam             | NAW                      | naam.persoonsnaam
            geslachtsnaam          | NAW                      | naam.persoonsnaam
            clientnaam             | NAW                      | naam.persoonsnaam
            surname                | NAW                      | naam.persoonsnaam
            email                  | NAW                      | naam.contact
            e-mail                 | NAW                      | naam.contact
            E-mailadres            | NAW                      | naam.contact
            telefoonnummer         | NAW                      | naam.contact
            mobiel                 | NAW                      | naam.contact
            diagnose               | HEALTH                   | naam.gezondheid
            diagnoses              | HEALTH                   | naam.gezondheid
            indicatie              | HEALTH                   | naam.gezondheid
            zorgvraag              | HEALTH                   | naam.gezondheid
            ggz                    | HEALTH                   | naam.gezondheid
            strafblad              | CRIMINAL                 | naam.strafrechtelijk
            veroordeling           | CRIMINAL                 | naam.strafrechtelijk
            gezinssamenstelling    | HOUSEHOLD                | naam.gezinssamenstelling
            huishouden             | HOUSEHOLD                | naam.gezinssamenstelling
            nationaliteit          | PERSONAL_CHARACTERISTICS | naam.nationaliteit
            etniciteit             | RACIAL_OR_ETHNIC_ORIGIN  | naam.afkomst
            migratieachtergrond    | RACIAL_OR_ETHNIC_ORIGIN  | naam.afkomst
            religie                | RELIGIOUS_OR_PHILOSOPHICAL_BELIEFS | naam.geloof
            levensovertuiging      | RELIGIOUS_OR_PHILOSOPHICAL_BELIEFS | naam.geloof
            politieke_voorkeur     | POLITICAL_OPINIONS       | naam.politiek
            politiekePartij        | POLITICAL_OPINIONS       | naam.politiek
            partijlidmaatschap     | POLITICAL_OPINIONS       | naam.politiek
            vakbond                | TRADE_UNION_MEMBERSHIP   | naam.vakbond
            vakbondslidmaatschap   | TRADE_UNION_MEMBERSHIP   | naam.vakbond
            trade_union            | TRADE_UNION_MEMBERSHIP   | naam.vakbond
            DNA                    | GENETIC                  | naam.genetisch
            dna_profiel            | GENETIC                  | naam.genetisch
            genetischeAanleg       | GENETIC                  | naam.genetisch
            vingerafdruk           | BIOMETRIC                | naam.biometrisch
            gezichtsherkenning     | BIOMETRIC                | naam.biometrisch
            biometrie_sjabloon     | BIOMETRIC                | naam.biometrisch
            seksuele_geaardheid    | SEX_LIFE_OR_SEXUAL_ORIENTATION | naam.seksualiteit
            seksueelGedrag         | SEX_LIFE_OR_SEXUAL_ORIENTATION | naam.seksualiteit
            sexual_orientation     | SEX_LIFE_OR_SEXUAL_ORIENTATION | naam.seksualiteit
            opleiding              | EDUCATION                | naam.opleiding
            beroep                 | OCCUPATION               | naam.beroep
            """)
    void aTechnicalNameWithATermOfACategoryIsConfidentlyThatCategory(String name, Category category, String rule) {
        List<Suggestion> suggestions = detectors.detect(FieldDescription.named(name));

        assertThat(suggestions).isNotEmpty();
        Suggestion strongest = suggestions.getFirst();
        assertThat(strongest.categoryIri()).isEqualTo(category.iri());
        assertThat(strongest.detectorIds()).contains(rule);
        assertThat(strongest.confident()).isTrue();
        assertThat(strongest.sampleCounts()).isNull();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"omschrijving", "status", "teller", "ingangsdatum", "productcode", "volume", "id", "toelichting",
            "wederpartij", "procespartij", "certificaat_fingerprint"})
    void aNameWithoutAnyTermGivesNothing(String name) {
        assertThat(detectors.detect(FieldDescription.named(name))).isEmpty();
    }

    /** The same weakening as for ordinary categories: a count, a key, a denial or a compound about a thing. */
    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            aantal_vakbondsleden          | TRADE_UNION_MEMBERSHIP
            percentage_migratieachtergrond | RACIAL_OR_ETHNIC_ORIGIN
            politieke_partij_id           | POLITICAL_OPINIONS
            geen_dna_profiel              | GENETIC
            vingerafdrukscanner           | BIOMETRIC
            religie_per_wijk              | RELIGIOUS_OR_PHILOSOPHICAL_BELIEFS
            geaardheidsmeting             | SEX_LIFE_OR_SEXUAL_ORIENTATION
            """)
    void aTermOfAnArt9KindAboutAGroupOrAThingIsOnlyAHint(String name, Category category) {
        Suggestion hint = detectors.detect(FieldDescription.named(name)).getFirst();

        assertThat(hint.categoryIri()).isEqualTo(category.iri());
        assertThat(hint.confident()).isFalse();
    }

    @Test
    void aCountOfBsnsIsNotConfident() {
        Suggestion count = detectors.detect(FieldDescription.named("aantal_bsn")).getFirst();

        assertThat(count.categoryIri()).isEqualTo(Category.NATIONAL_ID.iri());
        assertThat(count.confident()).isFalse();
        assertThat(count.explanationNl()).contains("'aantal'", "telling");
        assertThat(count.explanationEn()).contains("'aantal'", "count");
    }

    @Test
    void aTermInsideACompoundOrNextToAnAreaIsWeakerThanTheExactTerm() {
        double exact = strongest("postcode");

        assertThat(strongest("postcodegebied")).isLessThan(exact).isLessThan(Suggestion.CONFIDENT);
        assertThat(strongest("adresseerbaarObject")).isLessThan(exact).isLessThan(Suggestion.CONFIDENT);
        assertThat(strongest("productNaam")).isLessThan(strongest("naam")).isLessThan(Suggestion.CONFIDENT);
        assertThat(strongest("beroepstermijn")).isLessThan(strongest("beroep")).isLessThan(Suggestion.CONFIDENT);
    }

    @Test
    void aKeyToARecordIsWeakerThanTheValueItself() {
        assertThat(strongest("uitkering_id")).isLessThan(strongest("uitkering")).isLessThan(Suggestion.CONFIDENT);
    }

    @Test
    void aFieldWhoseDescriptionStartsWithACountIsAboutAGroup() {
        Suggestion benefits = detectors.detect(new FieldDescription("uitkeringen_participatiewet",
                "Uitkeringen Participatiewet", "Aantal lopende uitkeringen algemene bijstand.")).getFirst();

        assertThat(benefits.categoryIri()).isEqualTo(Category.FINANCIAL.iri());
        assertThat(benefits.confident()).isFalse();
    }

    @Test
    void aFlagAboutSomethingElseIsNoCareIndication() {
        assertThat(detectors.detect(FieldDescription.named("indicatie_geheimhouding"))).isEmpty();
        assertThat(detectors.detect(new FieldDescription("ind", "Indicatie", "")).getFirst().categoryIri())
                .isEqualTo(Category.HEALTH.iri());
    }

    @Test
    void phrasesThatHoldATermButAreNotPersonalGiveNothing() {
        assertThat(detectors.detect(new FieldDescription("postcode4", "Postcode (4 cijfers)", ""))).isEmpty();
        assertThat(detectors.detect(new FieldDescription("perceel", "Perceel",
                "Inkoopperceel, bijvoorbeeld hulp bij het huishouden."))).isEmpty();
    }

    @Test
    void aDescriptionAloneGivesAHintNotAConfidentSuggestion() {
        Suggestion hint = detectors.detect(new FieldDescription("einddatum", "Einddatum",
                "Datum waarop de uitkering is beëindigd.")).getFirst();

        assertThat(hint.categoryIri()).isEqualTo(Category.FINANCIAL.iri());
        assertThat(hint.confident()).isFalse();
    }

    @Test
    void aNameWordInADatasetAboutStreetsIsStillANameWord() {
        FieldDescription street = new FieldDescription("naam", "Naam", "Officiële naam van de openbare ruimte");

        assertThat(detectors.detect(street).getFirst().categoryIri()).isEqualTo(Category.NAW.iri());
    }

    @Test
    void theTitleAndDescriptionAreReadTooButADescriptionCountsForLess() {
        Suggestion byTitle = detectors.detect(new FieldDescription("veld_07", "Burgerservicenummer", "")).getFirst();
        Suggestion byDescription = detectors.detect(new FieldDescription("veld_07", "",
                "Het burgerservicenummer van de cliënt.")).getFirst();

        assertThat(byTitle.categoryIri()).isEqualTo(Category.NATIONAL_ID.iri());
        assertThat(byDescription.categoryIri()).isEqualTo(Category.NATIONAL_ID.iri());
        assertThat(byDescription.confidence()).isLessThan(byTitle.confidence());
        assertThat(byDescription.explanationNl()).contains("omschrijving");
        assertThat(byDescription.explanationEn()).contains("description");
    }

    @Test
    void aDeniedTermInTheDescriptionIsWeak() {
        Suggestion denied = detectors.detect(new FieldDescription("kenmerk", "Kenmerk",
                "Intern kenmerk, zonder BSN of andere persoonsgegevens.")).getFirst();

        assertThat(denied.confident()).isFalse();
        assertThat(denied.explanationNl()).contains("'zonder'");
    }

    @Test
    void healthIsASpecialCategoryAndCriminalDataIsFlaggedApartBothVertrouwelijk() {
        Suggestion health = detectors.detect(FieldDescription.named("diagnose")).getFirst();
        Suggestion criminal = detectors.detect(FieldDescription.named("strafblad")).getFirst();
        Suggestion religion = detectors.detect(FieldDescription.named("religie")).getFirst();

        assertThat(health.specialCategory()).isEqualTo(SpecialCategory.HEALTH);
        assertThat(health.criminal()).isFalse();
        assertThat(health.explanationNl()).contains("art. 9 AVG");
        assertThat(criminal.criminal()).isTrue();
        assertThat(criminal.isSpecialCategory()).isFalse();
        assertThat(criminal.explanationEn()).contains("art. 10 GDPR");
        assertThat(religion.specialCategory()).isEqualTo(SpecialCategory.RELIGIOUS_OR_PHILOSOPHICAL_BELIEFS);
        assertThat(List.of(health, criminal, religion)).extracting(Suggestion::confidentialityIri)
                .containsOnly(Confidentiality.VERTROUWELIJK.iri());
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            etniciteit           | RACIAL_OR_ETHNIC_ORIGIN
            politieke_voorkeur   | POLITICAL_OPINIONS
            godsdienst           | RELIGIOUS_OR_PHILOSOPHICAL_BELIEFS
            vakbondslid          | TRADE_UNION_MEMBERSHIP
            genetisch_onderzoek  | GENETIC
            vingerafdrukken      | BIOMETRIC
            diagnose             | HEALTH
            seksuele_gerichtheid | SEX_LIFE_OR_SEXUAL_ORIENTATION
            """)
    void eachArt9KindIsSuggestedAsItsOwnConceptAtLeastVertrouwelijk(String name, SpecialCategory kind) {
        Suggestion suggestion = detectors.detect(FieldDescription.named(name)).getFirst();

        assertThat(suggestion.categoryIri()).isEqualTo(kind.conceptIri());
        assertThat(suggestion.specialCategory()).isEqualTo(kind);
        assertThat(suggestion.criminal()).isFalse();
        assertThat(suggestion.confidentialityIri()).isEqualTo(Confidentiality.VERTROUWELIJK.iri());
        assertThat(suggestion.explanationNl()).contains("art. 9 AVG");
        assertThat(suggestion.explanationEn()).contains("art. 9 GDPR");
    }

    @Test
    void everyArt9KindHasANameRule() {
        assertThat(NameTerms.DETECTORS).extracting(rule -> rule.category().special()).filteredOn(k -> k != null)
                .containsExactlyInAnyOrder(SpecialCategory.values());
    }

    @Test
    void aBsnIsVertrouwelijkAndOrdinaryPersonalDataZaakvertrouwelijk() {
        Suggestion bsn = detectors.detect(FieldDescription.named("bsn")).getFirst();
        Suggestion name = detectors.detect(FieldDescription.named("achternaam")).getFirst();

        assertThat(bsn.confidentialityIri()).isEqualTo(Confidentiality.VERTROUWELIJK.iri());
        assertThat(bsn.explanationNl()).contains("art. 46 UAVG");
        assertThat(name.confidentialityIri()).isEqualTo(Confidentiality.ZAAKVERTROUWELIJK.iri());
        assertThat(name.isSpecialCategory()).isFalse();
    }

    @Test
    void nationalityIsAPersonalCharacteristicNotASpecialCategoryButTheOfficerIsWarned() {
        Suggestion nationality = detectors.detect(FieldDescription.named("nationaliteit")).getFirst();

        assertThat(nationality.isSpecialCategory()).isFalse();
        assertThat(nationality.explanationNl()).contains("etnische afkomst");
    }

    @Test
    void ruleIdsAreUniqueAndEachTermBelongsToOneRule() {
        Set<String> ids = new HashSet<>();
        for (DetectorInfo rule : detectors.rules()) {
            assertThat(ids.add(rule.id())).as("duplicate id %s", rule.id()).isTrue();
            assertThat(rule.id()).matches("(naam|waarde)\\.[a-z-]+");
            assertThat(rule.titleNl()).isNotBlank();
            assertThat(rule.titleEn()).isNotBlank();
        }
        List<String> keys = NameTerms.DETECTORS.stream().flatMap(rule -> rule.terms().stream()).map(Term::key)
                .toList();
        assertThat(keys).as("a term belongs to one rule, once").doesNotHaveDuplicates();
    }

    private double strongest(String technicalName) {
        return detectors.detect(FieldDescription.named(technicalName)).getFirst().confidence();
    }
}
