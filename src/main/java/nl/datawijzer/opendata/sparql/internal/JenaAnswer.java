package nl.datawijzer.opendata.sparql.internal;

import java.io.OutputStream;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import nl.datawijzer.opendata.sparql.QueryForm;
import nl.datawijzer.opendata.sparql.SparqlAnswer;
import nl.datawijzer.opendata.sparql.SparqlResultFormat;
import nl.datawijzer.opendata.sparql.SparqlTable;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.resultset.ResultSetLang;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.engine.iterator.QueryIterPlainWrapper;
import org.apache.jena.sparql.exec.RowSet;
import org.apache.jena.sparql.resultset.ResultsWriter;

/** An answer read whole from the store: rows, a boolean or a graph, detached from any transaction. */
final class JenaAnswer implements SparqlAnswer {

    private final QueryForm form;
    private final List<Var> vars;
    private final List<Binding> rows;
    private final boolean ask;
    private final Graph graph;
    private final boolean truncated;

    private JenaAnswer(QueryForm form, List<Var> vars, List<Binding> rows, boolean ask, Graph graph, boolean truncated) {
        this.form = form;
        this.vars = vars;
        this.rows = rows;
        this.ask = ask;
        this.graph = graph;
        this.truncated = truncated;
    }

    static JenaAnswer select(List<Var> vars, List<Binding> rows, boolean truncated) {
        return new JenaAnswer(QueryForm.SELECT, List.copyOf(vars), List.copyOf(rows), false, null, truncated);
    }

    static JenaAnswer ask(boolean answer) {
        return new JenaAnswer(QueryForm.ASK, List.of(), List.of(), answer, null, false);
    }

    static JenaAnswer graph(QueryForm form, Graph graph, boolean truncated) {
        return new JenaAnswer(form, List.of(), List.of(), false, graph, truncated);
    }

    @Override
    public QueryForm form() {
        return form;
    }

    @Override
    public boolean truncated() {
        return truncated;
    }

    @Override
    public void write(SparqlResultFormat format, OutputStream out) {
        if (!form.formats().contains(format)) {
            throw new IllegalArgumentException(form + " cannot be written as " + format);
        }
        switch (form) {
            case SELECT -> ResultsWriter.create().lang(resultLang(format)).build().write(out, rowSet());
            case ASK -> ResultsWriter.create().lang(resultLang(format)).build().write(out, ask);
            case CONSTRUCT, DESCRIBE -> RDFDataMgr.write(out, graph, switch (format) {
                case JSON_LD -> RDFFormat.JSONLD11;
                case N_TRIPLES -> RDFFormat.NTRIPLES;
                default -> RDFFormat.TURTLE_PRETTY;
            });
        }
    }

    private RowSet rowSet() {
        return RowSet.create(QueryIterPlainWrapper.create(rows.iterator()), vars);
    }

    private static Lang resultLang(SparqlResultFormat format) {
        return switch (format) {
            case XML -> ResultSetLang.RS_XML;
            case CSV -> ResultSetLang.RS_CSV;
            case TSV -> ResultSetLang.RS_TSV;
            default -> ResultSetLang.RS_JSON;
        };
    }

    @Override
    public SparqlTable table() {
        return switch (form) {
            case SELECT -> new SparqlTable(form, vars.stream().map(Var::getVarName).toList(), rows.stream()
                    .map(row -> vars.stream().map(v -> text(row.get(v))).toList()).toList(), truncated);
            case ASK -> new SparqlTable(form, List.of("ASK"), List.of(List.of(Boolean.toString(ask))), false);
            case CONSTRUCT, DESCRIBE -> {
                List<Triple> triples = new ArrayList<>(graph.find().toList());
                triples.sort(Comparator.comparing((Triple t) -> t.getSubject().toString())
                        .thenComparing(t -> t.getPredicate().toString()).thenComparing(t -> t.getObject().toString()));
                yield new SparqlTable(form, List.of("subject", "predicate", "object"), triples.stream()
                        .map(t -> List.of(text(t.getSubject()), text(t.getPredicate()), text(t.getObject()))).toList(),
                        truncated);
            }
        };
    }

    /** A value as people read it: an IRI whole, a literal as its text, a blank node as _:id. */
    private static String text(Node node) {
        if (node == null) {
            return "";
        }
        if (node.isURI()) {
            return node.getURI();
        }
        if (node.isLiteral()) {
            return node.getLiteralLexicalForm();
        }
        return node.isBlank() ? "_:" + node.getBlankNodeLabel() : node.toString();
    }
}
