package nl.datawijzer.opendata.export;

import java.nio.file.Path;
import java.util.List;
import nl.datawijzer.opendata.export.internal.DcatApNlConformance;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.shacl.ShaclValidator;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.shacl.validation.ReportEntry;
import org.apache.jena.shacl.validation.Severity;
import org.apache.jena.sparql.graph.GraphFactory;

/**
 * Validates an export as Geonovum's recipe for DCAT-AP-NL 3.0 prescribes: the DCAT-AP 3.0.1 shapes (the copy in the
 * DCAT-AP-NL repository, identical to SEMIC's, which carries the range checks too) plus dcat-ap-nl-SHACL, -klassebereik and -klassebereik-codelijsten, and the recommended properties
 * (-aanbevolen) as warnings; the EU controlled vocabularies are added to the data graph, as the code-list checks
 * expect them beside the data. All files are the unchanged copies in ontology/standards. SEMIC's separate
 * {@code ranges.ttl} is not in the recipe. The upstream files name a few property shapes that no file defines (such as
 * {@code DataServiceShape/eb3ac4e4...}); Jena refuses such a graph, so those empty links are dropped when loading.
 */
public final class DcatApNlValidation {

    private static final Path STANDARDS = Path.of("ontology", "standards");
    /** Every shape file of the recipe plus the recommended ones (-aanbevolen), which only warn. */
    private static final List<String> SHAPES = java.util.stream.Stream.concat(DcatApNlConformance.SHAPES.stream(),
            java.util.stream.Stream.of("shacl/dcat-ap-nl-3.0/shapes/dcat-ap-nl-SHACL-aanbevolen.ttl")).toList();
    private static final List<String> VOCABULARIES = DcatApNlConformance.VOCABULARIES;

    private static Shapes shapes;
    private static Graph vocabularies;

    private DcatApNlValidation() {
    }

    public static synchronized ValidationReport validate(Graph export) {
        if (shapes == null) {
            Graph shapesGraph = GraphFactory.createDefaultGraph();
            SHAPES.forEach(f -> RDFDataMgr.read(shapesGraph, STANDARDS.resolve(f).toString()));
            // The upstream files name property shapes that no file defines; Jena refuses such a shapes graph. An
            // undefined shape constrains nothing, so dropping the dangling sh:property links loses no check.
            Node property = NodeFactory.createURI("http://www.w3.org/ns/shacl#property");
            List<Triple> dangling = shapesGraph.find(Node.ANY, property, Node.ANY)
                    .filterKeep(t -> !shapesGraph.contains(t.getObject(), Node.ANY, Node.ANY)).toList();
            dangling.forEach(shapesGraph::delete);
            shapes = Shapes.parse(shapesGraph);
            vocabularies = GraphFactory.createDefaultGraph();
            VOCABULARIES.forEach(f -> RDFDataMgr.read(vocabularies, STANDARDS.resolve("vocabularies").resolve(f).toString()));
        }
        Graph data = GraphFactory.createDefaultGraph();
        vocabularies.find().forEachRemaining(data::add);
        export.find().forEachRemaining(data::add);
        return ShaclValidator.get().validate(shapes, data);
    }

    /**
     * The violations about nodes the export describes. The EU vocabulary files, added beside the data, break a few
     * DCAT-AP rules themselves (their skos:ConceptSchemes carry no dct:title), which says nothing about the export.
     */
    public static List<ReportEntry> violations(ValidationReport report, Graph export) {
        return report.getEntries().stream().filter(e -> e.severity() == Severity.Violation)
                .filter(e -> export.contains(e.focusNode(), Node.ANY, Node.ANY)).toList();
    }

    public static String describe(List<ReportEntry> entries) {
        StringBuilder sb = new StringBuilder();
        entries.stream().limit(30).forEach(e -> sb.append('\n').append(e.severity().level().getLocalName()).append(' ').append(e.focusNode())
                .append(' ').append(e.resultPath()).append(' ').append(e.message()));
        return sb.toString();
    }
}
