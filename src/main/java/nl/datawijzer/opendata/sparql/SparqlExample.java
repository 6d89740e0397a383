package nl.datawijzer.opendata.sparql;

/** A ready-made query to start from: its key (for the label in the UI) and its text. */
public record SparqlExample(String key, String query) {
}
