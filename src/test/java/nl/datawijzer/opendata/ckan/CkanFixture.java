package nl.datawijzer.opendata.ckan;

import nl.datawijzer.opendata.OpenDataProperties;
import nl.datawijzer.opendata.OpenDataUrls;
import nl.datawijzer.opendata.ckan.internal.PackageIndex;
import nl.datawijzer.opendata.ckan.internal.PackageMapping;
import nl.datawijzer.opendata.export.OpenDataCatalogs;
import nl.datawijzer.rdf.Iris;
import nl.datawijzer.rdf.PublicRdfStore;
import nl.datawijzer.rdf.PublicStores;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.graph.GraphFactory;

/** The CKAN actions over an in-memory public store filled from a Turtle fixture of the open-data view. */
final class CkanFixture {

    static final String BASE = "https://data.huizen.nl/id/";

    final Iris iris = new Iris(BASE);
    final PublicRdfStore store = PublicStores.inMemory(iris);
    final OpenDataUrls urls = new OpenDataUrls(OpenDataProperties.defaults());
    final PackageIndex index = new PackageIndex(OpenDataCatalogs.over(store, iris), new PackageMapping(urls));
    final CkanActions actions = new CkanActions(index, urls);

    CkanFixture(String fixture) {
        writeView(view(fixture));
    }

    void writeView(Graph view) {
        store.write(w -> {
            w.replaceGraph(NodeFactory.createURI(iris.recordGraphPrefix() + "opendata"), view);
            return null;
        });
    }

    static Graph view(String fixture) {
        Graph view = GraphFactory.createDefaultGraph();
        RDFParser.source(CkanFixture.class.getClassLoader().getResourceAsStream(fixture)).base(BASE)
                .lang(Lang.TURTLE).parse(view);
        return view;
    }
}
