package nl.datawijzer.bench;

import java.util.ArrayList;
import java.util.List;

/**
 * Dutch municipal word lists for {@link SyntheticCatalog}: policy domains with their subjects, systems, laws,
 * personal-data fields and glossary terms. All lists are immutable and iterated in order, so the generator's
 * output depends only on the seed.
 */
final class Vocabulary {

    private Vocabulary() {
    }

    /** A subject of registration: plural as written in a sentence ("Wmo-meldingen"), singular, ASCII stem. */
    record Subject(String plural, String singular, String stem) {
    }

    /** A field template: Dutch title, ASCII words of the technical name, xsd datatype local name, description. */
    record FieldSpec(String title, List<String> words, String datatype, String description, String example) {
    }

    /** A personal-data field: like {@link FieldSpec} plus the categories (codes of dwv:persoonsgegevens). */
    record PersonalSpec(String key, String title, List<String> words, String datatype, List<String> categories,
            String description, String example) {

        boolean bsn() {
            return categories.contains("nationaal-identificatienummer");
        }

        boolean special() {
            return categories.stream().anyMatch(SPECIAL_CATEGORIES::contains);
        }
    }

    /**
     * Codes of dwv:persoonsgegevens with dw:specialCategory true (the eight art. 9 kinds and criminal data), as in
     * ontology/vocabularies/personal-data-categories.ttl: a field with one needs at least vertrouwelijk.
     */
    static final java.util.Set<String> SPECIAL_CATEGORIES = java.util.Set.of("ras-etnische-afkomst",
            "politieke-opvattingen", "religie-levensovertuiging", "vakbondslidmaatschap", "genetisch", "biometrisch",
            "gezondheid", "seksueel-gedrag-gerichtheid", "strafrechtelijk");

    /** A glossary term: preferred label, synonyms/abbreviations, definition, source. */
    record Term(String label, List<String> altLabels, String definition, String source) {
    }

    /** A policy domain of the municipality. */
    record Domain(String key, String name, String team, int cluster, List<String> euThemes,
            List<String> owmsThemes, double personalShare, String law, List<String> legalBases,
            List<Subject> subjects, List<String> sourceSystems, List<String> keywords, List<String> personal,
            List<FieldSpec> fields, List<String> purposes, List<Term> terms) {
    }

    // ------------------------------------------------------------------ organisation

    static final String MUNICIPALITY = "Gemeente Huizen";

    static final List<String> CLUSTERS = List.of(
            "Cluster Sociaal Domein", "Cluster Ruimte", "Cluster Bedrijfsvoering", "Cluster Publiekszaken");

    static final String IM_TEAM = "Team Informatiemanagement & BI";

    /** External organisations: name, e-mail domain. */
    static final List<String[]> EXTERNAL_ORGS = List.of(
            new String[] {"Centraal Bureau voor de Statistiek", "cbs.nl"},
            new String[] {"VNG Realisatie", "vng.nl"},
            new String[] {"Stichting Inlichtingenbureau", "inlichtingenbureau.nl"},
            new String[] {"Vektis", "vektis.nl"},
            new String[] {"Rijksinstituut voor Volksgezondheid en Milieu", "rivm.nl"},
            new String[] {"Kadaster", "kadaster.nl"});

    static final List<String> ROLES = List.of(
            "Functioneel beheerder", "Gegevensbeheerder", "Informatieadviseur", "Data-analist", "Teamleider",
            "Applicatiebeheerder", "Kwaliteitsmedewerker", "Beleidsadviseur", "Privacy-contactpersoon",
            "Procesregisseur");

    static final List<String> REGIONS = List.of(
            "Huizen", "Blaricum", "Eemnes", "Laren", "Gooise Meren", "Hilversum", "Wijdemeren", "Bussum",
            "Naarden", "Muiden", "Weesp", "Baarn", "Soest", "Bunschoten", "Almere Haven", "Lelystad");

    // ------------------------------------------------------------------ systems

    static final List<String> BASE_REGISTRIES = List.of(
            "BRP-registratie", "BAG-registratie", "WOZ-administratie", "BGT-beheersysteem", "BRK-kopie",
            "NHR-koppeling", "BRO-viewer");

    /** External sources with the domain they serve ("*": any). */
    static final List<String> EXTERNAL_SOURCES = List.of(
            "CBS StatLine|*", "Vektis Zorgprisma|jeugd", "Waarstaatjegemeente|*", "Luchtmeetnet|lucht",
            "Inlichtingenbureau Vroegsignalering|schuldhulp", "Kadaster PDOK|wonen", "DUO Open Onderwijsdata|leerplicht",
            "RIVM Atlas Leefomgeving|lucht");

    static final List<String> VENDORS = List.of(
            "PinkRoccade Local Government", "Centric", "Topicus", "Visma Roxit", "Decos", "Circle Software",
            "Gemeente Huizen (eigen ontwikkeling)", "Enable-U", "Sweco", "Microsoft", "Exxellence", "Dimpact");

    static final List<String> HOSTING = List.of(
            "SaaS leverancier", "gemeentelijk datacenter", "Azure-tenant gemeente", "regionaal datacenter HBEL",
            "leverancier (hosting)");

    static final List<String> SCHEDULES = List.of(
            "dagelijks 01:30", "dagelijks 02:00", "dagelijks 02:30", "dagelijks 03:00", "elk uur", "wekelijks zondag 04:00",
            "maandelijks eerste werkdag 05:00", "werkdagen 06:00", "elk kwartier");

    // ------------------------------------------------------------------ fields

    /** Measures that combine with a subject: "Datum" + beschikking -> "Datum beschikking", datum_beschikking. */
    static final List<FieldSpec> MEASURES = List.of(
            spec("Datum", "datum", "date", "Datum waarop de {s} is geregistreerd.", "2025-03-14"),
            spec("Begindatum", "begindatum", "date", "Eerste dag waarop de {s} geldig is.", "2025-01-01"),
            spec("Einddatum", "einddatum", "date", "Laatste dag waarop de {s} geldig is; leeg zolang de {s} loopt.", "2025-12-31"),
            spec("Status", "status", "string", "Actuele status van de {s} volgens de statuslijst van het bronsysteem.", "in behandeling"),
            spec("Code", "code", "string", "Code van de {s} volgens de landelijke of gemeentelijke codelijst.", "A12"),
            spec("Soort", "soort", "string", "Soort {s}, bijvoorbeeld regulier of spoed.", "regulier"),
            spec("Omschrijving", "omschrijving", "string", "Korte omschrijving van de {s} in gewone taal.", "Aanvraag via het webformulier"),
            spec("Bedrag", "bedrag", "decimal", "Bedrag in euro's dat bij de {s} hoort, inclusief btw.", "1250.00"),
            spec("Kenmerk", "kenmerk", "string", "Zaakkenmerk van de {s} zoals vermeld in de correspondentie.", "Z-2025-004711"),
            spec("Tijdstip registratie", "registratie tijdstip", "dateTime", "Datum en tijd waarop de {s} in het systeem is vastgelegd.", "2025-03-14T09:30:00"),
            spec("Reden beëindiging", "reden beeindiging", "string", "Reden waarom de {s} is beëindigd.", "doel bereikt"),
            spec("Resultaat", "resultaat", "string", "Uitkomst van de {s}.", "toegekend"),
            spec("Categorie", "categorie", "string", "Categorie van de {s} voor de rapportage.", "B"),
            spec("Doorlooptijd (dagen)", "doorlooptijd dagen", "integer", "Aantal kalenderdagen tussen ontvangst en afhandeling van de {s}.", "23"),
            spec("Indicatie spoed", "indicatie spoed", "boolean", "Geeft aan of de {s} met spoed is behandeld.", "false"),
            spec("Documentlocatie", "document url", "anyURI", "Adres van het document bij de {s} in het documentmanagementsysteem.", "https://dms.huizen.nl/doc/4711"),
            spec("Versie", "versie", "integer", "Volgnummer van de versie van de {s}.", "3"),
            spec("Jaar", "jaar", "gYear", "Jaar waarin de {s} is gestart.", "2025"),
            spec("Behandelaar (team)", "behandelaar team", "string", "Team dat de {s} behandelt; geen naam van een medewerker.", "Team Noord"),
            spec("Mutatiedatum", "mutatie datum", "dateTime", "Moment van de laatste wijziging van de {s}.", "2025-04-02T14:05:00"));

