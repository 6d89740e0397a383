package nl.datawijzer.needs;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Stream;
import nl.datawijzer.rdf.ClasspathRdf;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The Java value lists and the stored ones ({@code vocabularies/*.ttl}) name the same concepts with the same labels. */
class NeedVocabularyTest {

    private static final String SKOS = "http://www.w3.org/2004/02/skos/core#";
    private static final Graph VOCABULARIES = ClasspathRdf.graph("classpath*:ontology/vocabularies/*.ttl",
            "urn:x-test:");

    static Stream<NeedValue> values() {
        return Stream.of(NeedStep.class, NeedDomain.class, MeasureKind.class, FigureKind.class, Recurrence.class,
                NeedType.class, FollowUpKind.class, FeedbackVerdict.class, EventKind.class, SteeringLevel.class)
                .flatMap(type -> Stream.of(type.getEnumConstants()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("values")
    void everyJavaValueIsAConceptOfItsListWithTheSameDutchAndEnglishLabel(NeedValue value) {
        Node concept = NodeFactory.createURI(value.iri());
        assertThat(VOCABULARIES.contains(concept, uri(SKOS + "inScheme"),
                uri(NeedValue.VOCAB + value.scheme()))).as(value.iri()).isTrue();
        List<String> labels = VOCABULARIES.find(concept, uri(SKOS + "prefLabel"), Node.ANY).toList().stream()
                .map(t -> t.getObject().getLiteralLexicalForm() + "@" + t.getObject().getLiteralLanguage()).toList();
        assertThat(labels).as(value.iri()).contains(value.labelNl() + "@nl", value.labelEn() + "@en");
    }

    private static Node uri(String iri) {
        return NodeFactory.createURI(iri);
    }
}
