package nl.datawijzer.rdf;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.jena.graph.Node;
import org.apache.jena.query.Query;
import org.apache.jena.query.SortCondition;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.expr.aggregate.AggCount;
import org.apache.jena.sparql.engine.binding.BindingFactory;
import org.apache.jena.sparql.expr.ExprTransformCopy;
import org.apache.jena.sparql.syntax.Element;
import org.apache.jena.sparql.syntax.ElementData;
import org.apache.jena.sparql.syntax.ElementSubQuery;
import org.apache.jena.sparql.syntax.syntaxtransform.ElementTransformCopyBase;
import org.apache.jena.sparql.syntax.syntaxtransform.ElementTransformer;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.engine.binding.BindingBuilder;

/**
 * A query from a {@code .rq} resource with its parameters bound as RDF terms, and paging and sort order
 * set on the parsed query (never by editing its text).
 */
public final class PreparedQuery {

    private final Query template;
    private final Map<String, Node> params = new LinkedHashMap<>();
    private final Map<String, List<Node>> values = new LinkedHashMap<>();
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

    /**
     * Restricts a variable to a list of terms, by filling each {@code VALUES ?variable { UNDEF }} block of the
     * query (subqueries included). Without this call such a block leaves the variable free, so one query file
     * serves both "all" and "these", and the store starts its joins from the given terms instead of filtering
     * the whole catalog.
     */
    public PreparedQuery values(String variable, Collection<Node> terms) {
        if (terms.isEmpty()) {
            throw new IllegalArgumentException("VALUES ?" + variable + " needs at least one term");
        }
        values.put(variable, List.copyOf(terms));
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
        counted.values.putAll(values);
        return counted;
    }

    Query query() {
        Query q = template.cloneQuery();
        if (!values.isEmpty()) {
            int[] filled = {0};
            q = withValues(template, filled);
            if (filled[0] == 0) {
                throw new IllegalStateException("The query has no VALUES block with UNDEF for " + values.keySet());
            }
        }
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

    private Query withValues(Query query, int[] filled) {
        Query copy = query.cloneQuery();
        copy.setQueryPattern(ElementTransformer.transform(copy.getQueryPattern(), new ElementTransformCopyBase() {
            @Override
            public Element transform(ElementData data) {
                if (data.getVars().size() == 1 && values.containsKey(data.getVars().getFirst().getVarName())
                        && data.getRows().stream().allMatch(Binding::isEmpty)) {
                    Var var = data.getVars().getFirst();
                    ElementData filledBlock = new ElementData(List.of(var),
                            values.get(var.getVarName()).stream().map(term -> BindingFactory.binding(var, term)).toList());
                    filled[0]++;
                    return filledBlock;
                }
                return data;
            }

            @Override
            public Element transform(ElementSubQuery subQuery, Query inner) {
                return new ElementSubQuery(withValues(inner, filled));
            }
        }, new ExprTransformCopy()));
        return copy;
    }

    Binding substitution() {
        BindingBuilder builder = BindingBuilder.create();
        params.forEach((name, value) -> builder.add(Var.alloc(name), value));
        return builder.build();
    }
}
