package nl.datawijzer.opendata.sparql.internal;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.datawijzer.opendata.sparql.QueryForm;
import nl.datawijzer.opendata.sparql.SparqlRefusedException;
import nl.datawijzer.opendata.sparql.SparqlRefusedException.Reason;
import org.apache.jena.graph.Node;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.QueryParseException;
import org.apache.jena.query.Syntax;
import org.apache.jena.sparql.algebra.Algebra;
import org.apache.jena.sparql.algebra.Op;
import org.apache.jena.sparql.algebra.OpVisitorBase;
import org.apache.jena.sparql.algebra.op.OpService;
import org.apache.jena.sparql.algebra.walker.Walker;
import org.apache.jena.sparql.core.TriplePath;
import org.apache.jena.sparql.expr.Expr;
import org.apache.jena.sparql.expr.ExprAggregator;
import org.apache.jena.sparql.expr.ExprFunctionN;
import org.apache.jena.sparql.expr.ExprFunctionOp;
import org.apache.jena.sparql.expr.ExprVisitorBase;
import org.apache.jena.sparql.expr.ExprFunction;
import org.apache.jena.sparql.syntax.Element;
import org.apache.jena.sparql.syntax.ElementAssign;
import org.apache.jena.sparql.syntax.ElementBind;
import org.apache.jena.sparql.syntax.ElementFilter;
import org.apache.jena.sparql.syntax.ElementPathBlock;
import org.apache.jena.sparql.syntax.ElementService;
import org.apache.jena.sparql.syntax.ElementSubQuery;
import org.apache.jena.sparql.syntax.ElementVisitorBase;
import org.apache.jena.sparql.syntax.ElementWalker;
import org.apache.jena.update.UpdateFactory;

/**
 * Decides whether a public query may run, on its parsed form, never on its text: strict SPARQL 1.1 (no ARQ
 * extensions), a read form, no SERVICE anywhere (group, subquery, OPTIONAL, UNION, MINUS, EXISTS in a filter, BIND,
 * projection, GROUP BY, HAVING, ORDER BY, aggregate), and no function loaded by Java class name ({@code java:}).
 * The syntax tree is walked and, as a second look, the algebra it compiles to.
 */
public final class QueryGuard {

    private static final String JAVA_SCHEME = "java:";
    private static final Pattern POSITION = Pattern.compile("line (-?\\d+), column (-?\\d+)");

    private QueryGuard() {
    }

    /**
     * @return the parsed query, safe to run on the open-data view
     * @throws SparqlRefusedException when it may not run; the messages say why in Dutch and English
     */
    public static Query check(String text, int maxLength) {
        if (text.isBlank()) {
            throw new SparqlRefusedException(Reason.EMPTY,
                    "Geef een SPARQL-query op (parameter query).",
                    "Provide a SPARQL query (parameter query).");
        }
        if (text.length() > maxLength) {
            throw new SparqlRefusedException(Reason.TOO_LONG,
                    "De query is te lang: hoogstens " + maxLength + " tekens.",
                    "The query is too long: at most " + maxLength + " characters.");
        }
        Query query = parse(text);
        checkQuery(query);
        if (query.getQueryPattern() != null) {
            checkOp(Algebra.compile(query));
        }
        return query;
    }

    public static QueryForm form(Query query) {
        if (query.isSelectType()) {
            return QueryForm.SELECT;
        }
        if (query.isAskType()) {
            return QueryForm.ASK;
        }
        if (query.isConstructType()) {
            return QueryForm.CONSTRUCT;
        }
        if (query.isDescribeType()) {
            return QueryForm.DESCRIBE;
        }
        throw updateRefused();
    }

    private static Query parse(String text) {
        try {
            Query query = QueryFactory.create(text, Syntax.syntaxSPARQL_11);
            form(query);
            return query;
        } catch (QueryParseException e) {
            if (isUpdate(text)) {
                throw updateRefused();
            }
            // The parser's message points at the offending token; the exception's own position can be an earlier one.
            Matcher at = POSITION.matcher(e.getMessage() == null ? "" : e.getMessage());
            boolean found = at.find();
            String line = found ? at.group(1) : Integer.toString(e.getLine());
            String column = found ? at.group(2) : Integer.toString(e.getColumn());
            throw new SparqlRefusedException(Reason.SYNTAX,
                    "De query is geen geldige SPARQL 1.1 (regel " + line + ", kolom " + column + "): " + detail(e),
                    "The query is not valid SPARQL 1.1 (line " + line + ", column " + column + "): " + detail(e));
        }
    }

