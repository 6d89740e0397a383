package nl.datawijzer.opendata;

import java.util.ArrayList;
import java.util.List;
import nl.datawijzer.opendata.PublicationCandidate.ContactPoint;
import nl.datawijzer.opendata.PublicationCandidate.Distribution;
import nl.datawijzer.opendata.PublicationCandidate.Field;
import nl.datawijzer.opendata.PublicationCandidate.Licence;

/** The gate rules that look only at what the catalogue records about a dataset. */
final class MetadataChecks {

    private MetadataChecks() {
    }

    /** Suggested personal data blocks too: until the FG rejects the suggestion, the field counts as personal. */
    static GateResult noPersonalData(GateRule rule, PublicationCandidate candidate) {
        List<String> personal = candidate.fields().stream()
                .filter(field -> field.containsPersonalData() || !field.personalDataCategories().isEmpty())
                .map(Field::label).toList();
        List<String> inherited = candidate.fields().stream()
                .filter(field -> !field.inheritedFrom().isEmpty() && !personal.contains(field.label()))
                .map(field -> field.label() + " (van " + String.join(", ", field.inheritedFrom()) + ")").toList();
        List<String> inheritedEn = candidate.fields().stream()
                .filter(field -> !field.inheritedFrom().isEmpty() && !personal.contains(field.label()))
                .map(field -> field.label() + " (from " + String.join(", ", field.inheritedFrom()) + ")").toList();
        if (personal.isEmpty() && inherited.isEmpty()) {
            return GateResult.pass(rule, "Geen van de " + candidate.fields().size()
                    + " velden bevat of erft persoonsgegevens.",
                    "None of the " + candidate.fields().size() + " fields contains or inherits personal data.");
        }
        StringBuilder nl = new StringBuilder();
        StringBuilder en = new StringBuilder();
        if (!personal.isEmpty()) {
            nl.append("Deze velden bevatten persoonsgegevens (vastgesteld of voorgesteld): ").append(Names.nl(personal))
                    .append(". Haal ze uit de dataset of laat de FG de classificatie afwijzen.");
            en.append("These fields contain personal data (confirmed or suggested): ").append(Names.en(personal))
                    .append(". Remove them from the dataset or have the privacy officer reject the classification.");
        }
        if (!inherited.isEmpty()) {
            nl.append(nl.isEmpty() ? "" : " ").append("Deze velden erven persoonsgegevens via hun herkomst: ")
                    .append(Names.nl(inherited)).append(". Laat de FG de afleiding goedkeuren als anonimisering of"
                            + " aggregatie, of haal de velden uit de dataset.");
            en.append(en.isEmpty() ? "" : " ").append("These fields inherit personal data through their lineage: ")
                    .append(Names.en(inheritedEn)).append(". Have the privacy officer approve the derivation as an"
                            + " anonymisation or aggregation, or remove the fields from the dataset.");
        }
        return GateResult.fail(rule, nl.toString(), en.toString());
    }

    /**
     * Every distribution must answer: a hosted file must be stored intact, an external address must respond. A dataset
     * without distributions has nothing to download.
     */
    static GateResult distributionsReachable(GateRule rule, PublicationCandidate candidate) {
        if (candidate.distributions().isEmpty()) {
            return GateResult.fail(rule, "De dataset heeft geen distributie: er valt niets te downloaden.",
                    "The dataset has no distribution: there is nothing to download.");
        }
        List<String> failingNl = new ArrayList<>();
        List<String> failingEn = new ArrayList<>();
        for (Distribution distribution : candidate.distributions()) {
            var reachability = distribution.reachability();
            if (reachability == null) {
                failingNl.add(distribution.label() + " (niet gecontroleerd)");
                failingEn.add(distribution.label() + " (not checked)");
            } else if (!reachability.reachable()) {
                failingNl.add(distribution.label() + " (" + reachability.reasonNl() + ")");
                failingEn.add(distribution.label() + " (" + reachability.reasonEn() + ")");
            }
        }
        if (failingNl.isEmpty()) {
            return GateResult.pass(rule, "Alle " + candidate.distributions().size() + " distributies zijn bereikbaar.",
                    "All " + candidate.distributions().size() + " distributions are reachable.");
        }
        return GateResult.fail(rule, "Niet bereikbaar: " + Names.nl(failingNl) + ".",
                "Not reachable: " + Names.en(failingEn) + ".");
    }