    /** Fields every kind of dataset can have. */
    static final List<FieldSpec> GENERIC_FIELDS = List.of(
            spec("Wijkcode", "wijkcode", "string", "CBS-wijkcode van het adres.", "WK040601"),
            spec("Buurtcode", "buurtcode", "string", "CBS-buurtcode van het adres.", "BU04060103"),
            spec("Peildatum", "peildatum", "date", "Datum waarop de stand is bepaald.", "2025-06-30"),
            spec("Gemeentecode", "gemeentecode", "string", "CBS-gemeentecode, voor Huizen GM0406.", "GM0406"),
            spec("Bronsysteem", "bronsysteem", "string", "Naam van het systeem waaruit het record komt.", "iSamenleving"),
            spec("Laaddatum", "laad datum", "dateTime", "Moment waarop het record in het datawarehouse is geladen.", "2025-05-01T02:14:00"),
            spec("Geldig vanaf", "geldig vanaf", "date", "Begin van de geldigheid van deze versie van het record (historie).", "2025-01-01"),
            spec("Geldig tot", "geldig tot", "date", "Einde van de geldigheid van deze versie van het record; leeg voor de actuele versie.", "2025-12-31"),
            spec("Is actief", "is actief", "boolean", "Waar zolang het record actueel is.", "true"),
            spec("Taakveld", "taakveld", "string", "Taakveld volgens de BBV-indeling.", "6.71"),
            spec("Productcode", "productcode", "string", "Productcode volgens de iStandaarden of de productenlijst.", "02A01"),
            spec("Maand", "maand", "gYearMonth", "Kalendermaand waarop de gegevens betrekking hebben.", "2025-05"),
            spec("Kwartaal", "kwartaal", "string", "Kwartaal in de vorm 2025-K2.", "2025-K2"),
            spec("Aantal", "aantal", "integer", "Aantal in de periode.", "42"),
            spec("Opmerking", "opmerking", "string", "Vrije toelichting; bevat volgens werkinstructie geen persoonsgegevens.", "zie dossier"));

    static final List<String> EXTRA_SENTENCES = List.of(
            "Overgenomen uit {system}.",
            "Leeg wanneer de waarde onbekend is.",
            "Wordt bij elke mutatie bijgewerkt.",
            "Vastgelegd door de behandelend consulent.",
            "Afgeleid in de ETL-stap naar het datawarehouse.",
            "Waarde volgens de codelijst van {system}.",
            "Historie wordt bewaard.",
            "Controleer bij twijfel de toelichting in het gegevenswoordenboek.",
            "Verplicht veld in het invoerscherm.",
            "Zie ook de werkinstructie van {team}.",
            "Gevuld vanaf de migratie naar {system}.",
            "Bij conversie aangevuld met standaardwaarden.");

    static final List<PersonalSpec> PERSONAL = List.of(
            personal("bsn", "BSN", "bsn", "string", "nationaal-identificatienummer",
                    "Burgerservicenummer van de betrokkene: 9 cijfers, voldoet aan de elfproef.", "111222333"),
            personal("clientnummer", "Cliëntnummer", "clientnummer", "string", "persoonskenmerken",
                    "Intern cliëntnummer; koppelsleutel tussen registraties van dezelfde persoon zonder BSN.", "CL-0099001"),
            personal("geslachtsnaam", "Geslachtsnaam", "geslachtsnaam", "string", "naw",
                    "Geslachtsnaam (achternaam) zonder voorvoegsel, overgenomen uit de BRP.", "Testpersoon"),
            personal("voornamen", "Voornamen", "voornamen", "string", "naw", "Voornamen zoals in de BRP.", "Jan Pieter"),
            personal("voorletters", "Voorletters", "voorletters", "string", "naw", "Voorletters, afgeleid van de voornamen.", "J.P."),
            personal("straatnaam", "Straatnaam", "straatnaam", "string", "naw", "Straatnaam van het woonadres.", "Voorbeeldstraat"),
            personal("huisnummer", "Huisnummer", "huisnummer", "integer", "naw", "Huisnummer van het woonadres.", "12"),
            personal("postcode", "Postcode", "postcode", "string", "naw locatie", "Postcode van het woonadres (6 posities).", "1271AA"),
            personal("telefoonnummer", "Telefoonnummer", "telefoonnummer", "string", "naw", "Telefoonnummer waarop de betrokkene bereikbaar is.", "0612345678"),
            personal("emailadres", "E-mailadres", "emailadres", "string", "naw", "E-mailadres dat de betrokkene heeft opgegeven.", "test@example.org"),
            personal("geboortedatum", "Geboortedatum", "geboortedatum", "date", "persoonskenmerken",
                    "Geboortedatum uit de BRP; kan onvolledig zijn (dag of maand onbekend).", "1950-01-01"),
            personal("geslacht", "Geslacht", "geslacht", "string", "persoonskenmerken", "Geslachtsaanduiding: O, M of V.", "O"),
            personal("nationaliteit", "Nationaliteit", "nationaliteit", "string", "persoonskenmerken", "Nationaliteit volgens tabel 32 van de BRP.", "0001"),
            personal("burgerlijkestaat", "Burgerlijke staat", "burgerlijke staat", "string", "gezinssamenstelling", "Burgerlijke staat: ongehuwd, gehuwd, geregistreerd partner.", "ongehuwd"),
            personal("huishouden", "Huishoudsamenstelling", "huishoud samenstelling", "string", "gezinssamenstelling",
                    "Samenstelling van het huishouden, zoals alleenstaand of gezin met kinderen.", "alleenstaande ouder"),
            personal("kinderen", "Aantal kinderen in huishouden", "aantal kinderen", "integer", "gezinssamenstelling",
                    "Aantal minderjarige kinderen in het huishouden.", "2"),
            personal("iban", "IBAN", "iban", "string", "financieel", "Rekeningnummer voor betalingen aan of van de betrokkene.", "NL00TEST0123456789"),
            personal("inkomen", "Netto maandinkomen", "netto inkomen", "decimal", "financieel", "Netto inkomen per maand in euro's.", "1520.00"),
            personal("vermogen", "Vermogen", "vermogen", "decimal", "financieel", "Vermogen volgens de vermogenstoets.", "2500.00"),
            personal("schuld", "Totale schuld", "schuld bedrag", "decimal", "financieel", "Som van de bekende schulden in euro's.", "8400.00"),
            personal("eigenbijdrage", "Eigen bijdrage", "eigen bijdrage", "decimal", "financieel", "Eigen bijdrage volgens het CAK.", "21.80"),
            personal("huur", "Huurbedrag", "huur bedrag", "decimal", "huisvesting financieel", "Kale huur per maand in euro's.", "725.00"),
            personal("woonsituatie", "Woonsituatie", "woonsituatie", "string", "huisvesting", "Woonsituatie, zoals huurwoning, koopwoning of dakloos.", "huurwoning"),
            personal("diagnose", "Diagnose", "diagnose", "string", "gezondheid", "Diagnose of beperking die de ondersteuningsvraag onderbouwt.", "zie medisch advies"),
            personal("beperking", "Beperking", "beperking", "string", "gezondheid", "Soort lichamelijke of psychische beperking.", "mobiliteit"),
            personal("medischadvies", "Medisch advies", "medisch advies", "string", "gezondheid", "Samenvatting van het advies van de onafhankelijk arts.", "urgentie aanbevolen"),
            personal("ggz", "GGZ-indicatie", "ggz indicatie", "boolean", "gezondheid psychisch", "Geeft aan of er sprake is van psychische problematiek.", "false"),
            personal("verslaving", "Verslavingsproblematiek", "verslaving", "boolean", "gezondheid leefgewoonten", "Geeft aan of verslaving een rol speelt.", "false"),
            personal("opleiding", "Opleidingsniveau", "opleidingsniveau", "string", "opleiding", "Hoogst behaalde opleiding volgens de SOI-indeling.", "mbo-2"),
            personal("school", "School", "school", "string", "opleiding", "Naam van de school waar de leerling staat ingeschreven.", "Voorbeeldschool"),
            personal("beroep", "Beroep", "beroep", "string", "beroep", "Laatst uitgeoefende beroep.", "magazijnmedewerker"),
            personal("werkgever", "Werkgever", "werkgever", "string", "beroep", "Huidige werkgever van de betrokkene.", "Voorbeeld B.V."),
            personal("kenteken", "Kenteken", "kenteken", "string", "persoonskenmerken", "Kenteken van het voertuig van de vergunninghouder.", "XX-999-X"),
            personal("milieupas", "Milieupasnummer", "milieupas nummer", "string", "persoonskenmerken", "Nummer van de milieupas van het huishouden.", "MP-004711"),
            personal("gps", "Locatie (GPS)", "gps locatie", "string", "locatie", "Coördinaten van de melding of transactie.", "52.30,5.24"),
            personal("foto", "Foto", "foto", "anyURI", "beeld", "Verwijzing naar de foto bij de melding.", "https://dms.huizen.nl/foto/1"),
            personal("camerabeeld", "Camerabeeld", "camerabeeld", "anyURI", "beeld", "Verwijzing naar het opgeslagen camerabeeld.", "https://vms.huizen.nl/clip/1"),
            personal("antecedenten", "Justitiële antecedenten", "justitiele antecedenten", "string", "strafrechtelijk",
                    "Samenvatting van relevante justitiële gegevens uit het Bibob-onderzoek of de politie-informatie.", "geen"),
            personal("jeugdreclassering", "Jeugdreclasseringsmaatregel", "jeugdreclassering", "boolean", "strafrechtelijk",
                    "Geeft aan of er een jeugdreclasseringsmaatregel loopt.", "false"),
            personal("gespreksverslag", "Gespreksverslag", "gespreks verslag", "string", "leefgewoonten",
                    "Samenvatting van het gesprek over de ondersteuningsvraag.", "zie dossier"),
            personal("stemopname", "Geluidsopname", "geluid opname", "anyURI", "geluid", "Verwijzing naar de opname van het telefoongesprek.", "https://kcc.huizen.nl/rec/1"));

