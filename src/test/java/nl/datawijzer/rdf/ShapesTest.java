package nl.datawijzer.rdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.graph.GraphFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The shapes accept a valid catalog and refuse each named broken example for exactly its own reason. */
class ShapesTest {

    private static final String BASE = "https://data.huizen.nl/id/";
    private static final String SH = "http://www.w3.org/ns/shacl#";
    private static final Path BROKEN = Path.of("src/test/resources/shapes/broken");
    private static final Map<String, String> PREFIXES = Map.of(
            "dw", "https://w3id.org/datawijzer/def#",
            "dwsh", "https://w3id.org/datawijzer/shapes#",
            "dct", "http://purl.org/dc/terms/",
            "dcat", "http://www.w3.org/ns/dcat#",
            "foaf", "http://xmlns.com/foaf/0.1/",
            "vcard", "http://www.w3.org/2006/vcard/ns#",
            "skos", "http://www.w3.org/2004/02/skos/core#",
            "prov", "http://www.w3.org/ns/prov#",
            "dpv", "https://w3id.org/dpv#",
            "rdf", "http://www.w3.org/1999/02/22-rdf-syntax-ns#");

    private static ShapeValidator validator;
    private static Graph reference;

    @BeforeAll
    static void loadShapes() {
        validator = new ShapeValidator(ClasspathRdf.graph(StoreConfiguration.SHAPES, BASE));
        reference = ClasspathRdf.graph(StoreConfiguration.ONTOLOGY, BASE);
        ClasspathRdf.graph(StoreConfiguration.VOCABULARIES, BASE).find().forEachRemaining(reference::add);
    }

    @Test
    void everyPropertyShapeHasADutchAndEnglishNameAndEveryMessageBothLanguages() {
        Graph shapes = validator.shapes().getGraph();
        Node path = org.apache.jena.graph.NodeFactory.createURI(SH + "path");
        Node name = org.apache.jena.graph.NodeFactory.createURI(SH + "name");
        Node message = org.apache.jena.graph.NodeFactory.createURI(SH + "message");
        List<String> missing = new java.util.ArrayList<>();
        shapes.find(Node.ANY, path, Node.ANY).mapWith(Triple::getSubject).toSet().forEach(shape -> {
            if (!languages(shapes, shape, name).containsAll(Set.of("nl", "en"))) {
                missing.add("sh:name on " + shape);
            }
        });
        shapes.find(Node.ANY, message, Node.ANY).mapWith(Triple::getSubject).toSet().forEach(shape -> {
            if (!languages(shapes, shape, message).containsAll(Set.of("nl", "en"))) {
                missing.add("sh:message on " + shape);
            }
        });
        assertThat(validator.shapes().numRootShapes()).isGreaterThanOrEqualTo(10);
        assertThat(missing).isEmpty();
    }

    private static Set<String> languages(Graph graph, Node subject, Node predicate) {
        Set<String> languages = new HashSet<>();
        graph.find(subject, predicate, Node.ANY).forEachRemaining(t -> languages.add(t.getObject().getLiteralLanguage()));
        return languages;
    }

    @Test
    void minimalValidCatalogConforms() {
        assertThat(validate(Path.of("src/test/resources/shapes/valid/minimal-catalog.ttl"))).isEmpty();
    }

