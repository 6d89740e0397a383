package nl.datawijzer.opendata;

import static nl.datawijzer.opendata.CandidateBuilder.CLOSED;
import static nl.datawijzer.opendata.CandidateBuilder.CONFIRMED;
import static nl.datawijzer.opendata.CandidateBuilder.INTEGER;
import static nl.datawijzer.opendata.CandidateBuilder.STRING;
import static nl.datawijzer.opendata.CandidateBuilder.distribution;
import static nl.datawijzer.opendata.CandidateBuilder.field;
import static nl.datawijzer.opendata.CandidateBuilder.personal;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import nl.datawijzer.opendata.PublicationCandidate.ContactPoint;
import nl.datawijzer.opendata.PublicationCandidate.Licence;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * One table per gate rule: candidates that pass and that fail it, and for the failing ones which field, distribution,
 * column or cell the explanation must name, and which values it must never show.
 */
class GateRulesTest {

    static final String SUGGESTED = PublicationCandidate.SUGGESTED;
    /** Valid under the elfproef; made up, nobody's number. */
    static final List<String> BSNS = List.of("111222333", "123456782", "010000008", "100000009", "999999990");

    record Case(String name, Consumer<CandidateBuilder> change, GateOutcome expected, List<String> named,
            List<String> neverShown, List<String> dutch) {

        static Case passes(String name, Consumer<CandidateBuilder> change) {
            return new Case(name, change, GateOutcome.PASS, List.of(), List.of(), List.of());
        }

        static Case fails(String name, Consumer<CandidateBuilder> change, String... named) {
            return new Case(name, change, GateOutcome.FAIL, List.of(named), List.of(), List.of());
        }

        Case neverShowing(String... values) {
            return new Case(name, change, expected, named, List.of(values), dutch);
        }

        Case expecting(GateOutcome outcome) {
            return new Case(name, change, outcome, named, neverShown, dutch);
        }

        /** Words the Dutch explanation must contain (such as "regel 3"). */
        Case sayingInDutch(String... words) {
            return new Case(name, change, expected, named, neverShown, List.of(words));
        }

        @Override
        public String toString() {
            return name;
        }
    }

    static void verify(GateRule rule, Case row) {
        GateResult result = rule.check(new CandidateBuilder().with(row.change()).build());

        assertThat(result.rule()).isEqualTo(rule);
        assertThat(result.outcome()).as(row.name() + ": " + result.explanationNl()).isEqualTo(row.expected());
        assertThat(result.explanationNl()).isNotBlank();
        assertThat(result.explanationEn()).isNotBlank().isNotEqualTo(result.explanationNl());
        for (String name : row.named()) {
            assertThat(result.explanationNl()).contains(name);
            assertThat(result.explanationEn()).contains(name);
        }
        row.dutch().forEach(words -> assertThat(result.explanationNl()).contains(words));
        for (String value : row.neverShown()) {
            assertThat(result.explanationNl()).doesNotContain(value);
            assertThat(result.explanationEn()).doesNotContain(value);
        }
    }

    @Nested
    class NoPersonalData {
        static Stream<Case> table() {
            return Stream.of(
                    Case.passes("fields without personal data", b -> { }),
                    Case.fails("a confirmed personal field", b -> b.fields.add(personal("naam", "Naam", CONFIRMED)),
                            "Naam (naam)"),
                    Case.fails("a suggested personal field", b -> b.fields.add(personal("adres", "Adres", SUGGESTED)),
                            "Adres (adres)"),
                    Case.fails("a category without the flag still counts", b -> b.fields.add(
                            new PublicationCandidate.Field("x", "postcode", "", false, CONFIRMED,
                                    List.of(CandidateBuilder.NAW), STRING)), "postcode"),
                    Case.fails("a field that inherits personal data along its lineage", b -> b.fields.set(0,
                            b.fields.getFirst().inheriting(List.of("Cliënten Wmo › Postcode"))),
                            "Wijkcode (wijkcode)", "Cliënten Wmo › Postcode").sayingInDutch("erven"),
                    Case.fails("own and inherited personal data are both named", b -> {
                        b.fields.add(personal("naam", "Naam", CONFIRMED));
                        b.fields.set(0, b.fields.getFirst().inheriting(List.of("BRP › BSN")));
                    }, "Naam (naam)", "BRP › BSN"));
        }

