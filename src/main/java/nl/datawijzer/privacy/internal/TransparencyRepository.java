package nl.datawijzer.privacy.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import nl.datawijzer.privacy.SystemTransparency;
import nl.datawijzer.rdf.Iris;
import nl.datawijzer.rdf.RdfStore;
import nl.datawijzer.rdf.Row;
import nl.datawijzer.rdf.Sparql;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.springframework.stereotype.Repository;

/**
 * Reads the public page "Waar ben ik bekend?" from the catalog and the processing register with one query, which
 * selects concept labels and register texts only (see {@code transparency.rq}).
 */
@Repository
public class TransparencyRepository {

    private static final String QUERY = "nl/datawijzer/privacy/internal/transparency.rq";

    private final RdfStore store;
    private final Iris iris;

    TransparencyRepository(RdfStore store, Iris iris) {
        this.store = store;
        this.iris = iris;
    }

    /** Grows with every committed change to the catalog or the register: what a cached page was built from. */
    public long revision() {
        return store.revision();
    }

    public List<SystemTransparency> systems(Locale language) {
        Node lang = NodeFactory.createLiteralString(language.getLanguage());
        List<Row> rows = store.read(reader -> Row.of(reader.select(Sparql.query(QUERY).bind("lang", lang))));
        List<TransparencyFact> facts = new ArrayList<>();
        Map<String, TransparencyFact.ConceptLabel> labels = new HashMap<>();
        for (Row row : rows) {
            if (row.node("system") == null) {
                // More than one label in a language (a list loaded twice): any one of them will do.
                labels.putIfAbsent(row.iri("value"), new TransparencyFact.ConceptLabel(row.optionalText("label"),
                        row.optionalText("dutchLabel"), row.bool("special")));
            } else {
                Node value = row.node("value");
                boolean literal = value != null && value.isLiteral();
                facts.add(new TransparencyFact(row.iri("system"), row.node("activity") == null ? null : row.iri("activity"),
                        row.iri("property"), row.text("value"), literal ? value.getLiteralLanguage() : "", !literal));
            }
        }
        return TransparencyAssembly.assemble(facts, labels, language, iris);
    }
}
