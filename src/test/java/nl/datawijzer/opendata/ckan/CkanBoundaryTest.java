package nl.datawijzer.opendata.ckan;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import nl.datawijzer.bench.OpenDataViewGenerator;
import nl.datawijzer.opendata.OpenDataViewChangedEvent;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.junit.jupiter.api.Test;

/**
 * Generated views, several seeds: a random part of the generated datasets is published, the rest left out. No action
 * may name, count or show a dataset that is not in the view, and after a withdrawal the withdrawn one is gone at once.
 */
class CkanBoundaryTest {

    private static final Node TYPE = NodeFactory.createURI("http://www.w3.org/1999/02/22-rdf-syntax-ns#type");
    private static final Node DATASET = NodeFactory.createURI("http://www.w3.org/ns/dcat#Dataset");
    private static final Node IDENTIFIER = NodeFactory.createURI("http://purl.org/dc/terms/identifier");

    @Test
    void nothingOutsideTheViewIsListedShownFoundOrCounted() {
        CkanFixture fixture = new CkanFixture("opendata/open-data-view.ttl");
        for (long seed = 1; seed <= 3; seed++) {
            Random random = new Random(seed);
            Graph generated = OpenDataViewGenerator.generate(fixture.iris, 60, seed);
            Set<String> all = new HashSet<>();
            Set<String> published = new HashSet<>();
            Graph view = org.apache.jena.sparql.graph.GraphFactory.createDefaultGraph();
            generated.find().forEachRemaining(view::add);
            for (Triple t : generated.find(Node.ANY, TYPE, DATASET).toList()) {
                String slug = generated.find(t.getSubject(), IDENTIFIER, Node.ANY).next().getObject().getLiteralLexicalForm();
                all.add(slug);
                if (random.nextInt(3) == 0) {
                    published.add(slug);
                } else {
                    withdraw(view, t.getSubject());
                }
            }
            fixture.writeView(view);
            fixture.index.onViewChanged(new OpenDataViewChangedEvent(List.of()));

            assertThat(list(fixture, "package_list", Map.of())).as("seed %d", seed).containsExactlyInAnyOrderElementsOf(published);
            for (String slug : all) {
                assertThat(fixture.actions.call("package_show", new CkanParameters(Map.of("id", slug))).status())
                        .as(slug).isEqualTo(published.contains(slug) ? 200 : 404);
            }
            for (String subject : words()) {
                CkanSearchResult result = search(fixture, Map.of("q", subject, "rows", "1000",
                        "facet.field", "[\"groups\",\"tags\",\"res_format\",\"organization\",\"license_id\"]"));
                assertThat(result.packages()).extracting(CkanPackage::name).allMatch(published::contains);
                assertThat(result.count()).isEqualTo(result.packages().size());
                long organizations = result.facets().get("organization").values().stream().mapToLong(Long::longValue).sum();
                assertThat(organizations).as("every package has one organization").isEqualTo(result.count());
            }
            CkanSearchResult everything = search(fixture, Map.of("rows", "1000"));
            assertThat(everything.count()).isEqualTo(published.size());

            // Withdrawing one: gone from every answer as soon as the change is announced.
            if (!published.isEmpty()) {
                String gone = published.iterator().next();
                withdraw(view, fixture.iris.record(nl.datawijzer.rdf.RecordKind.DATASET, gone));
                fixture.writeView(view);
                fixture.index.onViewChanged(new OpenDataViewChangedEvent(List.of(gone)));
                assertThat(list(fixture, "package_list", Map.of())).doesNotContain(gone).hasSize(published.size() - 1);
                assertThat(fixture.actions.call("package_show", new CkanParameters(Map.of("id", gone))).status()).isEqualTo(404);
                assertThat(search(fixture, Map.of("rows", "1000")).packages()).extracting(CkanPackage::name).doesNotContain(gone);
            }
        }
    }

    /** Takes a dataset and its distributions and contact point out of the view. */
    private static void withdraw(Graph view, Node dataset) {
        List<Node> linked = new ArrayList<>();
        view.find(dataset, Node.ANY, Node.ANY).forEachRemaining(t -> {
            if (!t.getObject().isLiteral() && !t.getPredicate().getURI().endsWith("publisher")
                    && !t.getPredicate().getURI().endsWith("type") && (t.getObject().isBlank()
                    || t.getObject().getURI().startsWith(dataset.getURI() + "/"))) {
                linked.add(t.getObject());
            }
        });
        for (Node node : linked) {
            view.find(node, Node.ANY, Node.ANY).toList().forEach(view::delete);
        }
        view.find(dataset, Node.ANY, Node.ANY).toList().forEach(view::delete);
    }

    private static List<String> words() {
        return List.of("afvalinzameling", "bomen", "wijk", "buurt", "subsidies", "jeugdhulp", "2015", "financiën",
                "verkeer", "klimaat");
    }

    @SuppressWarnings("unchecked")
    private static List<String> list(CkanFixture fixture, String action, Map<String, Object> parameters) {
        return (List<String>) ((CkanActions.Envelope) fixture.actions.call(action, new CkanParameters(parameters)).body()).result();
    }

    private static CkanSearchResult search(CkanFixture fixture, Map<String, Object> parameters) {
        return (CkanSearchResult) ((CkanActions.Envelope) fixture.actions.call("package_search",
                new CkanParameters(parameters)).body()).result();
    }
}
