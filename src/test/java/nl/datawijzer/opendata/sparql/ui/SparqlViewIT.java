package nl.datawijzer.opendata.sparql.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.KeyModifier;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.ArrayList;
import java.util.List;
import nl.datawijzer.privacy.SecurityHolderIsolation;
import nl.datawijzer.rdf.Iris;
import nl.datawijzer.rdf.PublicRdfStore;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.graph.GraphFactory;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.test.context.support.WithAnonymousUser;

/** A visitor, not signed in, picks an example, runs it and reads the table; a refused query is explained. */
@SpringBootTest(properties = "datawijzer.opendata.sparql-result-limit=20")
@ViewPackages(packages = "nl.datawijzer")
@WithAnonymousUser
@ExtendWith(SecurityHolderIsolation.class)
class SparqlViewIT extends SpringBrowserlessTest {

    @Autowired PublicRdfStore store;
    @Autowired Iris iris;

    @BeforeEach
    void publishTheFixtureView() {
        Graph view = GraphFactory.createDefaultGraph();
        RDFParser.source(getClass().getClassLoader().getResourceAsStream("opendata/open-data-view.ttl"))
                .base(iris.base()).lang(Lang.TURTLE).parse(view);
        store.write(w -> {
            w.replaceGraph(NodeFactory.createURI(iris.recordGraphPrefix() + "opendata"), view);
            return null;
        });
        UI.getCurrent().navigate(SparqlView.ROUTE);
    }

    @Test
    void theVisitorRunsAnExampleAndReadsTheAnswerAsATable() {
        assertThat($(Paragraph.class).id("sparql-limits").getText()).contains("hoogstens 20 resultaten")
                .contains("SERVICE");
        assertThat($(TextArea.class).id("sparql-query").getLabel()).isEqualTo("SPARQL-query");

        test($(Button.class).id("sparql-example-distributies-met-licentie")).click();
        assertThat($(TextArea.class).id("sparql-query").getValue()).contains("dct:license");
        test($(Button.class).id("sparql-run")).click();

        Grid<List<String>> grid = grid();
        assertThat(grid.isVisible()).isTrue();
        assertThat(grid.getColumns()).extracting(c -> c.getHeaderText()).containsExactly("titel", "distributie", "licentie", "formaat");
        assertThat(column(grid, 0)).contains("Wmo-voorzieningen per wijk", "Begraafplaatsen");
        assertThat(column(grid, 2)).contains("http://publications.europa.eu/resource/authority/licence/CC0");
        assertThat($(Paragraph.class).id("sparql-status").getText()).endsWith("resultaten");
    }

    @Test
    void controlEnterRunsTheQueryAndACutAnswerIsFlagged() {
        test($(TextArea.class).id("sparql-query")).setValue("SELECT * { ?s ?p ?o }");
        fireShortcut(Key.ENTER, KeyModifier.CONTROL);

        assertThat(test(grid()).size()).isEqualTo(20);
        assertThat($(Paragraph.class).id("sparql-status").getText()).startsWith("20 resultaten").contains("afgekapt");
    }

    @Test
    void aRefusedQueryIsExplainedAndShowsNoTable() {
        test($(TextArea.class).id("sparql-query")).setValue("SELECT * { SERVICE <http://example.org/sparql> { ?s ?p ?o } }");
        test($(Button.class).id("sparql-run")).click();

        assertThat(grid().isVisible()).isFalse();
        assertThat($(Paragraph.class).id("sparql-status").getText()).contains("SERVICE is niet toegestaan");
        assertThat($(Paragraph.class).id("sparql-status").getElement().getAttribute("role")).isEqualTo("status");
    }

    /** The view's own grid: a query API finds visible components only, and a refusal hides it. */
    private Grid<List<String>> grid() {
        return ((SparqlView) getCurrentView()).result;
    }

    private List<String> column(Grid<List<String>> grid, int column) {
        List<String> values = new ArrayList<>();
        for (int row = 0; row < test(grid).size(); row++) {
            values.add(test(grid).getRow(row).get(column));
        }
        return values;
    }
}
