package nl.datawijzer.catalog.internal;

import java.util.List;
import java.util.stream.Collectors;
import nl.datawijzer.rdf.Row;
import nl.datawijzer.rdf.Sparql;
import nl.datawijzer.rdf.StoreReader;
import nl.datawijzer.rdf.StoreWriter;
import nl.datawijzer.rdf.WriteRefusedException;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.springframework.stereotype.Component;

/** The integrity rule for deletes: nothing may be deleted while another record still points at it. */
@Component
class References {

    /**
     * Removes a whole record (its graph), unless another record still points at it.
     *
     * @param kindNl Dutch name of the kind, for the not-found message
     */
    void deleteRecord(StoreWriter writer, Node record, Node graphName, String kindNl, String slug, String messageNl,
            String messageEn) {
        RecordGraphs.requireExists(writer, graphName, kindNl, slug);
        refuseIfReferenced(writer, record, record, messageNl, messageEn);
        writer.removeGraph(graphName);
    }

    /**
     * @param owner IRIs under {@code owner/} belong to the record being deleted and do not count (e.g. a
     *              dataset's own fields linking to each other)
     */
    void refuseIfReferenced(StoreReader reader, Node target, Node owner, String messageNl, String messageEn) {
        String own = owner.getURI() + "/";
        List<Row> rows = Row.of(reader.select(Sparql.query(Queries.REFERENCES_TO)
                .bind("target", target)
                .bind("exceptPrefix", NodeFactory.createLiteralString(own))));
        if (!rows.isEmpty()) {
            String names = rows.stream()
                    .map(r -> r.text("title").isEmpty() ? r.iri("subject") : r.text("title"))
                    .collect(Collectors.joining(", "));
            throw WriteRefusedException.of("", messageNl + names + ".", messageEn + names + ".");
        }
    }
}
