package nl.datawijzer.opendata.sparql.internal;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import nl.datawijzer.opendata.sparql.QueryForm;
import nl.datawijzer.opendata.sparql.SparqlAnswer;
import nl.datawijzer.opendata.sparql.SparqlRefusedException;
import nl.datawijzer.opendata.sparql.SparqlUnavailableException;
import nl.datawijzer.rdf.Iris;
import nl.datawijzer.rdf.PublicRdfStore;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryCancelledException;
import org.apache.jena.query.QueryException;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.RowSet;
import org.apache.jena.sparql.graph.GraphFactory;
import org.springframework.stereotype.Component;

/**
 * Runs a checked query on the open-data view of the public store and reads its answer whole, at most the result limit
 * plus one (to know whether it was cut), inside the read transaction. A SELECT without a smaller LIMIT of its own gets
 * that limit put into its syntax tree, so the engine stops early and ORDER BY keeps only the top rows in memory.
 */
@Component
public class SparqlRunner {

    private final PublicRdfStore store;
    private final Node openData;

    public SparqlRunner(PublicRdfStore store, Iris iris) {
        this.store = store;
        this.openData = NodeFactory.createURI(iris.recordGraphPrefix() + "opendata");
    }

    /**
     * @throws SparqlUnavailableException when the query ran past {@code timeout} and was stopped
     * @throws SparqlRefusedException when the engine refused it while running
     */
    public SparqlAnswer run(Query checked, Duration timeout, int limit) {
        QueryForm form = QueryGuard.form(checked);
        Query query = form == QueryForm.SELECT ? limited(checked, limit) : checked;
        try {
            return store.queryGraph(openData, query, timeout, exec -> switch (form) {
                case SELECT -> select(exec, limit);
                case ASK -> JenaAnswer.ask(exec.ask());
                case CONSTRUCT -> graph(form, exec.constructTriples(), limit, checked);
                case DESCRIBE -> graph(form, exec.describeTriples(), limit, checked);
            });
        } catch (QueryCancelledException e) {
            throw new SparqlUnavailableException(SparqlUnavailableException.Reason.TIMEOUT,
                    "De query duurde langer dan " + seconds(timeout) + " en is afgebroken. Maak de query kleiner of "
                            + "specifieker.",
                    "The query ran longer than " + seconds(timeout) + " and was stopped. Make the query smaller or "
                            + "more specific.");
        } catch (QueryException e) {
            throw new SparqlRefusedException(SparqlRefusedException.Reason.FAILED,
                    "De query kon niet worden uitgevoerd: " + e.getMessage(),
                    "The query could not be run: " + e.getMessage());
        }
    }

    private static String seconds(Duration timeout) {
        return timeout.toMillis() % 1000 == 0 ? timeout.toSeconds() + " s" : timeout.toMillis() + " ms";
    }

    private static Query limited(Query checked, int limit) {
        long wanted = (long) limit + 1;
        if (checked.hasLimit() && checked.getLimit() <= wanted) {
            return checked;
        }
        Query copy = checked.cloneQuery();
        copy.setLimit(wanted);
        return copy;
    }

    private static SparqlAnswer select(QueryExec exec, int limit) {
        RowSet rows = exec.select();
        List<Var> vars = rows.getResultVars();
        List<Binding> kept = new ArrayList<>();
        boolean truncated = false;
        while (rows.hasNext()) {
            Binding row = rows.next();
            if (kept.size() == limit) {
                truncated = true;
                break;
            }
            // TDB2 resolves values lazily; detach before the transaction ends.
            kept.add(row.detach());
        }
        return JenaAnswer.select(vars, kept, truncated);
    }

    private static SparqlAnswer graph(QueryForm form, Iterator<Triple> triples, int limit, Query query) {
        Graph graph = GraphFactory.createDefaultGraph();
        graph.getPrefixMapping().setNsPrefixes(query.getPrefixMapping());
        boolean truncated = false;
        while (triples.hasNext()) {
            Triple triple = triples.next();
            if (graph.size() == limit && !graph.contains(triple)) {
                truncated = true;
                break;
            }
            graph.add(triple);
        }
        return JenaAnswer.graph(form, graph, truncated);
    }
}
