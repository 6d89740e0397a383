package nl.datawijzer.opendata.dcatimport;

import nl.datawijzer.opendata.export.ExportFormat;

/**
 * A DCAT document as read, before it is parsed: its origin ({@code https://...} for a fetched document,
 * {@code bestand: <name>} for an upload), its format and its bytes (never more than the configured import size).
 * Kept between preview and import so that the import applies exactly what was previewed.
 */
public record DcatDocument(String origin, ExportFormat format, byte[] content) {

    public DcatDocument {
        content = content.clone();
    }

    @Override
    public byte[] content() {
        return content.clone();
    }

    public int size() {
        return content.length;
    }
}
