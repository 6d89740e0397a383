package nl.datawijzer.catalog.internal;

import nl.datawijzer.rdf.vocab.Literals;
import java.util.List;
import java.util.Map;
import nl.datawijzer.catalog.AgentDraft;
import nl.datawijzer.catalog.AgentId;
import nl.datawijzer.catalog.AgentSummary;
import nl.datawijzer.catalog.Page;
import nl.datawijzer.catalog.PageRequest;
import nl.datawijzer.rdf.Iris;
import nl.datawijzer.rdf.PreparedQuery;
import nl.datawijzer.rdf.RdfStore;
import nl.datawijzer.rdf.RecordKind;
import nl.datawijzer.rdf.Row;
import nl.datawijzer.rdf.Sparql;
import nl.datawijzer.rdf.vocab.Terms;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.springframework.stereotype.Repository;

/** Owners, stewards and publishers: teams, posts and organisations. */
@Repository
public class AgentRepository {

    static final Map<String, String> SORT_KEYS = Map.of("name", "sortName", "datasets", "ownedDatasets");

    private final RdfStore store;
    private final Iris iris;
    private final References references;

    AgentRepository(RdfStore store, Iris iris, References references) {
        this.store = store;
        this.iris = iris;
        this.references = references;
    }

    /** Creates or updates an agent; the ORG type and contact details are replaced, the rest kept. */
    public void save(AgentDraft draft, boolean isNew) {
        AgentId id = new AgentId(draft.slug());
        Node agent = iris.record(RecordKind.AGENT, id.slug());
        Node graphName = iris.graph(RecordKind.AGENT, id.slug());
        store.write(writer -> {
            Graph graph = RecordGraphs.open(writer, graphName, isNew, "eigenaar", "owner", id.slug());
            graph.remove(agent, Terms.RDF_TYPE, Node.ANY);
            List.of(Terms.FOAF_NAME, Terms.DCT_DESCRIPTION, Terms.VCARD_HAS_EMAIL, Terms.DCT_MODIFIED)
                    .forEach(p -> graph.remove(agent, p, Node.ANY));
            graph.add(Triple.create(agent, Terms.RDF_TYPE, Terms.FOAF_AGENT));
            graph.add(Triple.create(agent, Terms.RDF_TYPE, Terms.uri(draft.kind().orgClassIri())));
            graph.add(Triple.create(agent, Terms.FOAF_NAME, Literals.dutch(draft.name())));
            if (draft.description() != null && !draft.description().isBlank()) {
                graph.add(Triple.create(agent, Terms.DCT_DESCRIPTION, Literals.dutch(draft.description())));
            }
            if (draft.email() != null && !draft.email().isBlank()) {
                graph.add(Triple.create(agent, Terms.VCARD_HAS_EMAIL, Literals.mailto(draft.email())));
            }
            graph.add(Triple.create(agent, Terms.DCT_MODIFIED, Literals.now()));
            writer.replaceGraph(graphName, graph);
            return null;
        });
    }

    /** Deletes an agent; refused while it still owns or stewards anything. */
    public void delete(AgentId id) {
        Node agent = iris.record(RecordKind.AGENT, id.slug());
        Node graphName = iris.graph(RecordKind.AGENT, id.slug());
        store.write(writer -> {
            references.deleteRecord(writer, agent, graphName, "eigenaar", id.slug(),
                    "De eigenaar kan niet worden verwijderd: deze is nog eigenaar of beheerder van: ",
                    "The owner cannot be deleted: it still owns or stewards: ");
            return null;
        });
    }

    public Page<AgentSummary> list(String text, PageRequest page) {
        return store.read(reader -> {
            long total = Row.of(reader.select(query(text).count())).getFirst().integer("count");
            List<AgentSummary> items = Row.of(reader.select(Sorting.apply(query(text), page, SORT_KEYS)))
                    .stream()
                    .filter(row -> iris.slugOf(RecordKind.AGENT, row.iri("agent")).isPresent())
                    .map(row -> new AgentSummary(new AgentId(iris.slugOf(RecordKind.AGENT, row.iri("agent")).orElseThrow()),
                            row.text("name"), row.text("kind"), email(row.optionalText("email")),
                            row.integer("ownedDatasets")))
                    .toList();
            return new Page<>(items, total);
        });
    }

    private static PreparedQuery query(String text) {
        return Sparql.query(Queries.AGENTS).bind("q", Literals.text(text == null ? "" : text.strip()));
    }

    private static String email(String mailto) {
        return mailto == null ? null : mailto.replaceFirst("^mailto:", "");
    }
}
