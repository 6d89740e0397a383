package nl.datawijzer.opendata.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import nl.datawijzer.opendata.export.internal.DcatApNlProfile;
import nl.datawijzer.opendata.export.internal.OpenDataExporter;
import nl.datawijzer.rdf.Iris;
import nl.datawijzer.rdf.PublicRdfStore;
import nl.datawijzer.rdf.PublicStores;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.shacl.validation.ReportEntry;
import org.apache.jena.sparql.graph.GraphFactory;
import org.junit.jupiter.api.Test;

class CatalogExportServiceTest {

    private static final String BASE = "https://data.huizen.nl/id/";
    private static final String DW = "https://w3id.org/datawijzer/";
    private static final String HYDRA = "http://www.w3.org/ns/hydra/core#";

    private final Iris iris = new Iris(BASE);

    @Test
    void exportedCatalogConformsToDcatApNl() {
        CatalogExportService service = serviceWith("opendata/open-data-view.ttl");
        for (ExportFormat format : ExportFormat.values()) {
            Graph export = parse(exportAll(service, format), format);
            ValidationReport report = DcatApNlValidation.validate(export);
            List<ReportEntry> violations = DcatApNlValidation.violations(report, export);
            assertTrue(violations.isEmpty(), format + ":" + DcatApNlValidation.describe(violations));
        }
    }

    @Test
    void reportsMissingLicenceAsViolation() {
        CatalogExportService service = serviceWith("opendata/open-data-view-no-licence.ttl");
        Graph export = parse(exportAll(service, ExportFormat.TURTLE), ExportFormat.TURTLE);
        List<ReportEntry> violations = DcatApNlValidation.violations(DcatApNlValidation.validate(export), export);
        Node csv = NodeFactory.createURI(BASE + "dataset/wmo-voorzieningen-per-wijk/distribution/csv");
        Node license = NodeFactory.createURI("http://purl.org/dc/terms/license");
        assertFalse(violations.isEmpty());
        assertTrue(violations.stream().allMatch(v -> v.focusNode().equals(csv) && license.equals(path(v))),
                DcatApNlValidation.describe(violations));
    }

    @Test
    void fillsPublisherContactAndAccessRightsFromTheCatalog() {
        CatalogExportService service = serviceWith("opendata/open-data-view-minimal.ttl");
        Graph export = parse(exportAll(service, ExportFormat.TURTLE), ExportFormat.TURTLE);
        List<ReportEntry> violations = DcatApNlValidation.violations(DcatApNlValidation.validate(export), export);
        assertTrue(violations.isEmpty(), DcatApNlValidation.describe(violations));
        ExportedDataset d = service.read(new ByteArrayInputStream(exportAll(service, ExportFormat.TURTLE)),
                ExportFormat.TURTLE).getFirst();
        assertEquals("verkiezingsuitslagen", d.identifier());
        assertEquals(BASE + "agent/gemeente-huizen", d.publisherIri());
        assertEquals("mailto:gemeente@huizen.nl", d.contactEmail());
        assertEquals("http://publications.europa.eu/resource/authority/access-right/PUBLIC", d.accessRights());
    }

    @Test
    void threeFormatsParseBackToIsomorphicGraphs() {
        CatalogExportService service = serviceWith("opendata/open-data-view.ttl");
        Graph turtle = parse(exportAll(service, ExportFormat.TURTLE), ExportFormat.TURTLE);
        for (ExportFormat format : List.of(ExportFormat.JSON_LD, ExportFormat.RDF_XML)) {
            assertTrue(turtle.isIsomorphicWith(parse(exportAll(service, format), format)), format.name());
        }
        Graph page = parse(exportPage(service, ExportFormat.TURTLE, 1, 2), ExportFormat.TURTLE);
        for (ExportFormat format : List.of(ExportFormat.JSON_LD, ExportFormat.RDF_XML)) {
            assertTrue(page.isIsomorphicWith(parse(exportPage(service, format, 1, 2), format)), "page " + format);
        }
    }