    // ------------------------------------------------------------------ domains

    static final List<Domain> DOMAINS = buildDomains();

    private static List<Domain> buildDomains() {
        List<Domain> d = new ArrayList<>();
        d.add(new Domain("wmo", "Wmo", "Team Wmo", 0, List.of("SOCI", "HEAL"), List.of("Zorg_en_gezondheid", "Sociale_zekerheid"), 0.8,
                "Wmo 2015, art. 5.1.1", List.of("A6-1-c", "A6-1-e", "A9-2-h"),
                subjects("Wmo-meldingen/melding/melding", "Wmo-aanvragen/aanvraag/aanvraag", "Wmo-beschikkingen/beschikking/beschikking",
                        "maatwerkvoorzieningen/maatwerkvoorziening/voorziening", "keukentafelgesprekken/gesprek/gesprek",
                        "hulpmiddelen/hulpmiddel/hulpmiddel", "woningaanpassingen/woningaanpassing/woningaanpassing",
                        "pgb-budgetten/pgb/pgb", "Wmo-toewijzingen/toewijzing/toewijzing", "Wmo-declaraties/declaratie/declaratie"),
                List.of("iSamenleving", "Suite4Sociaal Domein", "Wmo-portaal", "Hulpmiddelenregistratie"),
                List.of("Wmo", "maatwerkvoorziening", "zorgaanbieder", "huishoudelijke hulp", "begeleiding", "cliënt", "iWmo"),
                List.of("bsn", "clientnummer", "geslachtsnaam", "voorletters", "geboortedatum", "postcode", "huisnummer", "diagnose",
                        "beperking", "huishouden", "telefoonnummer", "eigenbijdrage", "medischadvies"),
                List.of(spec("Zorgaanbieder AGB-code", "agb code", "string", "AGB-code van de gecontracteerde zorgaanbieder.", "98012345"),
                        spec("Productcategorie", "product categorie", "string", "Productcategorie volgens de iWmo-standaard.", "02"),
                        spec("Omvang (eenheden)", "omvang eenheden", "decimal", "Toegewezen omvang in eenheden per frequentie.", "4.0"),
                        spec("Eenheid", "eenheid", "string", "Eenheid van de omvang (uur, dagdeel, stuks).", "uur")),
                List.of("Gebruikt voor de uitvoering van de Wmo 2015 en de verantwoording aan de gemeenteraad.",
                        "Basis voor de sturing op doorlooptijden en kosten van maatwerkvoorzieningen."),
                List.of(term("Maatwerkvoorziening", "maatwerk|individuele voorziening", "Op de persoon afgestemde voorziening die de gemeente op grond van de Wmo 2015 verstrekt als algemene voorzieningen niet volstaan.", "Wmo 2015, art. 1.1.1"),
                        term("Keukentafelgesprek", "gesprek|onderzoek Wmo", "Gesprek van de consulent met de inwoner en diens netwerk om de hulpvraag en mogelijke oplossingen te onderzoeken.", "Wmo 2015, art. 2.3.2"),
                        term("Hulp bij het huishouden", "HbH|huishoudelijke ondersteuning", "Ondersteuning bij het schoonhouden van de woning en andere huishoudelijke taken.", "Verordening maatschappelijke ondersteuning"),
                        term("Persoonsgebonden budget", "pgb", "Budget waarmee de inwoner zelf ondersteuning inkoopt in plaats van zorg in natura.", "Wmo 2015, art. 2.3.6"),
                        term("Algemene voorziening", "", "Voorziening die zonder voorafgaand onderzoek toegankelijk is voor alle inwoners, zoals een buurthuis of maaltijdservice.", "Wmo 2015, art. 1.1.1"),
                        term("Melding hulpvraag", "Wmo-melding|melding", "Het moment waarop een inwoner de gemeente laat weten ondersteuning nodig te hebben; start van de wettelijke onderzoekstermijn van zes weken.", "Wmo 2015, art. 2.3.2"))));
        d.add(new Domain("jeugd", "Jeugdhulp", "Team Jeugd", 0, List.of("SOCI", "HEAL"), List.of("Zorg_en_gezondheid"), 0.85,
                "Jeugdwet, art. 7.4.0", List.of("A6-1-c", "A6-1-e", "A9-2-h"),
                subjects("jeugdhulptrajecten/traject/traject", "aanmeldingen jeugd/aanmelding/aanmelding", "jeugdbeschikkingen/beschikking/beschikking",
                        "jeugdbeschermingsmaatregelen/maatregel/maatregel", "verwijzingen huisarts/verwijzing/verwijzing",
                        "zorgaanbieders jeugd/zorgaanbieder/zorgaanbieder", "jeugdcasussen/casus/casus", "wachtlijstregels jeugdhulp/wachtlijstregel/wachtlijst"),
                List.of("Jeugdhulpregistratie", "iJw-berichtenmodule", "Jeugdportaal HBEL"),
                List.of("jeugdhulp", "Jeugdwet", "jeugdbescherming", "caseload", "zorgaanbieder", "verwijzer", "iJw"),
                List.of("bsn", "geboortedatum", "geslachtsnaam", "voornamen", "huishouden", "diagnose", "ggz", "school", "jeugdreclassering", "postcode"),
                List.of(spec("Verwijzer", "verwijzer", "string", "Soort verwijzer: gemeente, huisarts, jeugdarts of gecertificeerde instelling.", "huisarts"),
                        spec("Zorgaanbieder AGB-code", "agb code", "string", "AGB-code van de jeugdhulpaanbieder.", "98012345"),
                        spec("Caseloadnorm", "caseload norm", "integer", "Maximaal aantal actieve casussen per jeugdconsulent.", "200")),
                List.of("Gebruikt voor de uitvoering van de Jeugdwet en de sturing op jeugdhulp.",
                        "Nodig voor de regionale inkoop en de monitoring van wachtlijsten."),
                List.of(term("Jeugdhulp", "", "Ondersteuning van en hulp en zorg aan jeugdigen en hun ouders bij opgroei- en opvoedingsproblemen, psychische problemen en stoornissen.", "Jeugdwet, art. 1.1"),
                        term("Gecertificeerde instelling", "GI", "Instelling die een kinderbeschermingsmaatregel of jeugdreclassering uitvoert.", "Jeugdwet, art. 1.1"),
                        term("Jeugdbeschermingsmaatregel", "ondertoezichtstelling|OTS", "Maatregel van de kinderrechter die het gezag van ouders beperkt, zoals een ondertoezichtstelling.", "Burgerlijk Wetboek Boek 1, art. 255"),
                        term("Caseload", "werkvoorraad consulent", "Aantal actieve casussen dat een consulent op een peildatum onder zich heeft.", "Roadmap Sturen met Data"),
                        term("Verwijzing", "", "Doorverwijzing naar jeugdhulp door de gemeente, huisarts, jeugdarts of medisch specialist.", "Jeugdwet, art. 2.6"),
                        term("Jeugdreclassering", "", "Begeleiding van een jongere die met justitie in aanraking is gekomen.", "Jeugdwet, art. 1.1"))));
        d.add(new Domain("participatie", "Werk en inkomen", "Team Participatie, Werk en Inkomen", 0, List.of("SOCI", "ECON"),
                List.of("Sociale_zekerheid", "Werk_(thema)"), 0.85, "Participatiewet, art. 64", List.of("A6-1-c", "A6-1-e"),
                subjects("bijstandsuitkeringen/uitkering/uitkering", "re-integratietrajecten/traject/traject", "loonkostensubsidies/subsidie/subsidie",
                        "inkomstenverrekeningen/verrekening/verrekening", "terugvorderingen/vordering/vordering",
                        "aanvragen bijzondere bijstand/aanvraag/aanvraag", "werkgeverscontacten/contact/contact"),
                List.of("Suite4Werk en Inkomen", "GWS4all", "Werkgeversportaal"),
                List.of("bijstand", "Participatiewet", "uitkering", "re-integratie", "inkomen", "uitstroom"),
                List.of("bsn", "iban", "inkomen", "vermogen", "huishouden", "opleiding", "beroep", "werkgever", "geboortedatum", "geslachtsnaam", "burgerlijkestaat"),
                List.of(spec("Normbedrag", "norm bedrag", "decimal", "Bijstandsnorm die van toepassing is.", "1401.50"),
                        spec("Uitstroomreden", "uitstroom reden", "string", "Reden van beëindiging van de uitkering.", "werk"),
                        spec("Arbeidsvermogen", "arbeidsvermogen", "boolean", "Of de betrokkene volgens de beoordeling arbeidsvermogen heeft.", "true")),
                List.of("Gebruikt voor de uitvoering van de Participatiewet, de IOAW en de IOAZ.",
                        "Bron voor de verantwoording over het BUIG-budget."),
                List.of(term("Bijstandsuitkering", "bijstand|algemene bijstand", "Uitkering voor levensonderhoud aan wie onvoldoende middelen heeft om in de noodzakelijke kosten van bestaan te voorzien.", "Participatiewet, art. 11"),
                        term("Loonkostensubsidie", "LKS", "Subsidie aan een werkgever die iemand met een arbeidsbeperking in dienst neemt.", "Participatiewet, art. 10d"),
                        term("Re-integratie", "", "Activiteiten die iemand helpen (weer) aan het werk te komen.", "Participatiewet, art. 7"),
                        term("Bijzondere bijstand", "", "Vergoeding voor noodzakelijke kosten die niet uit het inkomen kunnen worden betaald.", "Participatiewet, art. 35"),
                        term("Uitstroom naar werk", "uitstroom", "Beëindiging van de uitkering doordat de betrokkene werk heeft gevonden.", "Participatiewet"),
                        term("BUIG-budget", "BUIG", "Rijksbudget voor de bijstandsuitkeringen van gemeenten.", "Participatiewet, art. 69"))));
        d.add(new Domain("schuldhulp", "Schuldhulpverlening", "Team Schuldhulpverlening", 0, List.of("SOCI", "ECON"),
                List.of("Sociale_zekerheid"), 0.9, "Wet gemeentelijke schuldhulpverlening, art. 5", List.of("A6-1-c", "A6-1-e"),
                subjects("schuldhulptrajecten/traject/traject", "vroegsignalen/signaal/signaal", "betalingsachterstanden/achterstand/achterstand",
                        "schuldregelingen/regeling/regeling", "budgetbeheerdossiers/dossier/dossier"),
                List.of("Allegro", "Vroegsignaleringsplatform", "Budgetbeheersysteem"),
                List.of("schulden", "vroegsignalering", "schuldhulpverlening", "betalingsachterstand", "budgetbeheer"),
                List.of("bsn", "schuld", "iban", "inkomen", "huishouden", "telefoonnummer", "geslachtsnaam", "woonsituatie", "huur"),
                List.of(spec("Schuldeiser", "schuldeiser", "string", "Soort schuldeiser, zoals woningcorporatie of zorgverzekeraar.", "zorgverzekeraar"),
                        spec("Achterstand (euro)", "achterstand bedrag", "decimal", "Hoogte van de betalingsachterstand.", "312.40")),
                List.of("Gebruikt voor de uitvoering van de Wet gemeentelijke schuldhulpverlening.",
                        "Basis voor de monitoring van vroegsignalering en wachttijden."),
                List.of(term("Vroegsignalering", "vroegsignaal", "Het vroeg opsporen van betalingsachterstanden bij vaste lasten, zodat de gemeente hulp kan aanbieden.", "Wgs, art. 3a"),
                        term("Schuldhulpverlening", "SHV|schuldhulp", "Hulp aan inwoners met problematische schulden, van advies tot een minnelijke schuldregeling.", "Wet gemeentelijke schuldhulpverlening"),
                        term("Minnelijke schuldregeling", "schuldregeling", "Afspraak met alle schuldeisers om de schulden in drie jaar af te lossen en de rest kwijt te schelden.", "Gedragscode Schuldregeling NVVK"),
                        term("Budgetbeheer", "", "Het beheren van inkomsten en vaste lasten voor een inwoner om nieuwe schulden te voorkomen.", "Wgs"),
                        term("Betalingsachterstand", "achterstand", "Openstaande vordering voor vaste lasten die niet op tijd is betaald.", "Besluit gemeentelijke schuldhulpverlening"))));
        d.add(new Domain("burgerzaken", "Burgerzaken", "Team Burgerzaken", 3, List.of("GOVE", "SOCI"), List.of("Bestuur"), 0.9,
                "Wet BRP, art. 3.3", List.of("A6-1-c", "A6-1-e"),
                subjects("ingeschreven personen/persoon/persoon", "verblijfplaatsen/verblijfplaats/verblijfplaats", "verhuizingen/verhuizing/verhuizing",
                        "reisdocumenten/reisdocument/reisdocument", "huwelijken en partnerschappen/huwelijk/huwelijk",
                        "afnemersindicaties/afnemersindicatie/afnemersindicatie", "rijbewijsaanvragen/rijbewijsaanvraag/rijbewijs"),
                List.of("Burgerzakenmodules", "Reisdocumentenstation", "Verkiezingsregistratie"),
                List.of("BRP", "burgerzaken", "adres", "verhuizing", "reisdocument", "basisregistratie"),
                List.of("bsn", "geslachtsnaam", "voornamen", "geboortedatum", "geslacht", "nationaliteit", "burgerlijkestaat", "postcode", "huisnummer", "straatnaam", "foto"),
                List.of(spec("Adresseerbaar object", "adresseerbaar object id", "string", "Identificatie van het adresseerbaar object in de BAG.", "0406010000012345"),
                        spec("Datum aanvang adreshouding", "datum aanvang adreshouding", "date", "Datum waarop de persoon op dit adres woont.", "2019-08-01")),
                List.of("Bijhouding van de Basisregistratie Personen en dienstverlening aan de balie.",
                        "Authentieke bron voor persoonsgegevens binnen de gemeente."),
                List.of(term("Basisregistratie Personen", "BRP", "Wettelijke registratie van persoonsgegevens van inwoners van Nederland en van niet-ingezetenen.", "Wet BRP"),
                        term("Burgerservicenummer", "BSN", "Uniek persoonsnummer dat de overheid gebruikt om gegevens van een persoon uit te wisselen.", "Wet algemene bepalingen burgerservicenummer"),
                        term("Afnemersindicatie", "", "Aantekening in de BRP dat een afnemer mutaties van een persoon ontvangt.", "Wet BRP, art. 3.6"),
                        term("Ingezetene", "inwoner", "Persoon die in de BRP is ingeschreven met een woonadres in een Nederlandse gemeente.", "Wet BRP, art. 1.1"),
                        term("Verblijfplaats", "woonadres", "Adres waar een persoon woont of, bij gebreke daarvan, een briefadres.", "Wet BRP, art. 1.1"),
                        term("Reisdocument", "paspoort|identiteitskaart", "Paspoort of identiteitskaart die de gemeente verstrekt.", "Paspoortwet"))));
        d.add(new Domain("belastingen", "Belastingen", "Team Belastingen", 2, List.of("GOVE", "ECON"), List.of("Financien"), 0.6,
                "Gemeentewet, art. 220; Wet WOZ, art. 40", List.of("A6-1-c", "A6-1-e"),
                subjects("WOZ-objecten/WOZ-object/wozobject", "WOZ-beschikkingen/beschikking/beschikking", "aanslagen OZB/aanslag/aanslag",
                        "kwijtscheldingsverzoeken/kwijtscheldingsverzoek/kwijtschelding", "bezwaarschriften WOZ/bezwaar/bezwaar",
                        "afvalstoffenheffingen/heffing/heffing", "taxatieverslagen/taxatieverslag/taxatie"),
                List.of("Belastingapplicatie", "WOZ-taxatiemodule", "Invorderingssysteem"),
                List.of("WOZ", "OZB", "belastingen", "kwijtschelding", "aanslag", "heffing"),
                List.of("bsn", "geslachtsnaam", "iban", "inkomen", "postcode", "huisnummer", "vermogen"),
                List.of(spec("WOZ-waarde", "woz waarde", "decimal", "Vastgestelde waarde van het object op de waardepeildatum.", "412000"),
                        spec("Waardepeildatum", "waardepeildatum", "date", "Datum waarnaar de WOZ-waarde is bepaald.", "2024-01-01"),
                        spec("Tarief", "tarief", "decimal", "Tarief als percentage van de WOZ-waarde.", "0.0891")),
                List.of("Gebruikt voor de heffing en invordering van gemeentelijke belastingen.",
                        "Basis voor de jaarlijkse WOZ-waardering."),
                List.of(term("WOZ-waarde", "WOZ", "Waarde van een onroerende zaak volgens de Wet waardering onroerende zaken.", "Wet WOZ"),
                        term("Onroerendezaakbelasting", "OZB", "Gemeentelijke belasting op eigendom en gebruik van onroerende zaken.", "Gemeentewet, art. 220"),
                        term("Kwijtschelding", "", "Vrijstelling van betaling van gemeentelijke belastingen bij onvoldoende betalingscapaciteit.", "Invorderingswet 1990, art. 26"),
                        term("Aanslag", "belastingaanslag", "Beschikking waarin de te betalen belasting wordt vastgesteld.", "Algemene wet inzake rijksbelastingen"),
                        term("Waardepeildatum", "", "Datum waarnaar de WOZ-waarde wordt bepaald, één jaar voor het begin van het belastingjaar.", "Wet WOZ, art. 18"))));
        d.add(new Domain("financien", "Financiën", "Team Financiën", 2, List.of("GOVE", "ECON"), List.of("Financien"), 0.15,
                "Gemeentewet, art. 212; Besluit begroting en verantwoording", List.of("A6-1-b", "A6-1-c"),
                subjects("begrotingsposten/begrotingspost/begrotingspost", "grootboekmutaties/mutatie/mutatie", "inkoopfacturen/factuur/factuur",
                        "verplichtingen/verplichting/verplichting", "subsidieverleningen/subsidie/subsidie", "contracten/contract/contract",
                        "crediteuren/crediteur/crediteur", "begrotingswijzigingen/begrotingswijziging/wijziging"),
                List.of("Financieel systeem", "Inkoop- en factuurportaal", "Contractbeheersysteem"),
                List.of("begroting", "taakveld", "jaarrekening", "factuur", "inkoop", "subsidie"),
                List.of("iban", "geslachtsnaam", "emailadres"),
                List.of(spec("Grootboekrekening", "grootboekrekening", "string", "Nummer van de grootboekrekening.", "4411"),
                        spec("Kostenplaats", "kostenplaats", "string", "Kostenplaats waarop de uitgave wordt geboekt.", "KP6710"),
                        spec("Begroot bedrag", "begroot bedrag", "decimal", "Bedrag volgens de vastgestelde begroting.", "250000.00"),
                        spec("Realisatie", "realisatie", "decimal", "Gerealiseerd bedrag tot en met de peildatum.", "187500.00")),
                List.of("Gebruikt voor de begrotingscyclus en de jaarrekening.",
                        "Bron voor de tussentijdse rapportages aan het college."),
                List.of(term("Begroting", "programmabegroting", "Financieel plan waarin de raad de baten en lasten voor het komende jaar vaststelt.", "Gemeentewet, art. 189"),
                        term("Taakveld", "", "Verplichte indeling van baten en lasten in de begroting volgens het BBV.", "Besluit begroting en verantwoording"),
                        term("Jaarrekening", "", "Verantwoording over de uitvoering van de begroting in het afgelopen jaar.", "Gemeentewet, art. 197"),
                        term("Verplichting", "", "Aangegane financiële verplichting die nog niet tot betaling heeft geleid.", "BBV"),
                        term("Begrotingswijziging", "", "Besluit van de raad dat de vastgestelde begroting aanpast.", "Gemeentewet, art. 192"))));
        d.add(new Domain("afval", "Afval", "Team Afval en Reiniging", 1, List.of("ENVI"), List.of("Natuur_en_milieu"), 0.3,
                "Wet milieubeheer, art. 10.21; Afvalstoffenverordening", List.of("A6-1-e"),
                subjects("afvalcontainers/container/container", "ledigingen/lediging/lediging", "inzamelroutes/route/route",
                        "milieustraatbezoeken/bezoek/bezoek", "afvalfracties/fractie/fractie", "meldingen bijplaatsingen/melding/melding",
                        "weegregistraties/weging/weging"),
                List.of("Afvalregistratiesysteem", "Containerbeheer", "Milieustraatregistratie"),
                List.of("afval", "restafval", "GFT", "inzameling", "container", "milieustraat", "afvalscheiding"),
                List.of("postcode", "huisnummer", "milieupas", "kenteken", "gps"),
                List.of(spec("Gewicht (kg)", "gewicht kg", "decimal", "Gewogen hoeveelheid afval in kilogram.", "18.4"),
                        spec("Chipnummer container", "chip nummer", "string", "Nummer van de chip in de container.", "C-000123"),
                        spec("Afvalfractie", "afval fractie", "string", "Fractie: rest, GFT, papier, PMD of glas.", "GFT")),
                List.of("Gebruikt voor de planning van de inzameling en de diftar-afrekening.",
                        "Bron voor de monitoring van het afvalscheidingspercentage."),
                List.of(term("Restafval", "", "Huishoudelijk afval dat overblijft na scheiding van herbruikbare fracties.", "Afvalstoffenverordening"),
                        term("GFT", "groente-, fruit- en tuinafval", "Organisch huishoudelijk afval dat apart wordt ingezameld en gecomposteerd.", "Landelijk afvalbeheerplan"),
                        term("Diftar", "gedifferentieerd tarief", "Afvalstoffenheffing die afhangt van de hoeveelheid aangeboden restafval.", "Gemeentewet, art. 229"),
                        term("Milieustraat", "afvalbrengstation", "Locatie waar inwoners grof en gescheiden afval kunnen brengen.", "Afvalstoffenverordening"),
                        term("Afvalscheidingspercentage", "scheidingspercentage", "Aandeel van het huishoudelijk afval dat gescheiden wordt ingezameld.", "VANG Huishoudelijk Afval"))));
        d.add(new Domain("parkeren", "Parkeren", "Team Parkeren", 1, List.of("TRAN"), List.of("Verkeer_(thema)"), 0.5,
                "Gemeentewet, art. 225; Parkeerverordening", List.of("A6-1-b", "A6-1-e"),
                subjects("parkeervergunningen/vergunning/vergunning", "parkeertransacties/transactie/transactie",
                        "naheffingsaanslagen/naheffingsaanslag/naheffing", "parkeerzones/zone/zone", "parkeerautomaten/automaat/automaat",
                        "bezoekersregistraties/bezoekersregistratie/bezoek", "bezettingsmetingen/bezettingsmeting/bezetting"),
                List.of("Parkeerbeheersysteem", "Scanauto-registratie", "Vergunningenportaal parkeren"),
                List.of("parkeren", "parkeervergunning", "naheffing", "blauwe zone", "bezoekers", "mobiliteit"),
                List.of("kenteken", "geslachtsnaam", "postcode", "huisnummer", "iban", "gps", "emailadres"),
                List.of(spec("Parkeerduur (minuten)", "parkeerduur minuten", "integer", "Duur van de parkeeractie in minuten.", "95"),
                        spec("Tarief per uur", "tarief per uur", "decimal", "Uurtarief in euro's in de zone.", "2.40"),
                        spec("Zonecode", "zonecode", "string", "Code van de parkeerzone.", "Z-CENTRUM")),
                List.of("Gebruikt voor de uitgifte van vergunningen en de parkeerhandhaving.",
                        "Bron voor het parkeerbeleid en de bezettingsmonitor."),
                List.of(term("Parkeervergunning", "vergunning parkeren", "Vergunning om in een vergunninggebied te parkeren zonder parkeerbelasting per keer te betalen.", "Parkeerverordening"),
                        term("Naheffingsaanslag", "parkeerboete|naheffing", "Aanslag parkeerbelasting die wordt opgelegd als er niet of niet voldoende is betaald.", "Gemeentewet, art. 234"),
                        term("Blauwe zone", "", "Gebied waar met een parkeerschijf beperkte tijd gratis geparkeerd mag worden.", "RVV 1990"),
                        term("Bezoekersvergunning", "bezoekersregeling", "Regeling waarmee bewoners hun bezoek tegen verlaagd tarief laten parkeren.", "Parkeerverordening"),
                        term("Parkeerdruk", "bezettingsgraad", "Verhouding tussen het aantal geparkeerde auto's en het aantal parkeerplaatsen.", "CROW-publicatie 317"))));
        d.add(new Domain("vergunningen", "Vergunningen", "Team Vergunningen, Toezicht en Handhaving", 1, List.of("REGI", "GOVE"),
                List.of("Ruimte_en_infrastructuur", "Huisvesting_(thema)"), 0.55, "Omgevingswet, art. 5.1", List.of("A6-1-c", "A6-1-e"),
                subjects("omgevingsvergunningen/vergunning/vergunning", "vergunningaanvragen/aanvraag/aanvraag", "bouwmeldingen/melding/melding",
                        "evenementenvergunningen/evenementenvergunning/evenement", "handhavingszaken/handhavingszaak/handhaving",
                        "toezichtsbezoeken/inspectie/inspectie", "bezwaar- en beroepszaken/bezwaar/bezwaar"),
                List.of("Omgevingsloket-koppeling", "VTH-zaaksysteem", "Evenementenloket"),
                List.of("vergunning", "Omgevingswet", "handhaving", "toezicht", "bouwen", "evenement"),
                List.of("geslachtsnaam", "telefoonnummer", "emailadres", "postcode", "huisnummer", "antecedenten", "bsn"),
                List.of(spec("Activiteit", "activiteit", "string", "Vergunningplichtige activiteit volgens het omgevingsplan.", "bouwactiviteit"),
                        spec("Kadastraal perceel", "kadastraal perceel", "string", "Kadastrale aanduiding van het perceel.", "HZN00-A-1234"),
                        spec("Beslistermijn (weken)", "beslistermijn weken", "integer", "Wettelijke beslistermijn in weken.", "8")),
                List.of("Gebruikt voor de behandeling van aanvragen en het toezicht onder de Omgevingswet.",
                        "Bron voor de verantwoording over beslistermijnen."),
                List.of(term("Omgevingsvergunning", "", "Vergunning voor activiteiten in de fysieke leefomgeving, zoals bouwen of kappen.", "Omgevingswet, afdeling 5.1"),
                        term("Omgevingswet", "Ow", "Wet die sinds 1 januari 2024 de regels voor de fysieke leefomgeving bundelt.", "Omgevingswet"),
                        term("Bibob-toets", "Bibob", "Integriteitsonderzoek naar de aanvrager van een vergunning.", "Wet Bibob"),
                        term("Last onder dwangsom", "dwangsom", "Herstelsanctie waarbij de overtreder een geldbedrag verbeurt zolang de overtreding niet is beëindigd.", "Awb, art. 5:31d"),
                        term("Beslistermijn", "", "Termijn waarbinnen het bevoegd gezag op een aanvraag moet beslissen.", "Omgevingswet, art. 16.64"))));
        d.add(new Domain("lucht", "Luchtkwaliteit", "Team Milieu", 1, List.of("ENVI", "HEAL"), List.of("Natuur_en_milieu"), 0.05,
                "Wet milieubeheer, art. 5.19", List.of("A6-1-e"),
                subjects("luchtmetingen/meting/meting", "meetstations/meetstation/meetstation", "stikstofdioxideconcentraties/concentratie/concentratie",
                        "fijnstofmetingen/fijnstofmeting/fijnstof", "geluidmetingen/geluidmeting/geluid", "klachten luchtkwaliteit/klacht/klacht"),
                List.of("Meetnet Gooi en Vechtstreek", "Sensorplatform", "Milieuklachtenregistratie"),
                List.of("luchtkwaliteit", "NO2", "fijnstof", "meetstation", "milieu", "gezondheid"),
                List.of("emailadres", "postcode", "telefoonnummer"),
                List.of(spec("NO2-concentratie (µg/m³)", "no2 concentratie", "decimal", "Uurgemiddelde stikstofdioxideconcentratie.", "23.5"),
                        spec("PM10 (µg/m³)", "pm10", "decimal", "Uurgemiddelde concentratie fijnstof PM10.", "17.2"),
                        spec("PM2,5 (µg/m³)", "pm25", "decimal", "Uurgemiddelde concentratie fijnstof PM2,5.", "9.8"),
                        spec("Meetmoment", "meetmoment", "dateTime", "Eind van het meetuur.", "2025-05-01T10:00:00")),
                List.of("Gebruikt voor de monitoring van de luchtkwaliteit en het gezondheidsbeleid.",
                        "Wordt gepubliceerd op de kaart luchtkwaliteit."),
                List.of(term("Stikstofdioxide", "NO2", "Gas dat vooral vrijkomt bij verbranding in verkeer en industrie en schadelijk is voor de luchtwegen.", "Wet milieubeheer, bijlage 2"),
                        term("Fijnstof", "PM10", "Zwevende deeltjes kleiner dan 10 micrometer in de lucht.", "Wet milieubeheer, bijlage 2"),
                        term("PM2,5", "zeer fijnstof", "Zwevende deeltjes kleiner dan 2,5 micrometer; dringen diep door in de longen.", "WHO Air Quality Guidelines"),
                        term("Meetstation", "", "Vaste locatie waar de luchtkwaliteit continu wordt gemeten.", "Luchtmeetnet"),
                        term("Grenswaarde", "norm luchtkwaliteit", "Wettelijke maximale concentratie van een stof in de buitenlucht.", "Wet milieubeheer, bijlage 2"))));
        d.add(new Domain("openbareruimte", "Openbare ruimte", "Team Beheer Openbare Ruimte", 1, List.of("ENVI", "TRAN"),
                List.of("Ruimte_en_infrastructuur", "Natuur_en_milieu"), 0.25, "Wegenwet; Wet BGT", List.of("A6-1-e"),
                subjects("meldingen openbare ruimte/melding/melding", "bomen/boom/boom", "lantaarnpalen/lantaarnpaal/lantaarnpaal",
                        "speelvoorzieningen/speeltoestel/speeltoestel", "wegvakken/wegvak/wegvak", "onderhoudsprojecten/project/project",
                        "groenvakken/groenvak/groenvak"),
                List.of("Beheersysteem openbare ruimte", "Meldingen Openbare Ruimte-app", "Boomregistratie"),
                List.of("openbare ruimte", "melding", "onderhoud", "groen", "bomen", "wegen", "BGT"),
                List.of("emailadres", "telefoonnummer", "foto", "gps"),
                List.of(spec("BGT-identificatie", "bgt id", "string", "Identificatie van het object in de BGT.", "G0406.1234"),
                        spec("Kwaliteitsniveau", "kwaliteitsniveau", "string", "Kwaliteitsniveau volgens de CROW-beeldmeetlat.", "B"),
                        spec("Boomsoort", "boomsoort", "string", "Wetenschappelijke naam van de boomsoort.", "Tilia europaea")),
                List.of("Gebruikt voor het beheer en onderhoud van de openbare ruimte.",
                        "Bron voor de afhandeling van meldingen van inwoners."),
                List.of(term("Melding openbare ruimte", "MOR|melding", "Melding van een inwoner over een probleem in de openbare ruimte, zoals een kapotte lantaarnpaal.", "Wegenwet"),
                        term("Basisregistratie Grootschalige Topografie", "BGT", "Digitale kaart van Nederland met objecten als gebouwen, wegen en water.", "Wet BGT"),
                        term("Beeldkwaliteit", "CROW-beeldmeetlat", "Afgesproken kwaliteitsniveau van de openbare ruimte, van A+ tot D.", "CROW-publicatie 323"),
                        term("Boomveiligheidscontrole", "VTA", "Periodieke visuele controle van bomen op gebreken.", "Handboek bomen"),
                        term("Speeltoestel", "", "Toestel in de openbare ruimte dat bedoeld is om op te spelen.", "Warenwetbesluit attractie- en speeltoestellen"))));
        d.add(new Domain("wonen", "Wonen", "Team Wonen", 1, List.of("REGI", "SOCI"), List.of("Huisvesting_(thema)"), 0.5,
                "Huisvestingswet 2014, art. 7", List.of("A6-1-c", "A6-1-e", "A9-2-b"),
                subjects("woningzoekenden/woningzoekende/woningzoekende", "urgentieaanvragen/urgentieaanvraag/urgentie",
                        "woningen/woning/woning", "plaatsingen statushouders/plaatsing/plaatsing", "woningbouwprojecten/bouwproject/bouwproject"),
                List.of("Woonruimteverdeelsysteem", "Urgentiecommissie-registratie", "Woningbouwmonitor"),
                List.of("wonen", "urgentie", "woningbouw", "huur", "statushouders", "woningvoorraad"),
                List.of("bsn", "geslachtsnaam", "inkomen", "huishouden", "woonsituatie", "medischadvies", "huur"),
                List.of(spec("Woningtype", "woningtype", "string", "Type woning, zoals eengezinswoning of appartement.", "appartement"),
                        spec("Bouwjaar", "bouwjaar", "gYear", "Bouwjaar van de woning.", "1972"),
                        spec("Aantal kamers", "aantal kamers", "integer", "Aantal kamers van de woning.", "3")),
                List.of("Gebruikt voor de woonruimteverdeling en het volkshuisvestingsbeleid.",
                        "Bron voor de woningbouwmonitor en de taakstelling statushouders."),
                List.of(term("Urgentieverklaring", "urgentie", "Verklaring die voorrang geeft bij het zoeken naar een sociale huurwoning.", "Huisvestingsverordening"),
                        term("Sociale huurwoning", "", "Huurwoning met een huur onder de liberalisatiegrens.", "Woningwet"),
                        term("Statushouder", "vergunninghouder", "Asielzoeker met een verblijfsvergunning die de gemeente moet huisvesten.", "Huisvestingswet 2014, art. 28"),
                        term("Woningvoorraad", "", "Totaal aantal woningen in de gemeente op een peildatum.", "BAG"),
                        term("Taakstelling", "", "Aantal statushouders dat de gemeente in een halfjaar moet huisvesten.", "Huisvestingswet 2014"))));
        d.add(new Domain("leerplicht", "Leerplicht en onderwijs", "Team Leerplicht", 0, List.of("EDUC"), List.of("Onderwijs_en_wetenschap"), 0.8,
                "Leerplichtwet 1969, art. 25", List.of("A6-1-c", "A6-1-e"),
                subjects("verzuimmeldingen/verzuimmelding/verzuim", "leerlingen/leerling/leerling", "vrijstellingen leerplicht/vrijstelling/vrijstelling",
                        "aanvragen leerlingenvervoer/vervoersaanvraag/vervoer", "voortijdig schoolverlaters/schoolverlater/schoolverlater"),
                List.of("Leerlingadministratie leerplicht", "Leerlingenvervoerportaal", "RMC-registratie"),
                List.of("leerplicht", "verzuim", "onderwijs", "leerlingenvervoer", "RMC", "schoolverlaters"),
                List.of("bsn", "geboortedatum", "geslachtsnaam", "voornamen", "school", "opleiding", "postcode", "huisnummer", "beperking"),
                List.of(spec("BRIN-nummer", "brin nummer", "string", "BRIN-nummer van de school.", "12AB"),
                        spec("Verzuimuren", "verzuim uren", "integer", "Aantal uren ongeoorloofd verzuim in de periode.", "16")),
                List.of("Gebruikt voor het toezicht op de naleving van de Leerplichtwet.",
                        "Bron voor de RMC-rapportage over voortijdig schoolverlaten."),
                List.of(term("Leerplicht", "", "Plicht voor kinderen van 5 tot en met 16 jaar om naar school te gaan.", "Leerplichtwet 1969"),
                        term("Kwalificatieplicht", "", "Plicht voor jongeren tot 18 jaar om naar school te gaan tot zij een startkwalificatie hebben.", "Leerplichtwet 1969, art. 4a"),
                        term("Ongeoorloofd verzuim", "verzuim|spijbelen", "Afwezigheid van school zonder geldige reden.", "Leerplichtwet 1969, art. 21a"),
                        term("Voortijdig schoolverlater", "VSV", "Jongere tot 23 jaar die zonder startkwalificatie het onderwijs verlaat.", "Wet RMC"),
                        term("Leerlingenvervoer", "", "Vervoersvoorziening voor leerlingen die door afstand of beperking niet zelfstandig naar school kunnen.", "WPO, art. 4"))));
        d.add(new Domain("veiligheid", "Openbare orde en veiligheid", "Team Openbare Orde en Veiligheid", 3, List.of("JUST", "GOVE"),
                List.of("Openbare_orde_en_veiligheid"), 0.7, "Gemeentewet, art. 172; Wet politiegegevens, art. 20", List.of("A6-1-c", "A6-1-e"),
                subjects("incidentregistraties/incident/incident", "cameratoezichtbeelden/camerabeeld/camerabeeld", "woonoverlastzaken/overlastzaak/overlast",
                        "Bibob-onderzoeken/onderzoek/bibob", "bestuurlijke maatregelen/maatregel/maatregel", "evenementenadviezen/advies/advies"),
                List.of("OOV-registratie", "Cameratoezichtsysteem", "Casusregistratie zorg en veiligheid"),
                List.of("veiligheid", "overlast", "cameratoezicht", "Bibob", "openbare orde", "handhaving"),
                List.of("antecedenten", "camerabeeld", "geslachtsnaam", "bsn", "geboortedatum", "postcode", "gps", "verslaving"),
                List.of(spec("Incidentsoort", "incident soort", "string", "Soort incident volgens de landelijke incidentcodes.", "overlast jeugd"),
                        spec("Locatieomschrijving", "locatie omschrijving", "string", "Omschrijving van de plaats, zonder huisnummer.", "Oude Haven")),
                List.of("Gebruikt voor de handhaving van de openbare orde door de burgemeester.",
                        "Bron voor het integraal veiligheidsplan."),
                List.of(term("Openbare orde", "", "Het ordelijk verloop van het gemeenschapsleven op openbare plaatsen.", "Gemeentewet, art. 172"),
                        term("Cameratoezicht", "", "Toezicht op openbare plaatsen met vaste camera's op grond van een besluit van de burgemeester.", "Gemeentewet, art. 151c"),
                        term("Woonoverlast", "", "Ernstige en herhaaldelijke hinder vanuit of rond een woning.", "Gemeentewet, art. 151d"),
                        term("Bestuurlijke maatregel", "", "Maatregel van de burgemeester om de openbare orde te handhaven, zoals een gebiedsverbod.", "Gemeentewet, art. 172a"),
                        term("Zorg- en Veiligheidshuis", "ZVH", "Samenwerkingsverband van zorg- en veiligheidspartners voor complexe casuïstiek.", "Landelijk kader Zorg- en Veiligheidshuizen"))));
        d.add(new Domain("klantcontact", "Dienstverlening", "Team Klantcontactcentrum", 3, List.of("GOVE"), List.of("Bestuur"), 0.7,
                "Gemeentewet; Algemene wet bestuursrecht", List.of("A6-1-c", "A6-1-e"),
                subjects("klantcontacten/klantcontact/klantcontact", "afspraken/afspraak/afspraak", "klachten/klacht/klacht",
                        "Woo-verzoeken/Woo-verzoek/wooverzoek", "zaken/zaak/zaak", "terugbelverzoeken/terugbelverzoek/terugbel"),
                List.of("Klantcontactsysteem", "Zaaksysteem", "Afsprakenplanner"),
                List.of("dienstverlening", "klantcontact", "zaakgericht werken", "Woo", "klachten", "KCC"),
                List.of("geslachtsnaam", "telefoonnummer", "emailadres", "bsn", "stemopname", "postcode"),
                List.of(spec("Kanaal", "kanaal", "string", "Kanaal van het contact: telefoon, balie, e-mail of chat.", "telefoon"),
                        spec("Zaaktype", "zaaktype", "string", "Zaaktype volgens de zaaktypecatalogus.", "Melding openbare ruimte"),
                        spec("Afgehandeld in eerste lijn", "eerste lijn", "boolean", "Of de vraag direct door het KCC is beantwoord.", "true")),
                List.of("Gebruikt voor de dienstverlening aan inwoners en ondernemers.",
                        "Bron voor de kwaliteitsmonitor dienstverlening."),
                List.of(term("Zaak", "", "Samenhangende hoeveelheid werk met een gedefinieerde aanleiding en een gedefinieerd resultaat.", "GEMMA Zaakgericht werken"),
                        term("Zaaktype", "", "Generieke aanduiding van de aard van een soort zaak, met termijnen en resultaten.", "Zaaktypecatalogus ZTC"),
                        term("Woo-verzoek", "Wob-verzoek|informatieverzoek", "Verzoek om openbaarmaking van overheidsinformatie.", "Wet open overheid, art. 4.1"),
                        term("Klantcontactcentrum", "KCC", "Eerste aanspreekpunt van de gemeente via telefoon, balie, e-mail en chat.", "GEMMA Dienstverlening"),
                        term("Eerstelijnsafhandeling", "FCR", "Aandeel vragen dat bij het eerste contact wordt beantwoord.", "Benchmark Publiekszaken"))));
        return List.copyOf(d);
    }

