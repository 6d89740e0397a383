package nl.datawijzer.search;

import java.util.List;
import nl.datawijzer.catalog.DatasetSummary;
import nl.datawijzer.rdf.Iris;
import nl.datawijzer.rdf.PublicRdfStore;
import nl.datawijzer.rdf.RecordKind;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.graph.GraphFactory;

/**
 * Writes the open-data view into the public store as the publication gate will: only the chosen datasets, only
 * public properties, and a description that differs from the internal one so tests can tell which was shown.
 */
public final class OpenDataViewFixture {

    public static final String DESCRIPTION_PREFIX = "Openbare dataset: ";

    private static final Node TYPE = NodeFactory.createURI("http://www.w3.org/1999/02/22-rdf-syntax-ns#type");
    private static final Node DATASET = NodeFactory.createURI("http://www.w3.org/ns/dcat#Dataset");
    private static final Node TITLE = NodeFactory.createURI("http://purl.org/dc/terms/title");
    private static final Node DESCRIPTION = NodeFactory.createURI("http://purl.org/dc/terms/description");

    private OpenDataViewFixture() {
    }

    public static void publish(PublicRdfStore store, Iris iris, List<DatasetSummary> published) {
        Graph view = GraphFactory.createDefaultGraph();
        for (DatasetSummary d : published) {
            Node node = iris.record(RecordKind.DATASET, d.id().slug());
            view.add(Triple.create(node, TYPE, DATASET));
            view.add(Triple.create(node, TITLE, NodeFactory.createLiteralLang(d.title(), "nl")));
            view.add(Triple.create(node, DESCRIPTION, NodeFactory.createLiteralLang(DESCRIPTION_PREFIX + d.title(), "nl")));
        }
        store.write(w -> {
            w.replaceGraph(NodeFactory.createURI(iris.recordGraphPrefix() + "opendata"), view);
            return null;
        });
    }
}
