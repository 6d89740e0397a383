package nl.datawijzer.opendata.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.datawijzer.bench.CatalogRecord;
import nl.datawijzer.bench.Scale;
import nl.datawijzer.bench.SyntheticCatalog;
import nl.datawijzer.opendata.export.internal.OpenDataExporter;
import nl.datawijzer.rdf.Iris;
import nl.datawijzer.rdf.PublicRdfStore;
import nl.datawijzer.rdf.PublicStores;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.shacl.validation.ReportEntry;
import org.apache.jena.sparql.graph.GraphFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The benchmark's synthetic catalog at scale S: its open-data candidates, copied into a public view the way the
 * publication gate would (each candidate's dataset graph without its fields, plus its publisher), export as valid
 * DCAT-AP-NL 3.0, page by page and whole.
 */
class GeneratedCatalogExportTest {

    private static final String DW = "https://w3id.org/datawijzer/def#";
    private static final Node TYPE = NodeFactory.createURI("http://www.w3.org/1999/02/22-rdf-syntax-ns#type");
    private static final Node FIELD = NodeFactory.createURI(DW + "Field");
    private static final Node CANDIDATE = NodeFactory.createURI(DW + "openDataCandidate");
    private static final Node PUBLISHER = NodeFactory.createURI("http://purl.org/dc/terms/publisher");

    /**
     * Scale S is Huizen's size, with few open-data candidates: the benchmark's default seed 42 yields one, seed 16
     * yields seven, so pages of three cross a full, a full and a partial page.
     */
    private static final long SEED = 16L;
    private static final int PAGE_SIZE = 3;

    private static CatalogExportService service;
    private static Set<String> candidates;

    @BeforeAll
    static void publishCandidates() {
        SyntheticCatalog catalog = new SyntheticCatalog(Scale.S, SEED);
        Map<Node, List<Triple>> agents = new HashMap<>();
        List<CatalogRecord> datasets = new ArrayList<>();
        catalog.records().forEach(r -> {
            if (r.kind() == CatalogRecord.Kind.AGENT) {
                r.triples().forEach(t -> agents.computeIfAbsent(t.getSubject(), k -> new ArrayList<>()).add(t));
            } else if (r.kind() == CatalogRecord.Kind.DATASET && r.triples().stream().anyMatch(t ->
                    t.getPredicate().equals(CANDIDATE) && t.getObject().isLiteral()
                            && "true".equals(t.getObject().getLiteralLexicalForm()))) {
                datasets.add(r);
            }
        });
        Graph view = GraphFactory.createDefaultGraph();
        candidates = new HashSet<>();
        for (CatalogRecord r : datasets) {
            Set<Node> fields = new HashSet<>();
            r.triples().stream().filter(t -> t.getPredicate().equals(TYPE) && t.getObject().equals(FIELD))
                    .forEach(t -> fields.add(t.getSubject()));
            r.triples().stream().filter(t -> !fields.contains(t.getSubject())).forEach(view::add);
            r.triples().stream().filter(t -> t.getPredicate().equals(PUBLISHER))
                    .forEach(t -> agents.getOrDefault(t.getObject(), List.of()).forEach(view::add));
            candidates.add(r.slug());
        }
        Iris iris = new Iris(SyntheticCatalog.BASE);
        PublicRdfStore store = PublicStores.inMemory(iris);
        store.write(w -> {
            w.replaceGraph(NodeFactory.createURI(iris.recordGraphPrefix() + "opendata"), view);
            return null;
        });
        service = new CatalogExportService(new OpenDataExporter(store, iris), CatalogDescription.huizen(iris.base()));
    }

    @Test
    void wholeGeneratedCatalogConformsToDcatApNl() {
        assertEquals(7, candidates.size(), "open-data candidates of scale S, seed " + SEED);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        assertEquals(candidates.size(), service.exportAll(ExportFormat.TURTLE, out));
        Graph export = CatalogExportServiceTest.parse(out.toByteArray(), ExportFormat.TURTLE);
        List<ReportEntry> violations = DcatApNlValidation.violations(DcatApNlValidation.validate(export), export);
        assertTrue(violations.isEmpty(), DcatApNlValidation.describe(violations));
        assertFalse(out.toString(StandardCharsets.UTF_8).contains(DW));
        for (ExportFormat format : List.of(ExportFormat.JSON_LD, ExportFormat.RDF_XML)) {
            ByteArrayOutputStream other = new ByteArrayOutputStream();
            service.exportAll(format, other);
            assertTrue(export.isIsomorphicWith(CatalogExportServiceTest.parse(other.toByteArray(), format)), format.name());
        }
    }

    @Test
    void pagesOfTheGeneratedCatalogHoldEachCandidateOnce() {
        List<String> seen = new ArrayList<>();
        int pages = Integer.MAX_VALUE;
        for (int page = 1; page <= pages; page++) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ExportPage result = service.exportPage(ExportFormat.JSON_LD, page, PAGE_SIZE, out);
            pages = result.totalPages();
            Graph graph = CatalogExportServiceTest.parse(out.toByteArray(), ExportFormat.JSON_LD);
            List<ReportEntry> violations = DcatApNlValidation.violations(DcatApNlValidation.validate(graph), graph);
            assertTrue(violations.isEmpty(), "page " + page + DcatApNlValidation.describe(violations));
            service.read(new ByteArrayInputStream(out.toByteArray()), ExportFormat.JSON_LD)
                    .forEach(d -> seen.add(d.identifier()));
        }
        assertEquals(3, pages);
        assertEquals(candidates.size(), seen.size());
        assertEquals(candidates, new HashSet<>(seen));
    }
}