        @ParameterizedTest(name = "{0}")
        @MethodSource("table")
        void judgesPersonalDataFields(Case row) {
            verify(GateRule.NO_PERSONAL_DATA, row);
        }
    }

    @Nested
    class FieldsReviewed {
        static Stream<Case> table() {
            return Stream.of(
                    Case.passes("all confirmed", b -> { }),
                    Case.fails("one field suggested", b -> b.fields.add(new PublicationCandidate.Field("y", "jaar",
                            "Jaar", false, SUGGESTED, List.of(), STRING)), "Jaar (jaar)"),
                    Case.fails("a field without a status", b -> b.fields.add(new PublicationCandidate.Field("z",
                            "peildatum", "", false, "", List.of(), STRING)), "peildatum"),
                    Case.fails("no fields at all", b -> b.fields.clear()).sayingInDutch("geen enkel veld"));
        }

        @ParameterizedTest(name = "{0}")
        @MethodSource("table")
        void judgesReviewStatus(Case row) {
            verify(GateRule.FIELDS_REVIEWED, row);
        }
    }

    @Nested
    class PublicAccess {
        static Stream<Case> table() {
            String base = "http://publications.europa.eu/resource/authority/access-right/";
            return Stream.of(
                    Case.passes("PUBLIC", b -> { }),
                    Case.fails("RESTRICTED", b -> b.accessRights.set(0, base + "RESTRICTED"), "RESTRICTED"),
                    Case.fails("NON_PUBLIC", b -> b.accessRights.set(0, base + "NON_PUBLIC"), "NON PUBLIC"),
                    Case.fails("PUBLIC and RESTRICTED", b -> b.accessRights.add(base + "RESTRICTED"), "RESTRICTED"),
                    Case.fails("none recorded", b -> b.accessRights.clear(), "PUBLIC"));
        }

        @ParameterizedTest(name = "{0}")
        @MethodSource("table")
        void judgesAccessRights(Case row) {
            verify(GateRule.PUBLIC_ACCESS, row);
        }
    }

    @Nested
    class OpenLicence {
        static Stream<Case> table() {
            return Stream.of(
                    Case.passes("CC0 on the one distribution", b -> { }),
                    Case.fails("a closed licence on a second distribution", b -> b.distributions.add(
                            distribution("api", "Wmo-cliënten (API)", new Licence(CLOSED, false), null)),
                            "Wmo-cliënten (API)"),
                    Case.fails("a distribution without licence", b -> b.distributions.add(
                            new PublicationCandidate.Distribution("d", "", "https://example.org/x.json", List.of(),
                                    null)), "https://example.org/x.json"),
                    Case.fails("no distribution", b -> b.distributions.clear()).sayingInDutch("geen distributie"));
        }

        @ParameterizedTest(name = "{0}")
        @MethodSource("table")
        void judgesLicences(Case row) {
            verify(GateRule.OPEN_LICENCE, row);
        }
    }

    @Nested
    class ContactPointRule {
        static Stream<Case> table() {
            return Stream.of(
                    Case.passes("e-mail and phone", b -> { }),
                    Case.passes("a second, incomplete point does not matter",
                            b -> b.contactPoints.add(new ContactPoint("mailto:x@huizen.nl", ""))),
                    Case.fails("no phone", b -> b.contactPoints.set(0, new ContactPoint("mailto:o@huizen.nl", "")),
                            "vcard:hasTelephone"),
                    Case.fails("no e-mail", b -> b.contactPoints.set(0, new ContactPoint("", "tel:+31355281911")),
                            "vcard:hasEmail"),
                    Case.fails("e-mail and phone on different points", b -> {
                        b.contactPoints.set(0, new ContactPoint("mailto:o@huizen.nl", ""));
                        b.contactPoints.add(new ContactPoint("", "tel:+31355281911"));
                    }, "vcard:hasEmail").sayingInDutch("verschillende contactpunten"),
                    Case.fails("no contact point", b -> b.contactPoints.clear(), "dcat:contactPoint"));
        }

        @ParameterizedTest(name = "{0}")
        @MethodSource("table")
        void judgesContactPoint(Case row) {
            verify(GateRule.CONTACT_POINT, row);
        }
    }

