package nl.datawijzer.rdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The value list dwv:persoonsgegevens as MODEL.md describes it: every concept labelled in Dutch and English, defined,
 * mapped to DPV-PD; the special ones (and only those) carry the GDPR article that makes them special.
 */
class PersonalDataCategoriesTest {

    private static final String BASE = "https://data.huizen.nl/id/";
    private static final String DW = "https://w3id.org/datawijzer/def#";
    private static final String SKOS = "http://www.w3.org/2004/02/skos/core#";
    private static final Node SCHEME = uri("https://w3id.org/datawijzer/vocab/persoonsgegevens");
    private static final Node GDPR_ARTICLE = uri(DW + "gdprArticle");

    private static Graph vocabularies;
    private static List<Node> concepts;

    @BeforeAll
    static void load() {
        vocabularies = ClasspathRdf.graph(StoreConfiguration.VOCABULARIES, BASE);
        concepts = vocabularies.find(Node.ANY, uri(SKOS + "inScheme"), SCHEME).mapWith(Triple::getSubject).toList();
    }

    @Test
    void everyCategoryHasDutchAndEnglishLabelsADefinitionAndADpvMatch() {
        assertThat(concepts).hasSize(23);
        for (Node concept : concepts) {
            assertThat(languages(concept, SKOS + "prefLabel")).as("labels of %s", concept).contains("nl", "en");
            assertThat(languages(concept, SKOS + "definition")).as("definition of %s", concept).contains("nl");
            List<Node> matches = new ArrayList<>(objects(concept, SKOS + "exactMatch"));
            matches.addAll(objects(concept, SKOS + "closeMatch"));
            assertThat(matches).as("DPV-PD match of %s", concept).isNotEmpty()
                    .allSatisfy(match -> assertThat(match.getURI()).startsWith("https://w3id.org/dpv/pd#"));
        }
    }

    @Test
    void exactlyTheSpecialCategoriesNameTheirGdprArticle() {
        for (Node concept : concepts) {
            List<Node> special = objects(concept, DW + "specialCategory");
            assertThat(special).as("dw:specialCategory of %s", concept).singleElement()
                    .satisfies(value -> assertThat(value.getLiteralLexicalForm()).isIn("true", "false"));
            List<String> articles = objects(concept, DW + "gdprArticle").stream().map(Node::getLiteralLexicalForm)
                    .toList();
            if ("true".equals(special.getFirst().getLiteralLexicalForm())) {
                assertThat(articles).as("article of %s", concept).singleElement().isIn("art. 9 lid 1", "art. 10");
            } else {
                assertThat(articles).as("article of %s", concept).isEmpty();
            }
        }
        assertThat(vocabularies.find(Node.ANY, GDPR_ARTICLE, NodeFactory.createLiteralString("art. 10"))
                .mapWith(t -> t.getSubject().getURI()).toList())
                .containsExactly("https://w3id.org/datawijzer/vocab/persoonsgegevens/strafrechtelijk");
        assertThat(vocabularies.find(Node.ANY, GDPR_ARTICLE, NodeFactory.createLiteralString("art. 9 lid 1")).toList())
                .as("the eight kinds of art. 9 lid 1").hasSize(8);
    }

    @Test
    void gdprArticleIsDeclaredInTheOntology() {
        Graph ontology = ClasspathRdf.graph(StoreConfiguration.ONTOLOGY, BASE);
        assertThat(ontology.contains(GDPR_ARTICLE, uri("http://www.w3.org/1999/02/22-rdf-syntax-ns#type"),
                uri("http://www.w3.org/2002/07/owl#DatatypeProperty"))).isTrue();
        assertThat(ontology.find(GDPR_ARTICLE, uri("http://www.w3.org/2000/01/rdf-schema#label"), Node.ANY)
                .mapWith(t -> t.getObject().getLiteralLanguage()).toSet()).isEqualTo(Set.of("nl", "en"));
    }

    private static Set<String> languages(Node subject, String predicate) {
        return vocabularies.find(subject, uri(predicate), Node.ANY).mapWith(t -> t.getObject().getLiteralLanguage())
                .toSet();
    }

    private static List<Node> objects(Node subject, String predicate) {
        return vocabularies.find(subject, uri(predicate), Node.ANY).mapWith(Triple::getObject).toList();
    }

    private static Node uri(String iri) {
        return NodeFactory.createURI(iri);
    }
}
