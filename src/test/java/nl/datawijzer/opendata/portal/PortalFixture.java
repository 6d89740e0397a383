package nl.datawijzer.opendata.portal;

import java.io.InputStream;
import nl.datawijzer.rdf.Iris;
import nl.datawijzer.rdf.PublicRdfStore;
import nl.datawijzer.search.internal.SearchIndexes;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.graph.GraphFactory;

/**
 * Fills the public store's open-data view from {@code opendata/open-data-view.ttl} (as the publication gate writes
 * it), with what a full DCAT-AP-NL record adds (a contact phone, an issue date, a download URL and a file size on the
 * Wmo dataset) and, when asked, extra generated datasets; then rebuilds the public index, as publishing does.
 */
public final class PortalFixture {

    public static final String WMO = "wmo-voorzieningen-per-wijk";
    public static final String WMO_PHONE = "+31 35 528 1911";
    public static final String WMO_DOWNLOAD = "https://data.huizen.nl/download/wmo-voorzieningen-per-wijk.csv";
    public static final long WMO_CSV_BYTES = 1_536_000;
    public static final String GENERATED_PREFIX = "Straatverlichting deel ";

    private static final String DCAT = "http://www.w3.org/ns/dcat#";
    private static final String DCT = "http://purl.org/dc/terms/";
    private static final String VCARD = "http://www.w3.org/2006/vcard/ns#";

    private PortalFixture() {
    }

    /** The fixture's three datasets plus {@code generated} lighting datasets (theme ENVI, each with one CSV). */
    public static void publish(PublicRdfStore store, Iris iris, SearchIndexes indexes, int generated) {
        Graph view = GraphFactory.createDefaultGraph();
        try (InputStream in = PortalFixture.class.getClassLoader().getResourceAsStream("opendata/open-data-view.ttl")) {
            RDFParser.source(in).base(iris.base()).lang(Lang.TURTLE).parse(view);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        Node wmo = NodeFactory.createURI(iris.base() + "dataset/" + WMO);
        Node contact = view.find(wmo, iri(DCAT + "contactPoint"), Node.ANY).next().getObject();
        view.add(Triple.create(contact, iri(VCARD + "hasTelephone"), iri("tel:" + WMO_PHONE.replace(" ", ""))));
        view.add(Triple.create(wmo, iri(DCT + "issued"), NodeFactory.createLiteralDT("2024-05-01", XSDDatatype.XSDdate)));
        Node csv = NodeFactory.createURI(iris.base() + "dataset/" + WMO + "/distribution/csv");
        view.add(Triple.create(csv, iri(DCAT + "downloadURL"), iri(WMO_DOWNLOAD)));
        view.add(Triple.create(csv, iri(DCAT + "byteSize"),
                NodeFactory.createLiteralDT(Long.toString(WMO_CSV_BYTES), XSDDatatype.XSDnonNegativeInteger)));
        for (int i = 1; i <= generated; i++) {
            String slug = "straatverlichting-deel-" + i;
            Node dataset = NodeFactory.createURI(iris.base() + "dataset/" + slug);
            Node distribution = NodeFactory.createURI(iris.base() + "dataset/" + slug + "/distribution/csv");
            view.add(Triple.create(dataset, iri("http://www.w3.org/1999/02/22-rdf-syntax-ns#type"), iri(DCAT + "Dataset")));
            view.add(Triple.create(dataset, iri(DCT + "identifier"), NodeFactory.createLiteralString(slug)));
            view.add(Triple.create(dataset, iri(DCT + "title"), NodeFactory.createLiteralLang(GENERATED_PREFIX + i, "nl")));
            view.add(Triple.create(dataset, iri(DCT + "description"),
                    NodeFactory.createLiteralLang("Lantaarnpalen in wijk " + i + " met hun lampsoort.", "nl")));
            view.add(Triple.create(dataset, iri(DCAT + "theme"),
                    iri("http://publications.europa.eu/resource/authority/data-theme/ENVI")));
            view.add(Triple.create(dataset, iri(DCAT + "distribution"), distribution));
            view.add(Triple.create(distribution, iri(DCAT + "accessURL"), iri("https://data.huizen.nl/open/" + slug + ".csv")));
        }
        store.write(w -> {
            w.replaceGraph(NodeFactory.createURI(iris.recordGraphPrefix() + "opendata"), view);
            return null;
        });
        indexes.rebuild(percent -> { });
    }

    /** Nothing published: an empty open-data view and index. */
    public static void publishNothing(PublicRdfStore store, Iris iris, SearchIndexes indexes) {
        store.write(w -> {
            w.replaceGraph(NodeFactory.createURI(iris.recordGraphPrefix() + "opendata"), GraphFactory.createDefaultGraph());
            return null;
        });
        indexes.rebuild(percent -> { });
    }

    private static Node iri(String iri) {
        return NodeFactory.createURI(iri);
    }
}