    static Stream<Path> brokenExamples() throws IOException {
        return Files.list(BROKEN).filter(p -> p.toString().endsWith(".ttl")).sorted();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("brokenExamples")
    void brokenExampleIsRefusedForItsOwnReasonWithADutchMessage(Path example) throws IOException {
        String expect = Files.readAllLines(example).getFirst().replaceFirst("^# expect:\\s*", "").strip();
        String[] prefixed = expect.split(":", 2);
        String expected = PREFIXES.get(prefixed[0]) + prefixed[1];

        List<WriteRefusedException.Violation> violations = validate(example);

        assertThat(violations).as("violations of %s", example.getFileName()).isNotEmpty();
        assertThat(violations).allSatisfy(v -> {
            assertThat(expected).isIn(v.path(), v.sourceShape());
            assertThat(v.messageNl()).isNotBlank().doesNotStartWith("Ongeldige waarde:");
            assertThat(v.messageEn()).isNotBlank().isNotEqualTo(v.messageNl());
        });
    }

    @Test
    void theBrokenExamplesCoverTheRulesTheIssueNames() throws IOException {
        try (Stream<Path> files = brokenExamples()) {
            assertThat(files.map(p -> p.getFileName().toString()))
                    .contains("dataset-without-owner.ttl", "field-bsn-without-legal-ground.ttl",
                            "field-personal-without-category.ttl", "dataset-personal-without-legal-basis.ttl",
                            "system-without-title.ttl", "glossary-term-without-definition.ttl",
                            "agent-without-name.ttl");
        }
    }

    /** Every concept the value lists mark dw:specialCategory true: the eight art. 9 kinds and criminal data. */
    static Stream<String> specialCategories() {
        Graph vocabularies = ClasspathRdf.graph(StoreConfiguration.VOCABULARIES, BASE);
        return vocabularies.find(Node.ANY, uri(PREFIXES.get("dw") + "specialCategory"), Node.ANY).toList().stream()
                .filter(t -> t.getObject().isLiteral() && "true".equals(t.getObject().getLiteralLexicalForm()))
                .map(t -> t.getSubject().getURI()).sorted();
    }

    @Test
    void theValueListsHaveEightArt9KindsAndCriminalDataAsSpecialCategories() {
        assertThat(specialCategories().map(iri -> iri.substring(iri.lastIndexOf('/') + 1)))
                .containsExactlyInAnyOrder("ras-etnische-afkomst", "politieke-opvattingen", "religie-levensovertuiging",
                        "vakbondslidmaatschap", "genetisch", "biometrisch", "gezondheid", "seksueel-gedrag-gerichtheid",
                        "strafrechtelijk");
    }

    /**
     * The rules find special categories through dw:specialCategory on the concept, so each one, also a kind added
     * later, needs at least vertrouwelijk, and its dataset a legal basis, without a shape naming it.
     */
    @ParameterizedTest(name = "{0}")
    @MethodSource("specialCategories")
    void everySpecialCategoryNeedsAtLeastVertrouwelijkAndADatasetWithALegalBasis(String category) {
        Node field = uri(BASE + "dataset/jeugdhulp/field/etniciteit");
        Node dataset = uri(BASE + "dataset/jeugdhulp");
        Node categoryProperty = uri(PREFIXES.get("dw") + "personalDataCategory");
        Node confidentiality = uri(PREFIXES.get("dw") + "confidentiality");
        Graph own = parse(BROKEN.resolve("field-ethnic-origin-confidentiality-too-low.ttl"));
        own.remove(field, categoryProperty, Node.ANY);
        own.add(field, categoryProperty, uri(category));

        assertThat(validate(own)).extracting(WriteRefusedException.Violation::sourceShape)
                .containsOnly(PREFIXES.get("dwsh") + "FieldSpecialCategoryConfidentialityRule");

        own.remove(field, confidentiality, Node.ANY);
        own.add(field, confidentiality, uri("https://w3id.org/datawijzer/vocab/vertrouwelijkheid/vertrouwelijk"));
        assertThat(validate(own)).isEmpty();

        own.remove(dataset, uri(PREFIXES.get("dpv") + "hasLegalBasis"), Node.ANY);
        assertThat(validate(own)).extracting(WriteRefusedException.Violation::path)
                .containsOnly(PREFIXES.get("dpv") + "hasLegalBasis");
    }

    private static Node uri(String iri) {
        return org.apache.jena.graph.NodeFactory.createURI(iri);
    }

    private static Graph parse(Path file) {
        Graph own = GraphFactory.createDefaultGraph();
        RDFParser.source(file).base(BASE).parse(own);
        return own;
    }

    private static List<WriteRefusedException.Violation> validate(Path file) {
        return validate(parse(file));
    }

    private static List<WriteRefusedException.Violation> validate(Graph own) {
        Graph data = GraphFactory.createDefaultGraph();
        reference.find().forEachRemaining(data::add);
        own.find().forEachRemaining(data::add);
        Set<Node> focus = new HashSet<>();
        own.find().mapWith(Triple::getSubject).forEachRemaining(focus::add);
        return validator.validate(data, focus);
    }
}
