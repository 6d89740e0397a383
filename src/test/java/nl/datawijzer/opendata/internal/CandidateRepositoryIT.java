package nl.datawijzer.opendata.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import nl.datawijzer.catalog.DatasetId;
import nl.datawijzer.opendata.GateOutcome;
import nl.datawijzer.opendata.GateReport;
import nl.datawijzer.opendata.GateResult;
import nl.datawijzer.opendata.GateRule;
import nl.datawijzer.opendata.PublicationCandidate;
import nl.datawijzer.opendata.PublicationCandidate.Distribution;
import nl.datawijzer.opendata.PublicationGate;
import nl.datawijzer.rdf.Iris;
import nl.datawijzer.rdf.RdfStore;
import nl.datawijzer.rdf.RecordKind;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.annotation.DirtiesContext;

/**
 * The gate over the seeded open-data candidates, read through the repository, with the seeded extracts
 * ({@code catalog-seed/extracts/{dataset}.csv}) as the files the municipality hosts for their CSV distributions.
 */
@SpringBootTest
@DirtiesContext
class CandidateRepositoryIT {

    private static final Logger LOG = LoggerFactory.getLogger(CandidateRepositoryIT.class);
    /** Every dataset of the seed with dw:openDataCandidate true; each has an extract. */
    static final List<String> SEEDED_CANDIDATES = List.of("wmo-clienten-per-wijk", "jeugdhulptrajecten-per-wijk",
            "bijstandsuitkeringen-per-wijk", "wmo-meldingen-per-kwartaal", "bevolking-per-wijk",
            "jeugdhulp-per-productcategorie", "uitgaven-sociaal-domein-per-taakveld",
            "schuldhulp-aanmeldingen-per-kwartaal");
    static final String VCARD = "http://www.w3.org/2006/vcard/ns#";

    @Autowired CandidateRepository candidates;
    @Autowired RdfStore store;
    @Autowired Iris iris;

    private final PublicationGate gate = new PublicationGate();

    @Test
    void readsWhatTheGateNeedsAboutASeededCandidate() {
        PublicationCandidate wmo = candidates.find(new DatasetId("wmo-clienten-per-wijk")).orElseThrow();

        assertThat(wmo.title()).isEqualTo("Wmo-cliënten per wijk en voorzieningsoort");
        assertThat(wmo.fields()).extracting(PublicationCandidate.Field::technicalName)
                .containsExactlyInAnyOrder("jaar", "wijkcode", "wijknaam", "voorzieningsoort", "aantal_clienten");
        assertThat(wmo.fields()).allSatisfy(field -> {
            assertThat(field.containsPersonalData()).isFalse();
            assertThat(field.status()).endsWith("/beoordeling/bevestigd");
        });
        assertThat(wmo.fieldForColumn("aantal_clienten").orElseThrow().numeric()).isTrue();
        assertThat(wmo.accessRights()).containsExactly(PublicationCandidate.PUBLIC);
        assertThat(wmo.distributions()).singleElement().satisfies(csv -> {
            assertThat(csv.accessUrl()).isEqualTo("https://data.huizen.nl/opendata/wmo-clienten-per-wijk.csv");
            assertThat(csv.title()).isEqualTo("Wmo-cliënten per wijk en voorzieningsoort (CSV)");
            assertThat(csv.licences()).containsExactly(new PublicationCandidate.Licence(
                    "http://publications.europa.eu/resource/authority/licence/CC0", true));
            assertThat(csv.hosted()).isEmpty();
        });
        assertThat(wmo.contactPoints()).containsExactly(
                new PublicationCandidate.ContactPoint("mailto:opendata@huizen.nl", "tel:+31355281911"));
        assertThat(wmo.publishers()).containsExactly(iris.base() + "agent/gemeente-huizen");
        assertThat(wmo.euThemes()).containsExactlyInAnyOrder(
                "http://publications.europa.eu/resource/authority/data-theme/SOCI",
                "http://publications.europa.eu/resource/authority/data-theme/HEAL");
        assertThat(wmo.governmentThemes()).containsExactly(
                "http://standaarden.overheid.nl/owms/terms/Zorg_en_gezondheid");
        assertThat(wmo.disclosureControl()).endsWith("/onthullingsbeheersing/cbs-afronding-5");
    }

    @Test
    void findsNothingForADatasetThatDoesNotExist() {
        assertThat(candidates.find(new DatasetId("bestaat-niet"))).isEmpty();
    }

