package nl.datawijzer.opendata.sparql;

import java.util.List;

/** The read query forms the public endpoint answers, each with the result formats it can give (default first). */
public enum QueryForm {
    SELECT(List.of(SparqlResultFormat.JSON, SparqlResultFormat.XML, SparqlResultFormat.CSV, SparqlResultFormat.TSV)),
    ASK(List.of(SparqlResultFormat.JSON, SparqlResultFormat.XML, SparqlResultFormat.CSV, SparqlResultFormat.TSV)),
    CONSTRUCT(List.of(SparqlResultFormat.TURTLE, SparqlResultFormat.JSON_LD, SparqlResultFormat.N_TRIPLES)),
    DESCRIBE(List.of(SparqlResultFormat.TURTLE, SparqlResultFormat.JSON_LD, SparqlResultFormat.N_TRIPLES));

    private final List<SparqlResultFormat> formats;

    QueryForm(List<SparqlResultFormat> formats) {
        this.formats = formats;
    }

    /** The formats this form can be answered in; the first is the default. */
    public List<SparqlResultFormat> formats() {
        return formats;
    }
}
