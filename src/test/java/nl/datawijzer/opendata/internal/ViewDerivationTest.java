package nl.datawijzer.opendata.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.time.Instant;
import java.util.List;
import nl.datawijzer.opendata.OpenDataProperties;
import nl.datawijzer.opendata.OpenDataUrls;
import nl.datawijzer.rdf.Iris;
import nl.datawijzer.rdf.PreparedQuery;
import nl.datawijzer.rdf.StoreReader;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.graph.GraphFactory;
import org.junit.jupiter.api.Test;

/** The view entry of one dataset: a fixed list of DCAT-AP terms, hosted files at the portal's stable address. */
class ViewDerivationTest {

    static final String BASE = "https://data.example.nl/id/";
    static final String RECORD = """
            PREFIX dw: <https://w3id.org/datawijzer/def#>
            PREFIX dcat: <http://www.w3.org/ns/dcat#>
            PREFIX dct: <http://purl.org/dc/terms/>
            PREFIX prov: <http://www.w3.org/ns/prov#>
            PREFIX foaf: <http://xmlns.com/foaf/0.1/>
            PREFIX vcard: <http://www.w3.org/2006/vcard/ns#>
            PREFIX spdx: <http://spdx.org/rdf/terms#>
            PREFIX xsd: <http://www.w3.org/2001/XMLSchema#>
            GRAPH <graph/dataset/wmo> {
              <dataset/wmo> a dcat:Dataset ; dct:identifier "wmo" ; dct:title "Wmo"@nl , "Wmo en"@en , "Wmo de"@de ;
                dct:description "Beschrijving"@nl , "Description"@en ; dcat:keyword "zorg"@nl ;
                dw:owner <agent/team-wmo> ; dw:heldIn <system/x> ; prov:wasDerivedFrom <dataset/bron> ;
                dw:openDataCandidate true ; dct:publisher <agent/gemeente> ;
                dcat:contactPoint <dataset/wmo/contact> ;
                dct:modified "2026-01-01T10:00:00Z"^^xsd:dateTime ;
                dcat:distribution <dataset/wmo/distribution/csv> , <dataset/wmo/distribution/api> .
              <dataset/wmo/contact> a vcard:Kind ; vcard:fn "Team Wmo" ; vcard:hasEmail <mailto:wmo@example.nl> ;
                vcard:hasTelephone <tel:+31351234567> ; dw:internalNote "niet publiceren" .
              <dataset/wmo/distribution/csv> a dcat:Distribution ; dw:hostedFileName "wmo per wijk.csv" ;
                dcat:accessURL <https://elders.example.org/oud.csv> ; dct:license <http://lic/CC0> ;
                dcat:byteSize "120"^^xsd:nonNegativeInteger ;
                spdx:checksum [ a spdx:Checksum ; spdx:algorithm spdx:checksumAlgorithm_sha256 ; spdx:checksumValue "ab12" ] .
              <dataset/wmo/distribution/api> a dcat:Distribution ; dcat:accessURL <https://api.example.org/wmo> ;
                dw:example "geheim" .
              <dataset/wmo/field/bsn> a dw:Field ; dw:partOfDataset <dataset/wmo> ; dw:technicalName "bsn" .
            }
            GRAPH <graph/agent/gemeente> { <agent/gemeente> a foaf:Agent ; foaf:name "Gemeente"@nl ; dw:owner <x> . }
            """;

