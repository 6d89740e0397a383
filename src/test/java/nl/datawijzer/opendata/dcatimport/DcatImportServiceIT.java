package nl.datawijzer.opendata.dcatimport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import nl.datawijzer.catalog.AgentId;
import nl.datawijzer.catalog.DatasetDetail;
import nl.datawijzer.catalog.DatasetId;
import nl.datawijzer.catalog.DatasetService;
import nl.datawijzer.catalog.RecordNotFoundException;
import nl.datawijzer.catalog.SystemId;
import nl.datawijzer.opendata.dcatimport.DcatImportReport.DatasetOutcome;
import nl.datawijzer.opendata.dcatimport.DcatImportReport.Outcome;
import nl.datawijzer.privacy.SecurityHolderIsolation;
import nl.datawijzer.rdf.RdfStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.annotation.DirtiesContext;

/**
 * The DCAT import against the seeded catalog: a CBS-like document is added, then updated, then found unchanged; a
 * document with one bad dataset writes nothing; hostile documents are refused before anything is written; and only
 * the administrator may do any of it.
 */
@ExtendWith(SecurityHolderIsolation.class)
@SpringBootTest
@DirtiesContext
@WithMockUser(roles = {"MEDEWERKER", "ADMIN"})
class DcatImportServiceIT {

    private static final ImportTarget CBS = new ImportTarget(new SystemId("cbs-statline"), new AgentId("cbs"),
            new AgentId("team-informatiemanagement-bi"));
    private static final String KERNCIJFERS = "cbs-83765ned-wijken-buurten-2017";
    /** In the seed already (CBS StatLine): the import updates it and keeps its fields. */
    private static final String WMO = "cbs-86050ned-wmo-clienten";

    @Autowired
    DcatImportService imports;

    @Autowired
    DatasetService datasets;

    @Autowired
    RdfStore store;

    @Test
    void addsThenUpdatesThenFindsTheSameDocumentUnchanged() throws IOException {
        DcatDocument first = upload("cbs-catalog.ttl");

        DcatImportReport preview = imports.preview(first, CBS);
        assertThat(preview.datasets()).as(preview.toString()).extracting(DatasetOutcome::identifier, DatasetOutcome::outcome)
                .containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple(KERNCIJFERS, Outcome.ADDED),
                        org.assertj.core.groups.Tuple.tuple(WMO, Outcome.UPDATED));
        assertThat(preview.applied()).isFalse();
        assertThatThrownBy(() -> datasets.get(new DatasetId(KERNCIJFERS))).as("a preview writes nothing")
                .isInstanceOf(RecordNotFoundException.class);

        DcatImportReport added = imports.apply(first, CBS);
        assertThat(added.applied()).isTrue();
        assertThat(added.count(Outcome.ADDED)).isEqualTo(1);
        assertThat(outcome(added, WMO).changed()).contains("titel", "beschrijving", "actualisatiefrequentie");
        assertThat(datasets.get(new DatasetId(WMO)).title()).isEqualTo("Wmo-cliënten naar type maatwerkvoorziening");
        assertThat(datasets.fields(new DatasetId(WMO), nl.datawijzer.catalog.PageRequest.first(10)).total())
                .as("the seeded fields stay").isPositive();
        DatasetDetail kerncijfers = datasets.get(new DatasetId(KERNCIJFERS));
        assertThat(kerncijfers.title()).isEqualTo("Kerncijfers wijken en buurten 2017");
        assertThat(kerncijfers.system().toString()).contains("cbs-statline");

        DcatImportReport updated = imports.apply(upload("cbs-catalog-v2.ttl"), CBS);
        assertThat(updated.applied()).isTrue();
        assertThat(outcome(updated, KERNCIJFERS).outcome()).isEqualTo(Outcome.UPDATED);
        assertThat(outcome(updated, KERNCIJFERS).changed()).containsExactlyInAnyOrder("titel", "distributies");
        assertThat(outcome(updated, WMO).outcome()).isEqualTo(Outcome.UNCHANGED);
        assertThat(datasets.get(new DatasetId(KERNCIJFERS)).title()).endsWith("(herzien)");

