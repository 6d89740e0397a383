package nl.datawijzer.catalog.internal;

import java.util.List;
import java.util.Map;
import nl.datawijzer.catalog.AgentId;
import nl.datawijzer.catalog.AgentSummary;
import nl.datawijzer.catalog.Page;
import nl.datawijzer.catalog.PageRequest;
import nl.datawijzer.rdf.Iris;
import nl.datawijzer.rdf.RdfStore;
import nl.datawijzer.rdf.RecordKind;
import nl.datawijzer.rdf.Row;
import nl.datawijzer.rdf.Sparql;
import org.springframework.stereotype.Repository;

/** Owners, stewards and publishers: teams, posts and organisations. */
@Repository
public class AgentRepository {

    static final Map<String, String> SORT_KEYS = Map.of("name", "sortName", "datasets", "ownedDatasets");

    private final RdfStore store;
    private final Iris iris;

    AgentRepository(RdfStore store, Iris iris) {
        this.store = store;
        this.iris = iris;
    }

    public Page<AgentSummary> list(PageRequest page) {
        return store.read(reader -> {
            long total = Row.of(reader.select(Sparql.query(Queries.AGENTS).count())).getFirst().integer("count");
            List<AgentSummary> items = Row.of(reader.select(Sorting.apply(Sparql.query(Queries.AGENTS), page, SORT_KEYS)))
                    .stream()
                    .filter(row -> iris.slugOf(RecordKind.AGENT, row.iri("agent")).isPresent())
                    .map(row -> new AgentSummary(new AgentId(iris.slugOf(RecordKind.AGENT, row.iri("agent")).orElseThrow()),
                            row.text("name"), row.text("kind"), email(row.optionalText("email")),
                            row.integer("ownedDatasets")))
                    .toList();
            return new Page<>(items, total);
        });
    }

    private static String email(String mailto) {
        return mailto == null ? null : mailto.replaceFirst("^mailto:", "");
    }
}