    /** Glossary terms about data management, not tied to a policy domain; appended after the domain terms. */
    static final List<Term> DATA_TERMS = List.of(
            term("Sturen met data", "datagedreven sturing", "Beleid en uitvoering bijsturen op basis van betrouwbare gegevens en afgesproken normen.", "Roadmap Sturen met Data"),
            term("Datawarehouse", "DWH", "Centrale database waarin gegevens uit bronsystemen geïntegreerd en met historie worden opgeslagen voor analyse.", "Architectuur informatievoorziening"),
            term("Gegevenseigenaar", "data-eigenaar", "Functionaris die verantwoordelijk is voor de kwaliteit en het gebruik van een gegevensverzameling.", "Informatiebeveiligingsbeleid"),
            term("Verwerkingsregister", "register van verwerkingen", "Overzicht van alle verwerkingen van persoonsgegevens onder verantwoordelijkheid van de gemeente.", "AVG, art. 30"),
            term("Pseudonimisering", "pseudonimiseren", "Persoonsgegevens zo verwerken dat ze niet meer zonder aanvullende gegevens aan een persoon te koppelen zijn.", "AVG, art. 4 lid 5"),
            term("Open data", "", "Overheidsinformatie die vrij beschikbaar is voor hergebruik, zonder beperkingen.", "Wet hergebruik van overheidsinformatie"),
            term("Onthullingsbeheersing", "statistische beveiliging", "Maatregelen die voorkomen dat uit gepubliceerde aantallen individuen te herleiden zijn.", "CBS-methodenreeks"),
            term("Metadata", "", "Gegevens over gegevens: betekenis, herkomst, eigenaar en kwaliteit.", "DCAT-AP-NL"),
            term("Gemeentelijk Gegevensmodel", "GGM", "Landelijk gegevensmodel voor gemeentelijke informatie, gebaseerd op de GEMMA.", "VNG Realisatie"),
            term("Functionaris gegevensbescherming", "FG", "Interne toezichthouder op de verwerking van persoonsgegevens.", "AVG, art. 37"));

