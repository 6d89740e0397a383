package nl.datawijzer.opendata.export.internal;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import nl.datawijzer.opendata.export.CatalogDescription;
import nl.datawijzer.opendata.export.ExportedDataset;
import nl.datawijzer.rdf.ClasspathRdf;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.graph.compose.Union;
import org.apache.jena.shacl.ShaclValidator;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.shacl.validation.ReportEntry;
import org.apache.jena.shacl.validation.Severity;
import org.apache.jena.sparql.graph.GraphFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * Checks one dataset as the export would write it against the official DCAT-AP-NL 3.0 shapes, the way Geonovum's
 * validation recipe combines them: the DCAT-AP 3.0.1 shapes from the DCAT-AP-NL repository plus dcat-ap-nl-SHACL,
 * -klassebereik and -klassebereik-codelijsten, with the EU controlled vocabularies beside the data. Recommended
 * properties (-aanbevolen) only warn and do not count. The files are the unchanged copies in
 * {@code ontology/standards} (see its PROVENANCE.md); a few property shapes they name are defined nowhere, and Jena
 * refuses such a shapes graph, so those empty links are dropped (an undefined shape constrains nothing).
 *
 * <p>Only the nodes the dataset's export describes are validated, one focus node at a time, so a check costs
 * milliseconds instead of validating the EU vocabularies again each time.
 */
@Component
public final class DcatApNlConformance {

    private static final String STANDARDS = "ontology/standards/";
    /** The shape files of Geonovum's recipe, relative to {@code ontology/standards}. */
    public static final List<String> SHAPES = List.of(
            "shacl/dcat-ap-nl-3.0/shapes/dcat-ap-SHACL.ttl",
            "shacl/dcat-ap-nl-3.0/shapes/dcat-ap-nl-SHACL.ttl",
            "shacl/dcat-ap-nl-3.0/shapes/dcat-ap-nl-SHACL-klassebereik.ttl",
            "shacl/dcat-ap-nl-3.0/shapes/dcat-ap-nl-SHACL-klassebereik-codelijsten.ttl");
    /** The EU vocabularies the code-list checks expect beside the data, relative to {@code ontology/standards/vocabularies}. */
    public static final List<String> VOCABULARIES = List.of("data-theme-skos.rdf", "access-right-skos.rdf",
            "file-type.rdf", "filetypes-skos.rdf", "frequency.rdf", "licences-skos.rdf", "distribution-status-skos.rdf",
            "ADMS_SKOS_v1.00.rdf");
    private static final int SHOWN = 10;

    private final Shapes shapes;
    private final Graph vocabularies;
    private final DcatApNlProfile profile;

    /** With the same profile (Dutch labels for the government themes) the exports use. */
    @Autowired
    public DcatApNlConformance() {
        this(new DcatApNlProfile(OpenDataExporter.themeLabels()));
    }

    public DcatApNlConformance(DcatApNlProfile profile) {
        this.profile = profile;
        Graph shapesGraph = GraphFactory.createDefaultGraph();
        SHAPES.forEach(file -> ClasspathRdf.graph("classpath:" + STANDARDS + file, "http://example.org/")
                .find().forEachRemaining(shapesGraph::add));
        Node property = NodeFactory.createURI("http://www.w3.org/ns/shacl#property");
        List<Triple> dangling = shapesGraph.find(Node.ANY, property, Node.ANY)
                .filterKeep(t -> !shapesGraph.contains(t.getObject(), Node.ANY, Node.ANY)).toList();
        dangling.forEach(shapesGraph::delete);
        this.shapes = Shapes.parse(shapesGraph);
        this.vocabularies = GraphFactory.createDefaultGraph();
        VOCABULARIES.forEach(file -> ClasspathRdf.graph("classpath:" + STANDARDS + "vocabularies/" + file,
                "http://example.org/").find().forEachRemaining(vocabularies::add));
    }

    /**
     * What the official shapes say against the dataset as it would be exported (the catalog's defaults filled in
     * as the export fills them): one line per violation, "focus node › property: message"; empty when it conforms.
     */
    public List<String> violations(ExportedDataset dataset, CatalogDescription catalog) {
        Graph export = profile.serializeDataset(OpenDataExporter.withCatalogDefaults(dataset, catalog));
        Graph data = new Union(export, vocabularies);
        Set<String> found = new LinkedHashSet<>();
        Set<Node> subjects = new LinkedHashSet<>();
        export.find().forEachRemaining(t -> subjects.add(t.getSubject()));
        for (Node focus : subjects) {
            for (ReportEntry entry : ShaclValidator.get().validate(shapes, data, focus).getEntries()) {
                if (entry.severity() == Severity.Violation) {
                    found.add(describe(entry, dataset));
                }
            }
        }
        List<String> result = new ArrayList<>(found);
        return result.size() <= SHOWN ? result : result.subList(0, SHOWN);
    }

    private static String describe(ReportEntry entry, ExportedDataset dataset) {
        Node focus = entry.focusNode();
        String where = focus.isURI() && focus.getURI().equals(dataset.iri()) ? "dataset"
                : focus.isURI() ? focus.getURI().substring(focus.getURI().lastIndexOf('/') + 1) : "contactpunt";
        String path = entry.resultPath() == null ? "" : " › " + entry.resultPath().toString()
                .replace("<http://purl.org/dc/terms/", "dct:").replace("<http://www.w3.org/ns/dcat#", "dcat:")
                .replace("<http://www.w3.org/2006/vcard/ns#", "vcard:")
                .replace("<http://www.w3.org/2004/02/skos/core#", "skos:").replace(">", "");
        return where + path + ": " + entry.message();
    }
}
