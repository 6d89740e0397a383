package nl.datawijzer.rdf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.junit.jupiter.api.Test;

class PreparedQueryTest {

    private static final String DATA = """
            @prefix ex: <https://example.org/> .
            ex:a ex:name "A" ; ex:tag "x", "y" .
            ex:b ex:name "B" ; ex:tag "z" .
            ex:c ex:name "C" ; ex:tag "x" .
            """;
    /** A free VALUES block in the main pattern and one in a grouped subquery, as the search queries have. */
    private static final String QUERY = """
            PREFIX ex: <https://example.org/>
            SELECT ?thing ?name ?tags WHERE {
              VALUES ?thing { UNDEF }
              ?thing ex:name ?name .
              OPTIONAL {
                SELECT ?thing (GROUP_CONCAT(?tag; SEPARATOR="|") AS ?tags) WHERE {
                  VALUES ?thing { UNDEF }
                  ?thing ex:tag ?tag .
                } GROUP BY ?thing
              }
            } ORDER BY ?name
            """;

    @Test
    void aFreeValuesBlockLeavesTheVariableOpen() {
        assertThat(names(prepared())).containsExactly("A", "B", "C");
    }

    @Test
    void valuesRestrictEveryBlockForThatVariableIncludingSubqueries() {
        PreparedQuery query = prepared().values("thing", List.of(uri("a"), uri("c")));
        assertThat(names(query)).containsExactly("A", "C");
        String text = query.query().toString();
        assertThat(java.util.regex.Pattern.compile("ex:a\\b").matcher(text).results().count()).as("both blocks filled")
                .isEqualTo(2);
        assertThat(prepared().query().toString()).as("the template is not changed").doesNotContainPattern("ex:a\\b");
    }

    @Test
    void valuesNeedTermsAndABlockToFill() {
        assertThatThrownBy(() -> prepared().values("thing", List.of())).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> prepared().values("other", List.of(uri("a"))).query())
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("other");
    }

    private static PreparedQuery prepared() {
        return new PreparedQuery(QueryFactory.create(QUERY));
    }

    private static List<String> names(PreparedQuery query) {
        Model model = ModelFactory.createDefaultModel();
        RDFParser.fromString(DATA, Lang.TURTLE).parse(model);
        try (QueryExecution execution = QueryExecution.dataset(DatasetFactory.wrap(model)).query(query.query()).build()) {
            List<String> names = new java.util.ArrayList<>();
            execution.execSelect().forEachRemaining(row -> names.add(row.getLiteral("name").getString()));
            return names;
        }
    }

    private static Node uri(String local) {
        return NodeFactory.createURI("https://example.org/" + local);
    }
}
