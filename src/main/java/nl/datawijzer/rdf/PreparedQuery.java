package nl.datawijzer.rdf;

import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.jena.graph.Node;
import org.apache.jena.query.Query;
import org.apache.jena.query.SortCondition;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.expr.aggregate.AggCount;
import org.apache.jena.sparql.syntax.ElementSubQuery;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.engine.binding.BindingBuilder;

/**
 * A query from a {@code .rq} resource with its parameters bound as RDF terms, and paging and sort order
 * set on the parsed query (never by editing its text).
 */
public final class PreparedQuery {

    private final Query template;
    private final Map<String, Node> params = new LinkedHashMap<>();
    private long limit = Query.NOLIMIT;
    private long offset = Query.NOLIMIT;
    private String sortVar;
    private boolean descending;

    PreparedQuery(Query template) {
        this.template = template;
    }

    public PreparedQuery bind(String variable, Node value) {
        params.put(variable, value);
        return this;
    }

    public PreparedQuery page(long offset, long limit) {
        this.offset = offset;
        this.limit = limit;
        return this;
    }

    /** Orders by a variable that the query selects; callers pass only names from a fixed list. */
    public PreparedQuery orderBy(String variable, boolean descending) {
        if (!template.getResultVars().contains(variable)) {
            throw new IllegalArgumentException("Query does not select ?" + variable);
        }
        this.sortVar = variable;
        this.descending = descending;
        return this;
    }

    /**
     * The same query wrapped as {@code SELECT (COUNT(*) AS ?count) { ... }}, without paging or order: the
     * total for a paged list, from the very same pattern, so list and count cannot drift apart.
     */
    public PreparedQuery count() {
        Query inner = template.cloneQuery();
        Query outer = new Query();
        outer.setQuerySelectType();
        outer.getProject().add(Var.alloc("count"), outer.allocAggregate(new AggCount()));
        outer.setQueryPattern(new ElementSubQuery(inner));
        PreparedQuery counted = new PreparedQuery(outer);
        counted.params.putAll(params);
        return counted;
    }

    Query query() {
        Query q = template.cloneQuery();
        if (sortVar != null) {
            // The sort key goes first; the query's own ORDER BY stays as the tie breaker.
            var existing = q.getOrderBy() == null ? java.util.List.<SortCondition>of() : java.util.List.copyOf(q.getOrderBy());
            if (q.getOrderBy() != null) {
                q.getOrderBy().clear();
            }
            q.addOrderBy(Var.alloc(sortVar), descending ? Query.ORDER_DESCENDING : Query.ORDER_ASCENDING);
            existing.forEach(q::addOrderBy);
        }
        if (limit != Query.NOLIMIT) {
            q.setLimit(limit);
        }
        if (offset != Query.NOLIMIT) {
            q.setOffset(offset);
        }
        return q;
    }

    Binding substitution() {
        BindingBuilder builder = BindingBuilder.create();
        params.forEach((name, value) -> builder.add(Var.alloc(name), value));
        return builder.build();
    }
}
