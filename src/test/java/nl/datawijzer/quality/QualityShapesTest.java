package nl.datawijzer.quality;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import nl.datawijzer.rdf.ClasspathRdf;
import nl.datawijzer.rdf.ShapeValidator;
import nl.datawijzer.rdf.WriteRefusedException;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.graph.GraphFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * What the quality feature writes passes the shapes, and each rule it relies on refuses its own breach (the broken
 * examples in {@code shapes/broken/} are checked by {@code ShapesTest}; these need the minimal catalog around them).
 */
class QualityShapesTest {

    private static final String BASE = "https://data.huizen.nl/id/";
    private static final String DW = "https://w3id.org/datawijzer/def#";
    private static final String DQV = "http://www.w3.org/ns/dqv#";
    private static final Node RUN = uri(BASE + "profile-run/r6b0f5a2e-1c3d-4e5f-8a9b-0c1d2e3f4a5b");
    private static final Node FIELD_MEASUREMENT = uri(RUN.getURI() + "/m1");
    private static final Node BSN = uri(BASE + "dataset/wmo-voorzieningen/field/bsn");

    private static ShapeValidator validator;
    private static Graph reference;

    @BeforeAll
    static void load() {
        validator = new ShapeValidator(ClasspathRdf.graph("classpath*:ontology/shapes/*.ttl", BASE));
        reference = ClasspathRdf.graph("classpath*:ontology/datawijzer.ttl", BASE);
        ClasspathRdf.graph("classpath*:ontology/vocabularies/*.ttl", BASE).find().forEachRemaining(reference::add);
    }

    private static Node uri(String iri) {
        return NodeFactory.createURI(iri);
    }

    private static Graph valid() {
        Graph own = GraphFactory.createDefaultGraph();
        RDFParser.source(Path.of("src/test/resources/shapes/valid/minimal-catalog.ttl")).base(BASE).parse(own);
        RDFParser.source(Path.of("src/test/resources/quality/valid-run.ttl")).base(BASE).parse(own);
        return own;
    }

    private static List<WriteRefusedException.Violation> validate(Graph own) {
        Graph data = GraphFactory.createDefaultGraph();
        reference.find().forEachRemaining(data::add);
        own.find().forEachRemaining(data::add);
        Set<Node> focus = new HashSet<>();
        own.find().mapWith(Triple::getSubject).forEachRemaining(focus::add);
        return validator.validate(data, focus);
    }

    @Test
    void aRunWithFieldRulesSourceMeasurementsScoreAndAlertConforms() {
        assertThat(validate(valid())).isEmpty();
    }

    @Test
    void aRunsHistoryOutlivesItsDataset() {
        Graph own = valid();
        own.remove(Node.ANY, Node.ANY, Node.ANY);
        RDFParser.source(Path.of("src/test/resources/quality/valid-run.ttl")).base(BASE).parse(own);
        own.remove(uri(BASE + "dataset/wmo-voorzieningen"), Node.ANY, Node.ANY);
        own.remove(BSN, uri(DW + "isKey"), Node.ANY);
        own.remove(BSN, uri(DW + "valueFormat"), Node.ANY);
        own.remove(uri(BASE + "dataset/wmo-voorzieningen/field/voorzieningsoort"), Node.ANY, Node.ANY);
        own.remove(uri(BASE + "dataset/wmo-voorzieningen/field/beperking"), Node.ANY, Node.ANY);

        assertThat(validate(own)).isEmpty();
    }

    @Test
    void aFieldPercentageAbove100IsRefused() {
        Graph own = valid();
        own.remove(FIELD_MEASUREMENT, uri(DQV + "value"), Node.ANY);
        own.add(FIELD_MEASUREMENT, uri(DQV + "value"), NodeFactory.createLiteralDT("120.00",
                org.apache.jena.datatypes.xsd.XSDDatatype.XSDdecimal));

        assertThat(validate(own)).extracting(WriteRefusedException.Violation::path).containsOnly(DQV + "value");
    }

    @Test
    void aFormatRuleOutsideItsListIsRefused() {
        Graph own = valid();
        own.remove(BSN, uri(DW + "valueFormat"), Node.ANY);
        own.add(BSN, uri(DW + "valueFormat"), uri("https://w3id.org/datawijzer/vocab/licentie/geslotenlicentie"));

        assertThat(validate(own)).extracting(WriteRefusedException.Violation::path).containsOnly(DW + "valueFormat");
    }

    @Test
    void aCodeListMustBeAKnownScheme() {
        Graph own = valid();
        Node field = uri(BASE + "dataset/wmo-voorzieningen/field/voorzieningsoort");
        own.remove(field, uri(DW + "valueList"), Node.ANY);
        own.add(field, uri(DW + "valueList"), uri("https://w3id.org/datawijzer/vocab/bestaat-niet"));

        assertThat(validate(own)).extracting(WriteRefusedException.Violation::path).containsOnly(DW + "valueList");
    }

    @Test
    void theValueListsCarryTheirCodes() {
        Graph vocabularies = ClasspathRdf.graph("classpath*:ontology/vocabularies/quality.ttl", BASE);
        Node notation = uri("http://www.w3.org/2004/02/skos/core#notation");
        Set<String> codes = new HashSet<>();
        vocabularies.find(Node.ANY, notation, Node.ANY).forEachRemaining(t -> codes.add(
                t.getSubject().getURI().replaceFirst(".*/vocab/", "") + "=" + t.getObject().getLiteralLexicalForm()));
        assertThat(codes).contains("wmo-productcategorie/01=01", "wmo-productcategorie/07=07",
                "wmo-productcategorie/15=15", "jeugd-productcategorie/45=45", "jeugd-productcategorie/54=54");
        for (nl.datawijzer.quality.profiling.ValueFormat format : nl.datawijzer.quality.profiling.ValueFormat.values()) {
            assertThat(vocabularies.contains(uri("https://w3id.org/datawijzer/vocab/waardeformaat/" + format.slug()),
                    uri("http://www.w3.org/2004/02/skos/core#inScheme"),
                    uri("https://w3id.org/datawijzer/vocab/waardeformaat"))).as(format.slug()).isTrue();
        }
    }
}