    @Test
    void readsBackWhatTheViewHolds() {
        CatalogExportService service = serviceWith("opendata/open-data-view.ttl");
        List<ExportedDataset> view = new DcatApNlProfile().parse(viewGraph("opendata/open-data-view.ttl"));
        for (ExportFormat format : ExportFormat.values()) {
            List<ExportedDataset> back = service.read(new ByteArrayInputStream(exportAll(service, format)), format);
            assertEquals(view, back, format.name());
        }
        ExportedDataset wmo = view.stream().filter(d -> d.identifier().equals("wmo-voorzieningen-per-wijk")).findFirst()
                .orElseThrow();
        assertEquals("Wmo-voorzieningen per wijk", wmo.title());
        assertEquals(List.of("http://publications.europa.eu/resource/authority/data-theme/SOCI",
                "http://standaarden.overheid.nl/owms/terms/Zorg_en_gezondheid"), wmo.themes());
        assertEquals("mailto:wmo@huizen.nl", wmo.contactEmail());
        assertEquals("Gemeente Huizen", wmo.publisherName());
        assertEquals(2, wmo.distributions().size());
        ExportedDistribution csv = wmo.distributions().getFirst();
        assertEquals(2587L, csv.byteSize());
        assertEquals("28acaf4ec895397a2a9abf915b369f4a4d2150248f8ff6b9f5ac1bc9fe763b34", csv.sha256());
        assertEquals(null, wmo.distributions().getLast().sha256());
    }

    @Test
    void exportsTheChecksumOfAHostedFileAsDcatApDescribesIt() {
        CatalogExportService service = serviceWith("opendata/open-data-view.ttl");
        String turtle = new String(exportAll(service, ExportFormat.TURTLE), StandardCharsets.UTF_8);
        Graph export = parse(turtle.getBytes(StandardCharsets.UTF_8), ExportFormat.TURTLE);
        String spdx = "http://spdx.org/rdf/terms#";
        Node csv = NodeFactory.createURI(BASE + "dataset/wmo-voorzieningen-per-wijk/distribution/csv");
        Node checksum = export.find(csv, NodeFactory.createURI(spdx + "checksum"), Node.ANY).next().getObject();
        assertTrue(export.contains(checksum, NodeFactory.createURI(spdx + "algorithm"),
                NodeFactory.createURI(spdx + "checksumAlgorithm_sha256")));
        assertTrue(export.contains(NodeFactory.createURI(spdx + "checksumAlgorithm_sha256"),
                NodeFactory.createURI("http://www.w3.org/1999/02/22-rdf-syntax-ns#type"),
                NodeFactory.createURI(spdx + "ChecksumAlgorithm")));
        assertTrue(export.contains(checksum, NodeFactory.createURI(spdx + "checksumValue"),
                NodeFactory.createLiteralDT("28acaf4ec895397a2a9abf915b369f4a4d2150248f8ff6b9f5ac1bc9fe763b34",
                        org.apache.jena.datatypes.xsd.XSDDatatype.XSDhexBinary)));
        assertTrue(export.contains(csv, NodeFactory.createURI("http://www.w3.org/ns/dcat#byteSize"),
                NodeFactory.createLiteralDT("2587", org.apache.jena.datatypes.xsd.XSDDatatype.XSDnonNegativeInteger)));
        assertFalse(turtle.contains("hostedFileName"));
    }