    /** The entry the dataset would get in the open-data view, checked against the official DCAT-AP-NL 3.0 shapes. */
    static GateResult dcatApNl(GateRule rule, PublicationCandidate candidate) {
        List<String> violations = candidate.dcatViolations();
        if (violations == null) {
            return GateResult.fail(rule, "De DCAT-AP-NL-controle is niet uitgevoerd.",
                    "The DCAT-AP-NL check has not been run.");
        }
        if (violations.isEmpty()) {
            return GateResult.pass(rule, "De beschrijving voldoet aan DCAT-AP-NL 3.0 (officiële SHACL-shapes).",
                    "The description conforms to DCAT-AP-NL 3.0 (official SHACL shapes).");
        }
        return GateResult.fail(rule, violations.size() + " afwijking(en) van DCAT-AP-NL 3.0: " + Names.nl(violations)
                + ".", violations.size() + " deviation(s) from DCAT-AP-NL 3.0: " + Names.en(violations) + ".");
    }

    static GateResult fieldsReviewed(GateRule rule, PublicationCandidate candidate) {
        if (candidate.fields().isEmpty()) {
            return GateResult.fail(rule, "De dataset beschrijft geen enkel veld; de FG kan niets beoordelen.",
                    "The dataset describes no field at all; the privacy officer has nothing to review.");
        }
        List<String> open = candidate.fields().stream().filter(Field::suggested).map(Field::label).toList();
        if (open.isEmpty()) {
            return GateResult.pass(rule, "Alle " + candidate.fields().size() + " velden zijn door de FG beoordeeld.",
                    "All " + candidate.fields().size() + " fields have been reviewed by the privacy officer.");
        }
        return GateResult.fail(rule,
                "Deze velden wachten nog op beoordeling door de FG (status 'voorgesteld'): " + Names.nl(open) + ".",
                "These fields still await review by the privacy officer (status 'suggested'): " + Names.en(open)
                        + ".");
    }

    static GateResult publicAccess(GateRule rule, PublicationCandidate candidate) {
        if (candidate.accessRights().equals(List.of(PublicationCandidate.PUBLIC))) {
            return GateResult.pass(rule, "De toegang is openbaar (PUBLIC).", "Access is public (PUBLIC).");
        }
        if (candidate.accessRights().isEmpty()) {
            return GateResult.fail(rule, "Er is geen toegangsrecht vastgelegd; voor open data moet dat PUBLIC zijn.",
                    "No access rights are recorded; open data needs PUBLIC.");
        }
        List<String> codes = candidate.accessRights().stream().map(MetadataChecks::lastPart).toList();
        return GateResult.fail(rule,
                "Het toegangsrecht is " + Names.nl(codes) + "; voor open data moet het alleen PUBLIC zijn.",
                "The access rights are " + Names.en(codes) + "; open data needs PUBLIC only.");
    }

    static GateResult openLicence(GateRule rule, PublicationCandidate candidate) {
        if (candidate.distributions().isEmpty()) {
            return GateResult.fail(rule, "De dataset heeft geen distributie, dus ook geen licentie.",
                    "The dataset has no distribution, so no licence either.");
        }
        List<String> without = new ArrayList<>();
        List<String> closed = new ArrayList<>();
        for (Distribution distribution : candidate.distributions()) {
            if (distribution.licences().isEmpty()) {
                without.add(distribution.label());
            } else if (!distribution.licences().stream().allMatch(Licence::open)) {
                closed.add(distribution.label());
            }
        }
        if (without.isEmpty() && closed.isEmpty()) {
            return GateResult.pass(rule, "Elke distributie heeft een open licentie.",
                    "Every distribution has an open licence.");
        }
        List<String> nl = new ArrayList<>();
        List<String> en = new ArrayList<>();
        if (!without.isEmpty()) {
            nl.add("Zonder licentie: " + Names.nl(without) + ".");
            en.add("Without a licence: " + Names.en(without) + ".");
        }
        if (!closed.isEmpty()) {
            nl.add("Met een licentie die niet open is (of onbekend): " + Names.nl(closed) + ".");
            en.add("With a licence that is not open (or unknown): " + Names.en(closed) + ".");
        }
        nl.add("Open zijn onder meer CC0 1.0, CC-BY 4.0, CC-BY-SA 4.0 en ODC-BY.");
        en.add("Open are, among others, CC0 1.0, CC-BY 4.0, CC-BY-SA 4.0 and ODC-BY.");
        return GateResult.fail(rule, String.join(" ", nl), String.join(" ", en));
    }