    /** Qualifiers to compose extra glossary terms for the larger scales ("Status" + "beschikking"). */
    static final List<String> TERM_QUALIFIERS = List.of(
            "Status", "Doorlooptijd", "Soort", "Registratie", "Beëindiging", "Termijn", "Kosten", "Wijziging", "Aantal", "Controle");

    // ------------------------------------------------------------------ KPIs

    /** KPI templates: title, description, norm text, unit, direction (maximaal/minimaal), low..high norm value. */
    record KpiTemplate(String title, String description, String norm, String unit, String direction, int low, int high) {
    }

    static final List<KpiTemplate> KPIS = List.of(
            new KpiTemplate("Doorlooptijd {plural}", "Gemiddelde doorlooptijd van {plural} in kalenderdagen, van registratie tot afhandeling.",
                    "maximaal {n} kalenderdagen", "kalenderdagen", "maximaal", 14, 56),
            new KpiTemplate("Aandeel {plural} binnen de termijn", "Aandeel van de {plural} dat binnen de wettelijke of afgesproken termijn is afgehandeld.",
                    "minimaal {n} procent binnen de termijn", "procent", "minimaal", 80, 98),
            new KpiTemplate("Aantal {plural} per 1.000 inwoners", "Aantal {plural} in de periode per 1.000 inwoners van de gemeente.",
                    "maximaal {n} per 1.000 inwoners", "per 1.000 inwoners", "maximaal", 5, 60),
            new KpiTemplate("Achterstand {plural}", "Aantal {plural} dat op de peildatum langer dan de norm openstaat.",
                    "maximaal {n} openstaande {plural}", "stuks", "maximaal", 10, 150),
            new KpiTemplate("Kosten {plural} per maand", "Totale lasten van de {plural} per maand ten opzichte van de begroting.",
                    "maximaal {n} procent van het maandbudget", "procent van budget", "maximaal", 95, 110),
            new KpiTemplate("Caseload {plural} per consulent", "Aantal actieve {plural} per consulent op de peildatum.",
                    "maximaal {n} per consulent", "per consulent", "maximaal", 40, 200));

