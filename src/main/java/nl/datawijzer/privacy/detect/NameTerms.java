package nl.datawijzer.privacy.detect;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import nl.datawijzer.privacy.detect.Vocabulary.Category;

/**
 * Every word list of the name rules, in one place. Dutch and English, lower case; a phrase is written with
 * spaces and also meets its words run together or joined by {@code _ . -} or camelCase. A term of three
 * letters or fewer only counts as a whole word, so "tel" does not fire on "teller".
 *
 * <p>A term marked alone counts only as the whole name or title, see {@link Term#alone()}.
 *
 * <p>Weights: {@link #STRONG} when the word on its own means the category (bsn, geboortedatum),
 * {@link #NORMAL} when it usually does (naam, adres), {@link #WEAK} when it often means something else too
 * (vermogen is also the power of an engine, beperking also an access restriction).
 */
final class NameTerms {

    static final double STRONG = 0.95;
    static final double NORMAL = 0.8;
    static final double WEAK = 0.6;

    /** Near a term, these make it a figure about a group: "aantal_bsn" counts people, it holds no BSN. */
    static final Set<String> AGGREGATE_WORDS = Set.of("aantal", "totaal", "som", "gemiddeld", "gemiddelde",
            "percentage", "pct", "procent", "aandeel", "fractie", "mediaan", "geaggregeerd", "count", "total",
            "sum", "avg", "average", "mean", "median", "ratio", "aggregated");

    /**
     * Near a term, or as the other half of a compound, these make it about a thing or an area rather than a
     * person: "productnaam", "gemeenteadres", "postcodegebied", "adresseerbaarObject".
     */
    static final Set<String> OWNER_WORDS = Set.of("gemeente", "organisatie", "bedrijf", "onderneming", "bestand",
            "file", "host", "server", "tabel", "table", "kolom", "column", "dataset", "product", "project", "team",
            "wijk", "buurt", "wijkcode", "buurtcode", "regio", "gebied", "area", "region", "district", "object",
            "applicatie", "application", "systeem", "system", "instelling", "aanbieder", "zorgaanbieder",
            "leverancier", "vendor", "provider", "pand", "gebouw", "vestiging", "kantoor", "afdeling", "rapport",
            "dashboard", "veld", "field", "document", "indicator");

    /** Near a term, these make it a key to a record: "uitkering_id" points to a benefit, it is not one. */
    static final Set<String> KEY_WORDS = Set.of("id", "sleutel", "key", "uuid", "guid");

    /**
     * Phrases that contain a term but are not personal data; their words are skipped. "Postcode 4" (the
     * four digits) is an aggregation level; "hulp bij het huishouden" is a Wmo service, not a household.
     */
    static final Set<String> NOT_PERSONAL_PHRASES = Set.of("postcode 4", "pc4", "hulp bij het huishouden");

    /** Just before a term these deny it: "geen BSN", "zonder geboortedatum". */
    static final Set<String> NEGATION_WORDS = Set.of("geen", "zonder", "niet", "nooit", "no", "not", "without");

