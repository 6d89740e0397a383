package nl.datawijzer.catalog;

/** A reference to a value-list concept or another record, with its label in the reader's language. */
public record Label(String iri, String label) {
}