    @Test
    void showsWhichRulesTheSeededCandidatesPassWithTheirExtractsAsHostedFiles() throws IOException {
        List<GateReport> reports = new ArrayList<>();
        for (String slug : SEEDED_CANDIDATES) {
            reports.add(gate.check(withExtract(candidates.find(new DatasetId(slug)).orElseThrow())));
        }
        reports.forEach(CandidateRepositoryIT::log);

        // The seed's debt-counselling candidate still waits for the privacy officer: its fields are only suggested.
        GateResult waiting = reports.getLast().result(GateRule.FIELDS_REVIEWED);
        assertThat(reports.getLast().datasetSlug()).isEqualTo("schuldhulp-aanmeldingen-per-kwartaal");
        assertThat(waiting.outcome()).isEqualTo(GateOutcome.FAIL);
        assertThat(waiting.explanationNl()).contains("voorgesteld").contains("Jaar (jaar), Kwartaal (kwartaal)",
                "Aanmeldingen (aantal_aanmeldingen)");
        assertThat(reports.getLast().passed()).isFalse();
        // Every other rule the seed meets, with its own extracts: rounded, 'geheim' below 8, no personal data, and a
        // contact point with e-mail and phone.
        assertThat(reports).allSatisfy(report -> assertThat(report.results())
                .filteredOn(r -> r != waiting)
                .allSatisfy(result -> assertThat(result.outcome())
                        .as(report.datasetSlug() + " " + result.rule().id() + ": " + result.explanationNl())
                        .isEqualTo(GateOutcome.PASS)));
        assertThat(reports.subList(0, reports.size() - 1)).allSatisfy(report -> assertThat(report.passed()).isTrue());
        assertThat(reports.getFirst().result(GateRule.NO_SMALL_CELLS).explanationNl()).contains("1 bestand");
    }

    @Test
    @DirtiesContext(methodMode = DirtiesContext.MethodMode.AFTER_METHOD)
    void readsThePhoneNumberOfTheContactPointAndWithoutOneTheCandidateIsBlocked() throws IOException {
        PublicationCandidate seeded = candidates.find(new DatasetId("wmo-clienten-per-wijk")).orElseThrow();
        assertThat(seeded.contactPoints()).containsExactly(
                new PublicationCandidate.ContactPoint("mailto:opendata@huizen.nl", "tel:+31355281911"));

        Node graphName = iris.graph(RecordKind.DATASET, "wmo-clienten-per-wijk");
        store.write(writer -> {
            Graph graph = writer.graph(graphName);
            graph.remove(Node.ANY, NodeFactory.createURI(VCARD + "hasTelephone"), Node.ANY);
            writer.replaceGraph(graphName, graph);
            return null;
        });

        GateReport report = gate.check(withExtract(candidates.find(new DatasetId("wmo-clienten-per-wijk")).orElseThrow()));
        log(report);
        assertThat(report.result(GateRule.CONTACT_POINT).outcome()).isEqualTo(GateOutcome.FAIL);
        assertThat(report.result(GateRule.CONTACT_POINT).explanationNl()).contains("telefoonnummer");
        assertThat(report.passed()).isFalse();
    }

    @Test
    void blocksASeededCandidateWhoseHostedFileHasASmallCountNamingTheCell() throws IOException {
        PublicationCandidate wmo = candidates.find(new DatasetId("wmo-clienten-per-wijk")).orElseThrow();
        Distribution csv = wmo.distributions().getFirst();
        String extract = new String(extract("wmo-clienten-per-wijk"), java.nio.charset.StandardCharsets.UTF_8);
        String leaked = extract.replaceFirst(",Begeleiding,15\n", ",Begeleiding,4\n");
        assertThat(leaked).isNotEqualTo(extract);

        GateResult cells = gate.check(wmo.withHostedFile(csv.iri(), leaked.getBytes(
                java.nio.charset.StandardCharsets.UTF_8))).result(GateRule.NO_SMALL_CELLS);

        assertThat(cells.outcome()).isEqualTo(GateOutcome.FAIL);
        assertThat(cells.explanationNl()).contains("kolom aantal_clienten op regel 3").doesNotContain(",4");
    }

    private PublicationCandidate withExtract(PublicationCandidate candidate) throws IOException {
        Distribution csv = candidate.distributions().stream()
                .filter(d -> d.accessUrl().endsWith("/" + candidate.slug() + ".csv")).findFirst().orElseThrow();
        PublicationCandidate hosted = candidate.withHostedFile(csv.iri(), extract(candidate.slug()));
        // As the gate service gathers it: the extract stands for a stored hosted file, and the DCAT-AP-NL check runs
        // for real on what publication would put in the view.
        return hosted.with(hosted.fields(), hosted.distributions().stream()
                        .map(d -> d.withReachability(new PublicationCandidate.Reachability(true, "opgeslagen", "stored")))
                        .toList())
                .withDcatViolations(candidates.dcatViolations(new DatasetId(candidate.slug())));
    }

    private static byte[] extract(String slug) throws IOException {
        try (InputStream in = CandidateRepositoryIT.class.getClassLoader()
                .getResourceAsStream("catalog-seed/extracts/" + slug + ".csv")) {
            assertThat(in).as("extract of " + slug).isNotNull();
            return in.readAllBytes();
        }
    }

    private static void log(GateReport report) {
        StringBuilder text = new StringBuilder("Gate for " + report.datasetSlug() + ": "
                + (report.passed() ? "PASS" : "BLOCKED"));
        for (GateResult result : report.results()) {
            text.append("\n  ").append(result.outcome()).append("  ").append(result.rule().id()).append("  ")
                    .append(result.explanation(Locale.of("nl")));
        }
        LOG.info(text.toString());
    }
}