    static final List<NameDetector> DETECTORS = List.of(
            rule("naam.bsn", "Naam wijst op een BSN", "Name suggests a BSN", Category.NATIONAL_ID)
                    .strong("bsn", "burgerservicenummer", "sofinummer", "bsn nummer",
                            "citizen service number")
                    .normal("a nummer")
                    .build(),
            rule("naam.geboortedatum", "Naam wijst op een geboortedatum", "Name suggests a birth date",
                    Category.PERSONAL_CHARACTERISTICS)
                    .strong("geboortedatum", "datum geboorte", "gebdat", "gebdatum", "birthdate",
                            "date of birth", "birthday")
                    .normal("geboortejaar", "geboorteplaats", "geboorteland", "year of birth", "dob")
                    .weak("geboorte", "birth")
                    .build(),
            rule("naam.persoonskenmerken", "Naam wijst op een persoonskenmerk",
                    "Name suggests a personal characteristic", Category.PERSONAL_CHARACTERISTICS)
                    .normal("geslacht", "gender", "leeftijd", "burgerlijke staat", "marital status", "overlijden",
                            "overlijdensdatum", "date of death", "clientnummer", "persoonsnummer")
                    .weak("age", "sex")
                    .build(),
            rule("naam.nationaliteit", "Naam wijst op nationaliteit", "Name suggests nationality",
                    Category.PERSONAL_CHARACTERISTICS)
                    .strong("nationaliteit", "nationality")
                    .note("Nationaliteit is zelf geen bijzonder persoonsgegeven (art. 9 AVG), maar kan etnische "
                                    + "afkomst verraden; ga na of het veld nodig is.",
                            "Nationality is not itself a special category (art. 9 GDPR), but it can reveal ethnic "
                                    + "origin; check whether the field is needed.")
                    .build(),
            rule("naam.afkomst", "Naam wijst op etnische afkomst", "Name suggests ethnic origin",
                    Category.RACIAL_OR_ETHNIC_ORIGIN)
                    .strong("etniciteit", "etnische afkomst", "ethnicity", "ethnic origin", "migratieachtergrond",
                            "racial origin")
                    .normal("afkomst")
                    .weak("herkomst", "ras", "race")
                    .build(),
            rule("naam.geloof", "Naam wijst op religie of levensovertuiging", "Name suggests religion or belief",
                    Category.RELIGIOUS_OR_PHILOSOPHICAL_BELIEFS)
                    .strong("religie", "godsdienst", "levensovertuiging", "levensbeschouwing", "kerkgenootschap",
                            "religion")
                    .normal("geloof", "geloofsovertuiging")
                    .weak("belief")
                    .build(),
            // "partij" alone is also a party to a contract or a case (wederpartij, procespartij): only with "politiek".
            rule("naam.politiek", "Naam wijst op politieke opvattingen", "Name suggests political opinions",
                    Category.POLITICAL_OPINIONS)
                    .strong("politieke voorkeur", "politieke partij", "politieke partijen", "politieke opvatting",
                            "politieke opvattingen", "politieke overtuiging", "partijvoorkeur", "partijlidmaatschap",
                            "political opinion", "political party", "political affiliation")
                    .build(),
            rule("naam.vakbond", "Naam wijst op vakbondslidmaatschap", "Name suggests trade union membership",
                    Category.TRADE_UNION_MEMBERSHIP)
                    .strong("vakbond", "vakbondslid", "vakbondslidmaatschap", "lidmaatschap vakbond", "trade union",
                            "union membership")
                    .build(),
            rule("naam.genetisch", "Naam wijst op genetische gegevens", "Name suggests genetic data",
                    Category.GENETIC)
                    .strong("genetisch", "dna profiel", "erfelijkheidsonderzoek", "genoom", "genetic", "genome")
                    .normal("dna")
                    .build(),
            // A plain photo is not biometric (recital 51 GDPR). English "fingerprint" is left out: in a catalogue
            // it is mostly the hash of a certificate or file.
            rule("naam.biometrisch", "Naam wijst op biometrische gegevens", "Name suggests biometric data",
                    Category.BIOMETRIC)
                    .strong("biometrie", "biometrisch", "vingerafdruk", "vingerafdrukken", "gezichtsherkenning",
                            "irisscan", "biometric", "facial recognition")
                    .build(),
            // "geaardheid" is also the earthing of an electrical installation.
            rule("naam.seksualiteit", "Naam wijst op seksueel gedrag of seksuele gerichtheid",
                    "Name suggests sex life or sexual orientation", Category.SEX_LIFE_OR_SEXUAL_ORIENTATION)
                    .strong("seksuele geaardheid", "seksuele gerichtheid", "seksuele voorkeur", "seksueel gedrag",
                            "seksualiteit", "sexual orientation", "sex life", "sexuality")
                    .weak("geaardheid")
                    .build(),
            rule("naam.rekeningnummer", "Naam wijst op een rekeningnummer", "Name suggests a bank account number",
                    Category.FINANCIAL)
                    .strong("iban", "rekeningnummer", "bankrekening", "bankrekeningnummer", "bank account",
                            "account number")
                    .build(),
            rule("naam.inkomen", "Naam wijst op inkomen, uitkering of schulden",
                    "Name suggests income, benefits or debts", Category.FINANCIAL)
                    .strong("inkomen", "uitkering", "schuld", "schulden", "schuldhulp", "salaris", "income",
                            "salary", "debt")
                    .normal("bijstand", "toeslag", "eigen bijdrage", "loon")
                    .weak("vermogen")
                    .build(),
            rule("naam.adres", "Naam wijst op een adres", "Name suggests an address", Category.NAW)
                    .strong("adres", "straat", "straatnaam", "huisnummer", "huisletter", "huisnummertoevoeging",
                            "postcode", "woonplaats", "woonadres", "address", "street", "zipcode",
                            "postal code")
                    .normal("verblijfplaats", "huisnr")
                    .build(),
            rule("naam.locatie", "Naam wijst op locatiegegevens", "Name suggests location data", Category.LOCATION)
                    .strong("geolocatie", "gps", "gps locatie", "coordinaten", "latitude", "longitude")
                    .normal("locatie", "location")
                    .weak("lat", "lon", "lng")
                    .build(),
            rule("naam.persoonsnaam", "Naam wijst op de naam van een persoon", "Name suggests a person's name",
                    Category.NAW)
                    .strong("achternaam", "voornaam", "voornamen", "namen", "voorletters", "geslachtsnaam", "roepnaam",
                            "initialen", "tussenvoegsel", "voorvoegsel", "surname", "first name", "last name",
                            "given name", "family name", "full name")
                    .normal("naam", "name")
                    .build(),
            rule("naam.contact", "Naam wijst op contactgegevens", "Name suggests contact details", Category.NAW)
                    .strong("email", "emailadres", "mailadres", "telefoon", "telefoonnummer", "telnr", "mobiel",
                            "mobielnummer", "phone", "phone number", "mobile")
                    .normal("contactgegevens", "gsm")
                    .weak("tel")
                    .build(),
            rule("naam.gezondheid", "Naam wijst op gezondheid of zorg", "Name suggests health or care",
                    Category.HEALTH)
                    .strong("diagnose", "diagnosis", "zorgvraag", "zorgbehoefte", "medisch", "medische", "ggz",
                            "gezondheid", "ziekte", "handicap", "medicatie", "medication", "health", "psychisch",
                            "psychische", "verslaving", "jeugdhulp", "jeugdbescherming")
                    .weak("beperking", "hulpvraag", "behandeling")
                    .alone(NORMAL, "indicatie")
                    .build(),
            rule("naam.strafrechtelijk", "Naam wijst op strafrechtelijke gegevens", "Name suggests criminal data",
                    Category.CRIMINAL)
                    .strong("strafblad", "veroordeling", "delict", "strafrecht", "strafrechtelijk",
                            "criminal record", "conviction", "offence", "reclassering", "detentie")
                    .normal("justitie", "verdachte")
                    .build(),
            rule("naam.gezinssamenstelling", "Naam wijst op gezinssamenstelling",
                    "Name suggests household composition", Category.HOUSEHOLD)
                    .strong("gezinssamenstelling", "huishouden", "huishoudsamenstelling", "samenstelling huishouden",
                            "gezinssituatie", "leefvorm", "household", "household composition")
                    .normal("gezin", "huishoudtype")
                    .weak("partner", "partners", "kinderen", "ouders")
                    .build(),
            rule("naam.opleiding", "Naam wijst op opleiding", "Name suggests education", Category.EDUCATION)
                    .strong("opleiding", "opleidingsniveau", "education")
                    .normal("diploma")
                    .build(),
            rule("naam.beroep", "Naam wijst op beroep of werk", "Name suggests occupation", Category.OCCUPATION)
                    .strong("beroep", "occupation", "profession")
                    .normal("werkgever", "employer", "arbeidsverleden")
                    .build());