    @Test
    void pagingReturnsEachDatasetExactlyOnce() {
        CatalogExportService service = serviceWith("opendata/open-data-view.ttl");
        List<String> seen = new ArrayList<>();
        for (int page = 1; page <= 3; page++) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ExportPage result = service.exportPage(ExportFormat.TURTLE, page, 2, out);
            assertEquals(3, result.totalDatasets());
            assertEquals(2, result.totalPages());
            List<ExportedDataset> onPage = service.read(new ByteArrayInputStream(out.toByteArray()), ExportFormat.TURTLE);
            assertEquals(result.datasetsOnPage(), onPage.size());
            onPage.forEach(d -> seen.add(d.identifier()));
            Graph graph = parse(out.toByteArray(), ExportFormat.TURTLE);
            assertEquals(page < 2, hasLink(graph, "next"), "next on page " + page);
            assertEquals(page > 1, hasLink(graph, "previous"), "previous on page " + page);
        }
        assertEquals(List.of("afvalinzameling-per-buurt", "begraafplaatsen", "wmo-voorzieningen-per-wijk"),
                seen.stream().sorted().toList());
        assertEquals(seen.size(), new HashSet<>(seen).size());
    }

    @Test
    void exportNeverContainsDatawijzerTerms() {
        CatalogExportService service = serviceWith("opendata/open-data-view.ttl");
        for (ExportFormat format : ExportFormat.values()) {
            byte[] bytes = exportAll(service, format);
            String text = new String(bytes, StandardCharsets.UTF_8);
            assertFalse(text.contains(DW), format + " mentions a Datawijzer term");
            assertFalse(text.contains("nooit exporteren"), format + " carries a dw:example value");
            Set<String> iris = new HashSet<>();
            parse(bytes, format).find().forEachRemaining(t -> Stream.of(t.getSubject(), t.getPredicate(), t.getObject())
                    .forEach(n -> iris.add(n.isURI() ? n.getURI() : n.isLiteral() ? n.getLiteralDatatypeURI() : "")));
            assertTrue(iris.stream().noneMatch(i -> i.startsWith(DW)), format.name());
        }
    }

    @Test
    void exportsOneDatasetWithoutTheCatalog() {
        CatalogExportService service = serviceWith("opendata/open-data-view.ttl");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        assertTrue(service.exportDataset("begraafplaatsen", ExportFormat.JSON_LD, out));
        List<ExportedDataset> back = service.read(new ByteArrayInputStream(out.toByteArray()), ExportFormat.JSON_LD);
        assertEquals(List.of("begraafplaatsen"), back.stream().map(ExportedDataset::identifier).toList());
        Graph graph = parse(out.toByteArray(), ExportFormat.JSON_LD);
        assertFalse(graph.contains(Node.ANY, NodeFactory.createURI("http://www.w3.org/ns/dcat#dataset"), Node.ANY));
        assertTrue(DcatApNlValidation.violations(DcatApNlValidation.validate(graph), graph).isEmpty());
    }

    @Test
    void writesNothingForADatasetOutsideTheView() {
        CatalogExportService service = serviceWith("opendata/open-data-view.ttl");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        assertFalse(service.exportDataset("jeugdhulp-clienten", ExportFormat.TURTLE, out));
        assertEquals(0, out.size());
        assertThrows(IllegalArgumentException.class, () -> service.exportDataset("../catalog", ExportFormat.TURTLE, out));
        assertEquals(0, out.size());
    }

    @Test
    void rejectsPagesOutsideTheLimits() {
        CatalogExportService service = serviceWith("opendata/open-data-view.ttl");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        assertThrows(IllegalArgumentException.class, () -> service.exportPage(ExportFormat.TURTLE, 0, 10, out));
        assertThrows(IllegalArgumentException.class, () -> service.exportPage(ExportFormat.TURTLE, 1, 0, out));
        assertThrows(IllegalArgumentException.class,
                () -> service.exportPage(ExportFormat.TURTLE, 1, CatalogExportService.MAX_PAGE_SIZE + 1, out));
        assertEquals(0, out.size());
    }

    @Test
    void jsonLdCarriesNoRemoteContext() {
        CatalogExportService service = serviceWith("opendata/open-data-view.ttl");
        String json = new String(exportAll(service, ExportFormat.JSON_LD), StandardCharsets.UTF_8).replace(" ", "");
        assertTrue(json.contains("\"@context\":{"), json.substring(0, Math.min(300, json.length())));
    }

    // ------------------------------------------------------------------ helpers

    private CatalogExportService serviceWith(String fixture) {
        PublicRdfStore store = PublicStores.inMemory(iris);
        Graph view = viewGraph(fixture);
        store.write(w -> {
            w.replaceGraph(NodeFactory.createURI(iris.recordGraphPrefix() + "opendata"), view);
            return null;
        });
        return new CatalogExportService(new OpenDataExporter(store, iris), CatalogDescription.huizen(BASE));
    }

    private static Graph viewGraph(String fixture) {
        Graph view = GraphFactory.createDefaultGraph();
        RDFParser.source(CatalogExportServiceTest.class.getClassLoader().getResourceAsStream(fixture)).base(BASE)
                .lang(Lang.TURTLE).parse(view);
        return view;
    }

    private static byte[] exportAll(CatalogExportService service, ExportFormat format) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        service.exportAll(format, out);
        return out.toByteArray();
    }

    private static byte[] exportPage(CatalogExportService service, ExportFormat format, int page, int size) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        service.exportPage(format, page, size, out);
        return out.toByteArray();
    }

    static Graph parse(byte[] bytes, ExportFormat format) {
        Graph graph = GraphFactory.createDefaultGraph();
        RDFParser.source(new ByteArrayInputStream(bytes)).lang(switch (format) {
            case TURTLE -> Lang.TURTLE;
            case JSON_LD -> Lang.JSONLD11;
            case RDF_XML -> Lang.RDFXML;
        }).parse(graph);
        return graph;
    }

    private static boolean hasLink(Graph graph, String link) {
        return graph.contains(Node.ANY, NodeFactory.createURI(HYDRA + link), Node.ANY);
    }

    private static Node path(ReportEntry entry) {
        return entry.resultPath() == null ? null : NodeFactory.createURI(entry.resultPath().toString().replaceAll("[<>]", ""));
    }
}
