package nl.datawijzer.catalog.ui;

import java.util.List;

/**
 * The field datatypes the model allows (XSD IRIs) and the translation keys of their words for readers
 * ("tekst", "geheel getal" ...): people who are not developers should not need to read XSD names.
 */
final class DatatypeWords {

    private static final String XSD = "http://www.w3.org/2001/XMLSchema#";

    /** In the order a form offers them. */
    static final List<String> IRIS = List.of("string", "integer", "decimal", "boolean", "date", "dateTime",
            "gYear", "gYearMonth", "anyURI").stream().map(local -> XSD + local).toList();

    private DatatypeWords() {
    }

    /** The translation key of the datatype's words, or {@code null} for a datatype the model does not know. */
    static @org.jspecify.annotations.Nullable String key(String iri) {
        return IRIS.contains(iri) ? "catalog.datatype." + iri.substring(XSD.length()) : null;
    }

    /** The datatype in words, through the given translator; an unknown datatype is shown as its IRI. */
    static String words(String iri, java.util.function.Function<String, String> translate) {
        String key = key(iri);
        return key == null ? iri : translate.apply(key);
    }
}
