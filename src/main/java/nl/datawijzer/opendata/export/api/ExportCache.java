package nl.datawijzer.opendata.export.api;

import java.io.ByteArrayOutputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Exported documents of the current public-store revision, so that harvesters and visitors asking for the same
 * catalog or dataset again get the bytes instead of a new export (a catalog export costs milliseconds of CPU per
 * request; under load it was the slowest public API). The revision grows with every change of the open-data view, so a
 * document is served only for the revision it was exported at or a later unchanged one: the revision is read before
 * the export, and the export reads a snapshot at least that new. Documents above {@code maxDocument} bytes are not
 * kept (a large catalog keeps streaming), and all kept documents together stay under {@code maxTotal} bytes.
 */
final class ExportCache {

    private final int maxDocument;
    private final long maxTotal;
    private final Map<String, byte[]> documents = new HashMap<>();
    private long revision = Long.MIN_VALUE;
    private long total;

    ExportCache(int maxDocument, long maxTotal) {
        this.maxDocument = maxDocument;
        this.maxTotal = maxTotal;
    }

    synchronized Optional<byte[]> get(long currentRevision, String key) {
        if (currentRevision != revision) {
            return Optional.empty();
        }
        return Optional.ofNullable(documents.get(key));
    }

    synchronized void put(long exportedRevision, String key, byte[] document) {
        if (exportedRevision < revision || document.length > maxDocument) {
            return;
        }
        if (exportedRevision > revision) {
            documents.clear();
            total = 0;
            revision = exportedRevision;
        }
        if (total + document.length > maxTotal) {
            return;
        }
        byte[] old = documents.put(key, document);
        total += document.length - (old == null ? 0 : old.length);
    }

    /** Passes everything on to {@code out} and keeps a copy as long as it stays within {@code maxDocument}. */
    Copy copying(OutputStream out) {
        return new Copy(out, maxDocument);
    }

    static final class Copy extends FilterOutputStream {
        private final int limit;
        private ByteArrayOutputStream copy = new ByteArrayOutputStream();

        private Copy(OutputStream out, int limit) {
            super(out);
            this.limit = limit;
        }

        @Override
        public void write(int b) throws IOException {
            out.write(b);
            keep(new byte[] {(byte) b}, 0, 1);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len);
            keep(b, off, len);
        }

        private void keep(byte[] b, int off, int len) {
            if (copy != null) {
                if (copy.size() + len > limit) {
                    copy = null;
                } else {
                    copy.write(b, off, len);
                }
            }
        }

        /** The whole document, unless it grew beyond the limit. */
        Optional<byte[]> document() {
            return copy == null ? Optional.empty() : Optional.of(copy.toByteArray());
        }
    }
}