    @Nested
    class Publisher {
        static Stream<Case> table() {
            return Stream.of(
                    Case.passes("the municipality", b -> { }),
                    Case.fails("none", b -> b.publishers.clear(), "dct:publisher"));
        }

        @ParameterizedTest(name = "{0}")
        @MethodSource("table")
        void judgesPublisher(Case row) {
            verify(GateRule.PUBLISHER, row);
        }
    }

    @Nested
    class EuTheme {
        static Stream<Case> table() {
            return Stream.of(
                    Case.passes("SOCI", b -> { }),
                    Case.passes("only an EU theme, no government theme", b -> b.governmentThemes.clear()),
                    Case.fails("only a government theme", b -> b.euThemes.clear(), "dcat:theme"));
        }

        @ParameterizedTest(name = "{0}")
        @MethodSource("table")
        void judgesEuTheme(Case row) {
            verify(GateRule.EU_THEME, row);
        }
    }

    @Nested
    class GovernmentTheme {
        static Stream<Case> table() {
            return Stream.of(
                    Case.passes("Zorg en gezondheid", b -> { }),
                    Case.fails("none: a warning, not a failure", b -> b.governmentThemes.clear())
                            .expecting(GateOutcome.WARNING));
        }

        @ParameterizedTest(name = "{0}")
        @MethodSource("table")
        void warnsWithoutGovernmentTheme(Case row) {
            verify(GateRule.GOVERNMENT_THEME, row);
        }
    }

    @Nested
    class DistributionsReachable {
        static final PublicationCandidate.Reachability NOT_FOUND = new PublicationCandidate.Reachability(false,
                "antwoordt met foutcode 404", "answers with error 404");

        static Stream<Case> table() {
            return Stream.of(
                    Case.passes("every distribution answers", b -> { }),
                    Case.fails("one answers 404", b -> b.distributions.add(CandidateBuilder.distribution("json",
                            "Wmo-cliënten (JSON)", new PublicationCandidate.Licence(CandidateBuilder.CC0, true), null)
                            .withReachability(NOT_FOUND)), "Wmo-cliënten (JSON)", "404"),
                    Case.fails("not checked counts as not reachable", b -> b.distributions.set(0,
                            new PublicationCandidate.Distribution(CandidateBuilder.BASE + "distribution/csv", "CSV",
                                    "https://data.huizen.nl/x.csv", List.of(), null)), "CSV")
                            .sayingInDutch("niet gecontroleerd"),
                    Case.fails("no distribution at all", b -> b.distributions.clear())
                            .sayingInDutch("geen distributie"));
        }

        @ParameterizedTest(name = "{0}")
        @MethodSource("table")
        void judgesReachability(Case row) {
            verify(GateRule.DISTRIBUTIONS_REACHABLE, row);
        }
    }

    @Nested
    class DcatApNl {
        static Stream<Case> table() {
            return Stream.of(
                    Case.passes("no violation", b -> { }),
                    Case.fails("violations are listed", b -> b.dcatViolations.add("csv › dct:license: minCount[1]"),
                            "csv › dct:license").sayingInDutch("DCAT-AP-NL 3.0"),
                    Case.fails("not checked blocks", b -> b.dcatViolations = null).sayingInDutch("niet uitgevoerd"));
        }

        @ParameterizedTest(name = "{0}")
        @MethodSource("table")
        void judgesConformance(Case row) {
            verify(GateRule.DCAT_AP_NL, row);
        }
    }

