package nl.datawijzer.opendata.export;

import org.jspecify.annotations.Nullable;

/**
 * One distribution as DCAT-AP-NL describes it; IRIs as text.
 *
 * @param byteSize dcat:byteSize, or null when unknown (a file elsewhere)
 * @param sha256 the SHA-256 spdx:checksum in lowercase hex, or null when unknown
 */
public record ExportedDistribution(String iri, String accessUrl, @Nullable String downloadUrl, @Nullable String format,
        @Nullable String license, @Nullable String mediaType, @Nullable String title, @Nullable Long byteSize,
        @Nullable String sha256) {

    /** A distribution without size and checksum (a file the municipality does not host). */
    public ExportedDistribution(String iri, String accessUrl, @Nullable String downloadUrl, @Nullable String format,
            @Nullable String license, @Nullable String mediaType, @Nullable String title) {
        this(iri, accessUrl, downloadUrl, format, license, mediaType, title, null, null);
    }
}
