package nl.datawijzer.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import nl.datawijzer.rdf.ClasspathRdf;
import nl.datawijzer.rdf.ShapeValidator;
import nl.datawijzer.rdf.WriteRefusedException;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.graph.GraphFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The synthetic catalog is deterministic, has the sizes of its scale and conforms to the shapes. */
class SyntheticCatalogTest {

    private static final String BASE = SyntheticCatalog.BASE;
    private static final Pattern SLUG = Pattern.compile("[a-z][a-z0-9-]{0,79}");
    private static final Node TYPE = uri(SyntheticCatalog.RDF + "type");

    private static byte[] seed42;

    @BeforeAll
    static void generate() {
        seed42 = trig(42);
    }

    @Test
    void sameSeedGivesSameBytesAndOtherSeedDiffers() {
        assertThat(trig(42)).isEqualTo(seed42);
        assertThat(trig(7)).isNotEqualTo(seed42);
    }

    @Test
    void sizesMatchScaleS() {
        DatasetGraph catalog = parse(seed42);
        Graph union = catalog.getUnionGraph();
        assertThat(count(union, SyntheticCatalog.DW + "System")).isEqualTo(Scale.S.systems());
        assertThat(count(union, SyntheticCatalog.DCAT + "Dataset")).isEqualTo(Scale.S.datasets());
        assertThat(count(union, SyntheticCatalog.DW + "Field")).isBetween(585, 715); // 650 +- 10 %
        assertThat(count(union, SyntheticCatalog.DW + "GlossaryTerm")).isEqualTo(Scale.S.terms());
        assertThat(count(union, SyntheticCatalog.DW + "Kpi")).isEqualTo(Scale.S.kpis());
        assertThat(count(union, SyntheticCatalog.DW + "Job")).isPositive();
        assertThat(count(union, SyntheticCatalog.FOAF + "Agent")).isEqualTo(Scale.S.agents());
        // realistic content: personal data, BSN, suggested classifications, lineage, synonyms
        assertThat(union.find(null, uri(SyntheticCatalog.DW + "containsPersonalData"), null)
                .filterKeep(t -> t.getObject().getLiteralLexicalForm().equals("true")).toList()).hasSizeGreaterThan(50);
        assertThat(union.find(null, uri(SyntheticCatalog.DW + "personalDataCategory"),
                uri(SyntheticCatalog.DWV + "persoonsgegevens/nationaal-identificatienummer")).toList()).isNotEmpty();
        int suggested = union.find(null, uri(SyntheticCatalog.DW + "classificationStatus"),
                uri(SyntheticCatalog.DWV + "beoordeling/voorgesteld")).toList().size();
        assertThat(suggested).isBetween(65, 200);
        assertThat(union.find(null, uri(SyntheticCatalog.PROV + "wasDerivedFrom"), null).toList()).hasSizeGreaterThan(20);
        assertThat(union.find(null, uri(SyntheticCatalog.SKOS + "altLabel"), null).toList()).hasSizeGreaterThan(40);
        assertThat(union.find(null, uri(SyntheticCatalog.DPV + "hasLegalBasis"), null).toList()).isNotEmpty();
    }

    @Test
    void everyRecordHasItsOwnGraphWithValidSlugs() {
        DatasetGraph catalog = parse(seed42);
        Set<String> graphs = new HashSet<>();
        catalog.listGraphNodes().forEachRemaining(g -> graphs.add(g.getURI()));
        assertThat(graphs).allSatisfy(g -> assertThat(g).startsWith(BASE + "graph/"));
        Set<Node> subjects = new HashSet<>();
        catalog.getUnionGraph().find().forEachRemaining(t -> subjects.add(t.getSubject()));
        for (Node s : subjects) {
            if (s.isBlank()) {
                continue;
            }
            String[] parts = s.getURI().substring(BASE.length()).split("/");
            for (int i = 1; i < parts.length; i += 2) {
                assertThat(parts[i]).as(s.getURI()).matches(SLUG);
            }
        }
        assertThat(catalog.getDefaultGraph().isEmpty()).isTrue();
    }

    @Test
    void wholeCatalogConformsToTheShapes() {
        assertThat(validate(parse(seed42))).isEmpty();
    }

    @Test
    void theGeneratorTreatsExactlyTheValueListsSpecialCategoriesAsSpecial() {
        Graph vocabularies = ClasspathRdf.graph("classpath*:ontology/vocabularies/*.ttl", BASE);
        List<String> special = vocabularies.find(null, uri(SyntheticCatalog.DW + "specialCategory"), null).toList()
                .stream().filter(t -> "true".equals(t.getObject().getLiteralLexicalForm()))
                .map(t -> t.getSubject().getURI().substring((SyntheticCatalog.DWV + "persoonsgegevens/").length()))
                .toList();

        assertThat(special).containsExactlyInAnyOrderElementsOf(Vocabulary.SPECIAL_CATEGORIES);
    }

    @Test
    void validationIsNotVacuous() {
        DatasetGraph broken = parse(seed42);
        Node legalGround = uri(SyntheticCatalog.DW + "legalGround");
        Node bsn = uri(SyntheticCatalog.DWV + "persoonsgegevens/nationaal-identificatienummer");
        List<Node> bsnFields = broken.getUnionGraph().find(null, uri(SyntheticCatalog.DW + "personalDataCategory"), bsn)
                .mapWith(Triple::getSubject).toList();
        assertThat(bsnFields).isNotEmpty();
        broken.deleteAny(null, bsnFields.get(0), legalGround, null);

        assertThat(validate(broken)).singleElement()
                .satisfies(v -> assertThat(v.sourceShape()).endsWith("FieldBsnLegalGroundRule"));
    }

    /** Validates every subject of the catalog, with the ontology and value lists as reference data. */
    private static List<WriteRefusedException.Violation> validate(DatasetGraph catalog) {
        ShapeValidator validator = new ShapeValidator(ClasspathRdf.graph("classpath*:ontology/shapes/*.ttl", BASE));
        Graph data = GraphFactory.createDefaultGraph();
        catalog.getUnionGraph().find().forEachRemaining(data::add);
        ClasspathRdf.graph("classpath*:ontology/datawijzer.ttl", BASE).find().forEachRemaining(data::add);
        ClasspathRdf.graph("classpath*:ontology/vocabularies/*.ttl", BASE).find().forEachRemaining(data::add);
        Set<Node> focus = new HashSet<>();
        catalog.getUnionGraph().find().forEachRemaining(t -> focus.add(t.getSubject()));
        return validator.validate(data, focus);
    }

    private static byte[] trig(long seed) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new SyntheticCatalog(Scale.S, seed).write(out);
        return out.toByteArray();
    }

    private static DatasetGraph parse(byte[] trig) {
        DatasetGraph dsg = DatasetGraphFactory.createGeneral();
        RDFParser.source(new ByteArrayInputStream(trig)).lang(Lang.TRIG).parse(dsg);
        return dsg;
    }

    private static int count(Graph graph, String type) {
        return graph.find(null, TYPE, uri(type)).mapWith(Triple::getSubject).toSet().size();
    }

    private static Node uri(String iri) {
        return NodeFactory.createURI(iri);
    }
}