    @Test
    void copiesOnlyDcatTermsAndPointsHostedDistributionsAtThePortal() {
        DatasetGraph store = DatasetGraphFactory.createGeneral();
        RDFParser.create().source(new StringReader(RECORD)).lang(Lang.TRIG).base(BASE).parse(store);
        OpenDataUrls urls = new OpenDataUrls(new OpenDataProperties("https://open.example.nl/", null, null, 1, List.of(),
                null, null));
        ViewDerivation derivation = new ViewDerivation(new Iris(BASE), urls);

        Graph entry = derivation.derive(reader(store), "wmo", Instant.parse("2026-02-01T09:00:00Z")).orElseThrow();

        entry.find().forEachRemaining(t -> {
            assertThat(t.getPredicate().getURI()).as(t.toString())
                    .doesNotStartWith("https://w3id.org/datawijzer/def#").doesNotStartWith("http://www.w3.org/ns/prov#");
            assertThat(t.getSubject().toString()).doesNotContain("/field/");
        });
        Node dataset = uri(BASE + "dataset/wmo");
        Node csv = uri(BASE + "dataset/wmo/distribution/csv");
        Node file = uri("https://open.example.nl/open-data/bestanden/wmo/csv/wmo%20per%20wijk.csv");
        assertThat(entry.contains(csv, uri("http://www.w3.org/ns/dcat#accessURL"), file)).isTrue();
        assertThat(entry.contains(csv, uri("http://www.w3.org/ns/dcat#downloadURL"), file)).isTrue();
        assertThat(entry.contains(csv, uri("http://www.w3.org/ns/dcat#accessURL"),
                uri("https://elders.example.org/oud.csv"))).isFalse();
        assertThat(entry.contains(uri(BASE + "dataset/wmo/distribution/api"), uri("http://www.w3.org/ns/dcat#accessURL"),
                uri("https://api.example.org/wmo"))).isTrue();
        assertThat(entry.contains(dataset, uri("http://www.w3.org/ns/dcat#landingPage"),
                uri("https://open.example.nl/open-data/wmo"))).isTrue();
        assertThat(entry.contains(dataset, uri("http://purl.org/dc/terms/issued"), Node.ANY)).isTrue();
        assertThat(entry.find(dataset, uri("http://purl.org/dc/terms/title"), Node.ANY).toList()).hasSize(2);
        assertThat(entry.find(dataset, uri("http://purl.org/dc/terms/description"), Node.ANY).toList()).hasSize(1);
        assertThat(entry.contains(uri(BASE + "agent/gemeente"), uri("http://xmlns.com/foaf/0.1/name"), Node.ANY)).isTrue();
        Node contact = entry.find(dataset, uri("http://www.w3.org/ns/dcat#contactPoint"), Node.ANY).next().getObject();
        assertThat(contact.isBlank()).isTrue();
        assertThat(entry.contains(contact, uri("http://www.w3.org/2006/vcard/ns#hasTelephone"), uri("tel:+31351234567")))
                .isTrue();
        Node checksum = entry.find(csv, uri("http://spdx.org/rdf/terms#checksum"), Node.ANY).next().getObject();
        assertThat(entry.contains(checksum, uri("http://spdx.org/rdf/terms#checksumValue"), Node.ANY)).isTrue();
    }

    @Test
    void removingAnEntryKeepsTheOtherDatasetsAndTheirSharedPublisher() {
        DatasetGraph store = DatasetGraphFactory.createGeneral();
        RDFParser.create().source(new StringReader(RECORD)).lang(Lang.TRIG).base(BASE).parse(store);
        ViewDerivation derivation = new ViewDerivation(new Iris(BASE), new OpenDataUrls(OpenDataProperties.defaults()));
        Graph view = GraphFactory.createDefaultGraph();
        derivation.derive(reader(store), "wmo", null).orElseThrow().find().forEachRemaining(view::add);
        Node other = uri(BASE + "dataset/ander");
        view.add(Triple.create(other, uri("http://www.w3.org/1999/02/22-rdf-syntax-ns#type"),
                uri("http://www.w3.org/ns/dcat#Dataset")));
        view.add(Triple.create(other, uri("http://purl.org/dc/terms/publisher"), uri(BASE + "agent/gemeente")));

        OpenDataView.removeEntry(view, uri(BASE + "dataset/wmo"));

        assertThat(view.find().toList()).allSatisfy(t -> assertThat(t.getSubject().toString())
                .doesNotStartWith(BASE + "dataset/wmo"));
        assertThat(view.contains(uri(BASE + "agent/gemeente"), uri("http://xmlns.com/foaf/0.1/name"), Node.ANY)).isTrue();
        OpenDataView.removeEntry(view, other);
        assertThat(view.isEmpty()).as("no orphan publisher, contact point or checksum left").isTrue();
    }

    private static Node uri(String iri) {
        return NodeFactory.createURI(iri);
    }

    /** Whole graphs is all the derivation reads. */
    private static StoreReader reader(DatasetGraph store) {
        return new StoreReader() {
            @Override
            public List<Binding> select(PreparedQuery query) {
                throw new UnsupportedOperationException();
            }

            @Override
            public boolean ask(PreparedQuery query) {
                throw new UnsupportedOperationException();
            }

            @Override
            public Graph graph(Node graphName) {
                Graph copy = GraphFactory.createDefaultGraph();
                store.getGraph(graphName).find().forEachRemaining(copy::add);
                return copy;
            }

            @Override
            public boolean containsGraph(Node graphName) {
                return store.containsGraph(graphName);
            }

            @Override
            public void forEachTriple(Node graphName, Node subject,
                    java.util.function.Consumer<org.apache.jena.graph.Triple> action) {
                store.getGraph(graphName).find(subject, Node.ANY, Node.ANY).forEachRemaining(action);
            }
        };
    }
}