    /** Parsing (never running) the text as an update tells an update apart from a mistyped query. */
    private static boolean isUpdate(String text) {
        try {
            UpdateFactory.create(text, Syntax.syntaxSPARQL_11);
            return true;
        } catch (RuntimeException e) {
            return false;
        }
    }

    private static String detail(QueryParseException e) {
        String message = e.getMessage() == null ? "" : e.getMessage().strip();
        String firstLine = message.lines().findFirst().orElse("");
        return firstLine.length() > 300 ? firstLine.substring(0, 300) + "..." : firstLine;
    }

    private static SparqlRefusedException updateRefused() {
        return SparqlRefusedException.update();
    }

    static SparqlRefusedException serviceRefused() {
        return new SparqlRefusedException(Reason.SERVICE,
                "SERVICE is niet toegestaan: dit openbare eindpunt raadpleegt geen andere SPARQL-eindpunten.",
                "SERVICE is not allowed: this public endpoint does not query other SPARQL endpoints.");
    }

    private static SparqlRefusedException javaFunctionRefused(String iri) {
        return new SparqlRefusedException(Reason.NOT_ALLOWED,
                "De functie <" + iri + "> is niet toegestaan op dit openbare eindpunt.",
                "The function <" + iri + "> is not allowed on this public endpoint.");
    }

    private static void checkQuery(Query query) {
        if (query.getQueryPattern() != null) {
            checkElement(query.getQueryPattern());
        }
        if (query.getProject() != null) {
            query.getProject().getExprs().values().forEach(QueryGuard::checkExpr);
        }
        if (query.getGroupBy() != null) {
            query.getGroupBy().getExprs().values().forEach(QueryGuard::checkExpr);
        }
        if (query.getHavingExprs() != null) {
            query.getHavingExprs().forEach(QueryGuard::checkExpr);
        }
        if (query.getOrderBy() != null) {
            query.getOrderBy().forEach(condition -> checkExpr(condition.getExpression()));
        }
        if (query.getAggregators() != null) {
            query.getAggregators().forEach(QueryGuard::checkExpr);
        }
    }

    private static void checkElement(Element element) {
        ElementWalker.walk(element, new ElementVisitorBase() {
            @Override
            public void visit(ElementService el) {
                throw serviceRefused();
            }

            @Override
            public void visit(ElementSubQuery el) {
                checkQuery(el.getQuery());
            }

            @Override
            public void visit(ElementFilter el) {
                checkExpr(el.getExpr());
            }

            @Override
            public void visit(ElementBind el) {
                checkExpr(el.getExpr());
            }

            @Override
            public void visit(ElementAssign el) {
                checkExpr(el.getExpr());
            }

            @Override
            public void visit(ElementPathBlock el) {
                for (TriplePath path : el.getPattern()) {
                    Node predicate = path.getPredicate();
                    if (predicate != null && predicate.isURI() && predicate.getURI().toLowerCase(Locale.ROOT).startsWith(JAVA_SCHEME)) {
                        throw javaFunctionRefused(predicate.getURI());
                    }
                }
            }
        });
    }

    private static void checkExpr(Expr expr) {
        Walker.walk(expr, new ExprVisitorBase() {
            @Override
            public void visit(ExprFunctionOp function) {
                if (function.getElement() != null) {
                    checkElement(function.getElement());
                }
                if (function.getGraphPattern() != null) {
                    checkOp(function.getGraphPattern());
                }
            }

            @Override
            public void visit(ExprFunctionN function) {
                refuseJavaFunction(function);
            }

            @Override
            public void visit(ExprAggregator aggregator) {
                if (aggregator.getAggregator().getExprList() != null) {
                    aggregator.getAggregator().getExprList().forEach(QueryGuard::checkExpr);
                }
            }
        });
    }

    private static void refuseJavaFunction(ExprFunction function) {
        String iri = function.getFunctionIRI();
        if (iri != null && iri.toLowerCase(Locale.ROOT).startsWith(JAVA_SCHEME)) {
            throw javaFunctionRefused(iri);
        }
    }

    private static void checkOp(Op op) {
        Walker.walk(op, new OpVisitorBase() {
            @Override
            public void visit(OpService service) {
                throw serviceRefused();
            }
        }, new ExprVisitorBase() {
            @Override
            public void visit(ExprFunctionOp function) {
                if (function.getGraphPattern() != null) {
                    checkOp(function.getGraphPattern());
                }
                if (function.getElement() != null) {
                    checkElement(function.getElement());
                }
            }
        });
    }
}
