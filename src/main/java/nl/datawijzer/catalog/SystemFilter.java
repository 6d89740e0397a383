package nl.datawijzer.catalog;

/** Filters the systems list: free text on title and description; {@code kindIri} empty for all kinds. */
public record SystemFilter(String text, String kindIri) {
    public static final SystemFilter NONE = new SystemFilter("", "");

    public SystemFilter {
        text = text == null ? "" : text.strip();
        kindIri = kindIri == null ? "" : kindIri;
    }
}