        long revision = store.revision();
        DcatImportReport again = imports.apply(upload("cbs-catalog-v2.ttl"), CBS);
        assertThat(again.datasets()).extracting(DatasetOutcome::outcome).containsOnly(Outcome.UNCHANGED);
        assertThat(store.revision()).as("an unchanged import writes nothing").isEqualTo(revision);
    }

    @Test
    void writesNothingWhenOneDatasetIsRefused() throws IOException {
        long revision = store.revision();
        // Two new datasets for Vektis; the second carries a licence that is not on the catalog's list.
        String text = resource("cbs-catalog-one-bad.ttl").replace(KERNCIJFERS, "vektis-zorgkosten-gemeenten")
                .replace(WMO, "vektis-zorgkosten-postcode");
        ImportTarget vektis = new ImportTarget(new SystemId("vektis"), new AgentId("cbs"),
                new AgentId("team-informatiemanagement-bi"));

        DcatImportReport preview = imports.preview(document(text), vektis);
        DcatImportReport report = imports.apply(document(text), vektis);

        assertThat(preview.hasRefusals()).as(preview.toString()).isTrue();
        assertThat(report.applied()).isFalse();
        assertThat(outcome(report, "vektis-zorgkosten-postcode").outcome()).isEqualTo(Outcome.REFUSED);
        assertThat(String.join(" ", outcome(report, "vektis-zorgkosten-postcode").reasons())).contains("licentie");
        assertThat(outcome(report, "vektis-zorgkosten-gemeenten").outcome()).isEqualTo(Outcome.ADDED);
        assertThatThrownBy(() -> datasets.get(new DatasetId("vektis-zorgkosten-gemeenten")))
                .as("the good dataset is not written either").isInstanceOf(RecordNotFoundException.class);
        assertThat(store.revision()).isEqualTo(revision);
    }

    @Test
    void refusesIdentifiersThatAreNotSlugsAndDatasetsOfAnotherSystem() throws IOException {
        String text = resource("cbs-catalog.ttl").replace("\"cbs-86050ned-wmo-clienten\"", "\"86050NED\"");
        DcatImportReport report = imports.preview(document(text), CBS);
        assertThat(outcome(report, "86050NED").reasons().getFirst()).contains("geen geldige identificatie");

        // A seeded dataset of the BRP system cannot be overwritten from the CBS source.
        String taken = resource("cbs-catalog.ttl").replace("\"" + KERNCIJFERS + "\"", "\"wmo-clienten-per-wijk\"");
        DcatImportReport other = imports.preview(document(taken), new ImportTarget(new SystemId("vektis"),
                new AgentId("cbs"), new AgentId("team-informatiemanagement-bi")));
        assertThat(other.hasRefusals()).isTrue();
    }

    @Test
    void refusesHostileDocumentsAndWritesNothing() {
        long revision = store.revision();
        String doctype = """
                <?xml version="1.0"?>
                <!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">]>
                <rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#"><rdf:Description/></rdf:RDF>
                """;
        assertRefused("lolz.rdf", doctype, "DOCTYPE");
        assertRefused("remote.jsonld", "{\"@context\": \"https://schema.org/\", \"@id\": \"x\"}", "externe @context");
        assertRefused("geen-rdf.ttl", "dit is geen turtle <<<", "geen geldige Turtle");
        assertRefused("onbekend.csv", "a;b", "geen Turtle");
        assertThat(store.revision()).isEqualTo(revision);
    }

    @Test
    void refusesADocumentWithMoreDatasetsThanTheLimit() {
        StringBuilder text = new StringBuilder("@prefix dcat: <http://www.w3.org/ns/dcat#> .\n");
        for (int i = 0; i <= 10_000; i++) {
            text.append("<https://example.org/d").append(i).append("> a dcat:Dataset .\n");
        }
        assertThatThrownBy(() -> imports.preview(document(text.toString()), CBS))
                .isInstanceOf(DcatImportRefusedException.class).hasMessageContaining("10001").hasMessageContaining("hoogstens");
    }

    @Test
    void refusesFetchingOutsideTheAllowListWithoutARequest() {
        assertThatThrownBy(() -> imports.fetch("https://opendata.cbs.nl/catalog.ttl"))
                .isInstanceOf(DcatImportRefusedException.class).hasMessageContaining("lijst met toegestane adressen");
        assertThatThrownBy(() -> imports.fetch("http://opendata.cbs.nl/catalog.ttl"))
                .isInstanceOf(DcatImportRefusedException.class).hasMessageContaining("https");
    }

    @Test
    @WithMockUser(roles = {"MEDEWERKER", "BEHEERDER", "FG", "ANALIST"})
    void onlyTheAdministratorMayImport() throws IOException {
        DcatDocument document = new DcatDocument("bestand: x.ttl", nl.datawijzer.opendata.export.ExportFormat.TURTLE,
                resource("cbs-catalog.ttl").getBytes(StandardCharsets.UTF_8));
        assertThatThrownBy(() -> imports.preview(document, CBS)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> imports.apply(document, CBS)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> imports.upload("x.ttl", null, new ByteArrayInputStream(new byte[0])))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> imports.fetch("https://opendata.cbs.nl/")).isInstanceOf(AccessDeniedException.class);
    }

    private void assertRefused(String fileName, String content, String message) {
        assertThatThrownBy(() -> imports.preview(imports.upload(fileName, null,
                new ByteArrayInputStream(content.getBytes(StandardCharsets.UTF_8))), CBS))
                .as(fileName).isInstanceOf(DcatImportRefusedException.class).hasMessageContaining(message);
        assertThatThrownBy(() -> imports.apply(imports.upload(fileName, null,
                new ByteArrayInputStream(content.getBytes(StandardCharsets.UTF_8))), CBS))
                .as(fileName).isInstanceOf(DcatImportRefusedException.class);
    }

    private static DatasetOutcome outcome(DcatImportReport report, String identifier) {
        return report.datasets().stream().filter(d -> d.identifier().equals(identifier)).findFirst().orElseThrow();
    }

    private DcatDocument upload(String name) throws IOException {
        try (InputStream in = getClass().getClassLoader().getResourceAsStream("opendata/dcatimport/" + name)) {
            return imports.upload(name, "text/turtle", in);
        }
    }

    private DcatDocument document(String turtle) {
        return imports.upload("document.ttl", "text/turtle", new ByteArrayInputStream(turtle.getBytes(StandardCharsets.UTF_8)));
    }

    private String resource(String name) throws IOException {
        try (InputStream in = getClass().getClassLoader().getResourceAsStream("opendata/dcatimport/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
