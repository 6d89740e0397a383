package nl.datawijzer.opendata.sparql;

import java.io.OutputStream;

/** The answer to one public query, read whole (within the result limit) before anything is written. */
public interface SparqlAnswer {

    QueryForm form();

    /** Whether the result limit cut the answer: more rows or triples existed. */
    boolean truncated();

    /** Writes the answer; {@code format} must be one of {@link QueryForm#formats()} of {@link #form()}. */
    void write(SparqlResultFormat format, OutputStream out);

    SparqlTable table();
}