    private NameTerms() {
    }

    private static RuleBuilder rule(String id, String titleNl, String titleEn, Category category) {
        return new RuleBuilder(id, titleNl, titleEn, category);
    }

    private static final class RuleBuilder {
        private final String id;
        private final String titleNl;
        private final String titleEn;
        private final Category category;
        private final List<Term> terms = new ArrayList<>();
        private String noteNl = "";
        private String noteEn = "";

        RuleBuilder(String id, String titleNl, String titleEn, Category category) {
            this.id = id;
            this.titleNl = titleNl;
            this.titleEn = titleEn;
            this.category = category;
        }

        RuleBuilder strong(String... texts) {
            return add(STRONG, texts);
        }

        RuleBuilder normal(String... texts) {
            return add(NORMAL, texts);
        }

        RuleBuilder weak(String... texts) {
            return add(WEAK, texts);
        }

        RuleBuilder alone(double weight, String... texts) {
            for (String text : texts) {
                terms.add(Term.of(text, weight, true));
            }
            return this;
        }

        RuleBuilder note(String nl, String en) {
            noteNl = nl;
            noteEn = en;
            return this;
        }

        NameDetector build() {
            return new NameDetector(id, titleNl, titleEn, category, terms, noteNl, noteEn);
        }

        private RuleBuilder add(double weight, String... texts) {
            for (String text : texts) {
                terms.add(Term.of(text, weight, false));
            }
            return this;
        }
    }
}
