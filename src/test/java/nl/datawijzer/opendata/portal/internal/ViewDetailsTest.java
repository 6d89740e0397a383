package nl.datawijzer.opendata.portal.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import nl.datawijzer.rdf.Iris;
import nl.datawijzer.rdf.PublicRdfStore;
import nl.datawijzer.rdf.PublicStores;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.graph.GraphFactory;
import org.junit.jupiter.api.Test;

/** The details the export record leaves out, read from the open-data view in the forms DCAT-AP-NL allows. */
class ViewDetailsTest {

    private static final String BASE = "https://data.huizen.nl/id/";
    private static final String PREFIXES = """
            @prefix dcat: <http://www.w3.org/ns/dcat#> . @prefix dct: <http://purl.org/dc/terms/> .
            @prefix vcard: <http://www.w3.org/2006/vcard/ns#> . @prefix xsd: <http://www.w3.org/2001/XMLSchema#> .
            """;

    private final Iris iris = new Iris(BASE);

    @Test
    void readsAPhoneGivenAsAVcardValueTheIssueDateAndTheSizesThatAreNumbers() {
        ViewDetails details = detailsOf("""
                <dataset/a> a dcat:Dataset ; dct:title "A"@nl ; dct:description "A"@nl ;
                    dct:issued "2025-01-31"^^xsd:date ;
                    dcat:contactPoint [ a vcard:Kind ; vcard:hasTelephone [ vcard:hasValue <tel:+31355281911> ] ] ;
                    dcat:distribution <dataset/a/distribution/csv> , <dataset/a/distribution/json> .
                <dataset/a/distribution/csv> dcat:byteSize "2048"^^xsd:nonNegativeInteger .
                <dataset/a/distribution/json> dcat:byteSize "groot" .
                """);

        ViewDetails.Extras extras = details.of(BASE + "dataset/a");

        assertThat(extras.contactPhone()).isEqualTo("+31355281911");
        assertThat(extras.issued()).isEqualTo("2025-01-31");
        assertThat(extras.byteSizes()).isEqualTo(Map.of(BASE + "dataset/a/distribution/csv", 2048L));
    }

    @Test
    void readsAPhoneGivenAsTextAndNothingForADatasetOutsideTheView() {
        ViewDetails details = detailsOf("""
                <dataset/a> a dcat:Dataset ; dct:title "A"@nl ; dct:description "A"@nl ;
                    dcat:contactPoint [ a vcard:Kind ; vcard:hasTelephone "035 528 19 11" ] .
                """);

        assertThat(details.of(BASE + "dataset/a").contactPhone()).isEqualTo("035 528 19 11");
        ViewDetails.Extras outside = details.of(BASE + "dataset/intern");
        assertThat(outside.contactPhone()).isNull();
        assertThat(outside.issued()).isNull();
        assertThat(outside.byteSizes()).isEmpty();
    }

    private ViewDetails detailsOf(String turtle) {
        Graph view = GraphFactory.createDefaultGraph();
        RDFParser.source(new ByteArrayInputStream((PREFIXES + turtle).getBytes(StandardCharsets.UTF_8))).base(BASE)
                .lang(Lang.TURTLE).parse(view);
        PublicRdfStore store = PublicStores.inMemory(iris);
        store.write(w -> {
            w.replaceGraph(NodeFactory.createURI(iris.recordGraphPrefix() + "opendata"), view);
            return null;
        });
        return new ViewDetails(store, iris);
    }
}