    @Nested
    class NoPrivacyValues {
        static Stream<Case> table() {
            String bsnFile = "wijkcode;registratie;aantal\n" + BSNS.stream().map(b -> "WK040600;" + b + ";15")
                    .collect(Collectors.joining("\n"));
            String ibanFile = "wijk,rekening,aantal\nA,NL91ABNA0417164300,10\nB,NL02ABNA0123456789,10\n"
                    + "C,NL20INGB0001234567,10\nD,NL91ABNA0417164300,10\n";
            String emailFile = "wijk,contact\nA,jan.jansen@example.org\nB,piet@example.org\nC,kees@example.org\n"
                    + "D,truus@example.org\n";
            String years = "jaar,wijkcode,aantal_clienten\n2021,WK040600,15\n2022,WK040600,20\n2023,WK040600,25\n"
                    + "2024,WK040600,30\n";
            return Stream.of(
                    Case.passes("counts per district", b -> { }),
                    Case.passes("a column of years is no birth date", b -> b.hosted(years)),
                    Case.passes("no hosted file known", b -> b.distributions.set(0, distribution("csv", "CSV",
                            new Licence(CandidateBuilder.CC0, true), null))),
                    Case.fails("BSNs in a column the catalogue does not describe", b -> b.hosted(bsnFile),
                            "registratie", "waarde.elfproef").sayingInDutch("kolom registratie").neverShowing(BSNS.toArray(String[]::new)),
                    Case.fails("IBANs", b -> b.hosted(ibanFile), "rekening", "waarde.iban")
                            .neverShowing("NL91ABNA0417164300", "NL20INGB0001234567"),
                    Case.fails("e-mail addresses", b -> b.hosted(emailFile), "contact", "waarde.email")
                            .neverShowing("jan.jansen", "example.org"),
                    Case.fails("an unreadable file", b -> b.hosted("a;b\n1;2;3\n"), "Wmo-cliënten (CSV)"));
        }

        @ParameterizedTest(name = "{0}")
        @MethodSource("table")
        void scansHostedFiles(Case row) {
            verify(GateRule.NO_PRIVACY_VALUES, row);
        }
    }

    @Nested
    class NoSmallCells {
        static Stream<Case> table() {
            String header = "wijkcode;voorzieningsoort;aantal_clienten\n";
            String rounded = header + IntStream.range(0, 20).mapToObj(i -> "WK0406" + (10 + i) + ";Begeleiding;"
                    + (i % 2 == 0 ? "geheim" : "1" + (i % 10) * 5)).collect(Collectors.joining("\n"));
            return Stream.of(
                    Case.passes("rounded counts and 'geheim'", b -> b.hosted(rounded)),
                    Case.passes("0 and 8 are allowed", b -> b.hosted(header + "A;B;0\nC;D;8\n")),
                    Case.passes("a code column of small numbers is no count", b -> {
                        b.fields.add(field("productcategorie", "Productcategorie", STRING));
                        b.hosted("productcategorie;aantal_clienten\n02;15\n07;20\n");
                    }),
                    Case.passes("decimals are no counts", b -> {
                        b.fields.add(field("percentage", "Percentage", "http://www.w3.org/2001/XMLSchema#decimal"));
                        b.hosted("percentage;aantal_clienten\n3.5;15\n6.25;20\n");
                    }),
                    Case.passes("a dataset without personal data is not checked", b -> {
                        b.disclosureControl = PublicationCandidate.NO_PERSONAL_DATA_CONTROL;
                        b.hosted(header + "A;B;3\n");
                    }),
                    Case.fails("a count of 5 on line 3", b -> b.hosted(header + "A;B;15\nC;D;5\n"),
                            "aantal_clienten").sayingInDutch("kolom aantal_clienten op regel 3")
                            .neverShowing(";5", ": 5"),
                    Case.fails("a count of 1 in a numeric field not named aantal", b -> {
                        b.fields.add(field("trajecten", "Trajecten", INTEGER));
                        b.hosted("wijkcode;trajecten\nA;10\nB;1\n");
                    }, "trajecten").sayingInDutch("kolom trajecten op regel 3"),
                    Case.fails("without disclosure control an aantal column still counts persons", b -> {
                        b.disclosureControl = null;
                        b.hosted(header + "A;B;\"7\"\n");
                    }, "aantal_clienten").sayingInDutch("kolom aantal_clienten op regel 2"),
                    Case.fails("a quoted line break moves the line number", b -> b.hosted(
                            "wijknaam;aantal_clienten\n\"Noord\nOost\";10\nZuid;2\n"), "aantal_clienten")
                            .sayingInDutch("op regel 4"),
                    Case.fails("counting persons without a hosted file", b -> b.distributions.set(0,
                            distribution("csv", "CSV", new Licence(CandidateBuilder.CC0, true), null)))
                            .sayingInDutch("geen gehost bestand"),
                    Case.fails("an unreadable file", b -> b.hosted("a;b\n1;2;3\n"), "Wmo-cliënten (CSV)"));
        }

        @ParameterizedTest(name = "{0}")
        @MethodSource("table")
        void findsSmallCounts(Case row) {
            verify(GateRule.NO_SMALL_CELLS, row);
        }
    }
}