    static GateResult contactPoint(GateRule rule, PublicationCandidate candidate) {
        List<ContactPoint> points = candidate.contactPoints();
        if (points.stream().anyMatch(point -> !point.email().isEmpty() && !point.telephone().isEmpty())) {
            return GateResult.pass(rule, "Er is een contactpunt met e-mailadres en telefoonnummer.",
                    "There is a contact point with an e-mail address and a phone number.");
        }
        if (points.isEmpty()) {
            return GateResult.fail(rule, "Er is geen contactpunt vastgelegd (dcat:contactPoint).",
                    "No contact point is recorded (dcat:contactPoint).");
        }
        boolean email = points.stream().anyMatch(point -> !point.email().isEmpty());
        boolean phone = points.stream().anyMatch(point -> !point.telephone().isEmpty());
        if (email && phone) {
            return GateResult.fail(rule,
                    "E-mailadres en telefoonnummer staan op verschillende contactpunten (vcard:hasEmail, "
                            + "vcard:hasTelephone); data.overheid.nl vraagt beide op één contactpunt.",
                    "E-mail address and phone number are on different contact points (vcard:hasEmail, "
                            + "vcard:hasTelephone); data.overheid.nl needs both on one contact point.");
        }
        String missingNl = !email && !phone ? "e-mailadres en telefoonnummer" : !email ? "e-mailadres" : "telefoonnummer";
        String missingEn = !email && !phone ? "e-mail address and phone number" : !email ? "e-mail address" : "phone number";
        return GateResult.fail(rule,
                "Het contactpunt mist een " + missingNl
                        + " (vcard:hasEmail, vcard:hasTelephone); data.overheid.nl vraagt beide.",
                "The contact point has no " + missingEn
                        + " (vcard:hasEmail, vcard:hasTelephone); data.overheid.nl needs both.");
    }

    static GateResult publisher(GateRule rule, PublicationCandidate candidate) {
        if (!candidate.publishers().isEmpty()) {
            return GateResult.pass(rule, "De uitgever is vastgelegd.", "The publisher is recorded.");
        }
        return GateResult.fail(rule, "Er is geen uitgever vastgelegd (dct:publisher), bijvoorbeeld de gemeente.",
                "No publisher is recorded (dct:publisher), for example the municipality.");
    }

    static GateResult euTheme(GateRule rule, PublicationCandidate candidate) {
        if (!candidate.euThemes().isEmpty()) {
            return GateResult.pass(rule, "EU-datathema: " + Names.nl(codes(candidate.euThemes())) + ".",
                    "EU data theme: " + Names.en(codes(candidate.euThemes())) + ".");
        }
        return GateResult.fail(rule,
                "Er is geen thema uit de EU-lijst van datathema's (dcat:theme); DCAT-AP-NL vraagt er ten minste één.",
                "There is no theme from the EU data-theme list (dcat:theme); DCAT-AP-NL needs at least one.");
    }

    static GateResult governmentTheme(GateRule rule, PublicationCandidate candidate) {
        if (!candidate.governmentThemes().isEmpty()) {
            return GateResult.pass(rule, "Overheidsthema: " + Names.nl(codes(candidate.governmentThemes())) + ".",
                    "Government theme: " + Names.en(codes(candidate.governmentThemes())) + ".");
        }
        return GateResult.fail(rule,
                "Er is geen overheidsthema (zoals 'Zorg en gezondheid'); data.overheid.nl deelt de dataset dan "
                        + "minder goed in. Dit blokkeert de publicatie niet.",
                "There is no Dutch government theme (such as 'Zorg en gezondheid'); data.overheid.nl then files the "
                        + "dataset less well. This does not block publication.");
    }

    private static List<String> codes(List<String> iris) {
        return iris.stream().map(MetadataChecks::lastPart).toList();
    }

    private static String lastPart(String iri) {
        String code = iri.substring(Math.max(iri.lastIndexOf('/'), iri.lastIndexOf('#')) + 1);
        return code.replace('_', ' ');
    }
}