    // ------------------------------------------------------------------ dataset title qualifiers

    static final List<String> SOURCE_QUALIFIERS = List.of("", "", "", " (historie)", " - mutaties", " archief", " (actueel)", " {region}");
    static final List<String> WAREHOUSE_QUALIFIERS = List.of(" (feitentabel)", " (dimensie)", " in het datawarehouse", " - gepseudonimiseerd",
            " (stermodel)", " - GGM");
    static final List<String> AGGREGATE_QUALIFIERS = List.of(" per wijk", " per buurt", " per maand", " per kwartaal", " per team",
            " per jaar", " per zorgaanbieder", " per leeftijdsklasse");

    // ------------------------------------------------------------------ helpers

    private static FieldSpec spec(String title, String words, String datatype, String description, String example) {
        return new FieldSpec(title, List.of(words.split(" ")), datatype, description, example);
    }

    private static PersonalSpec personal(String key, String title, String words, String datatype, String categories,
            String description, String example) {
        return new PersonalSpec(key, title, List.of(words.split(" ")), datatype, List.of(categories.split(" ")),
                description, example);
    }

    private static List<Subject> subjects(String... specs) {
        List<Subject> list = new ArrayList<>();
        for (String s : specs) {
            String[] p = s.split("/");
            list.add(new Subject(p[0], p[1], p[2]));
        }
        return List.copyOf(list);
    }

    private static Term term(String label, String alts, String definition, String source) {
        return new Term(label, alts.isEmpty() ? List.of() : List.of(alts.split("\\|")), definition, source);
    }

    static PersonalSpec personal(String key) {
        for (PersonalSpec p : PERSONAL) {
            if (p.key().equals(key)) {
                return p;
            }
        }
        throw new IllegalArgumentException("Unknown personal field " + key);
    }
}
