package nl.datawijzer.catalog.internal;

import nl.datawijzer.catalog.RecordNotFoundException;
import nl.datawijzer.rdf.StoreWriter;
import nl.datawijzer.rdf.WriteRefusedException;
import nl.datawijzer.rdf.vocab.Terms;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.graph.GraphFactory;

/** The create-or-update rule every record shares: a new record must not exist yet, an edited one must. */
final class RecordGraphs {

    private RecordGraphs() {
    }

    /**
     * The graph to edit: empty for a new record, a copy of the stored one for an existing record.
     *
     * @param kindNl Dutch name of the kind for messages, e.g. "systeem"
     */
    static Graph open(StoreWriter writer, Node graphName, boolean isNew, String kindNl, String kindEn, String slug) {
        boolean exists = writer.containsGraph(graphName);
        if (isNew && exists) {
            throw WriteRefusedException.of(Terms.DCT_IDENTIFIER.getURI(),
                    "Er bestaat al een " + kindNl + " met identificatie '" + slug + "'.",
                    "A " + kindEn + " with identifier '" + slug + "' already exists.");
        }
        if (!isNew && !exists) {
            throw new RecordNotFoundException(capitalised(kindNl), slug);
        }
        return isNew ? GraphFactory.createDefaultGraph() : writer.graph(graphName);
    }

    static void requireExists(StoreWriter writer, Node graphName, String kindNl, String slug) {
        if (!writer.containsGraph(graphName)) {
            throw new RecordNotFoundException(capitalised(kindNl), slug);
        }
    }

    private static String capitalised(String word) {
        return Character.toUpperCase(word.charAt(0)) + word.substring(1);
    }
}
