package nl.datawijzer.opendata.hosting;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * A distribution whose file the municipality hosts here.
 *
 * @param distributionIri the dcat:Distribution
 * @param fileName the dw:hostedFileName (sanitised on upload)
 * @param sha256 the SHA-256 of the file, lowercase hex (spdx:checksumValue)
 * @param downloadUrl the public address the file is served at (dcat:downloadURL)
 */
public record HostedFile(String distributionIri, String datasetSlug, String distributionSlug, String title,
        String fileName, HostedFileType type, long byteSize, String sha256, String licenceIri, String downloadUrl,
        @Nullable Instant modified) {

    /** The checksum shortened for display: the first 12 hex digits. */
    public String shortSha256() {
        return sha256.substring(0, Math.min(12, sha256.length()));
    }
}
