package nl.datawijzer.opendata.export;

import org.jspecify.annotations.Nullable;

/** One distribution as DCAT-AP-NL describes it; IRIs as text. */
public record ExportedDistribution(String iri, String accessUrl, @Nullable String downloadUrl, @Nullable String format,
        @Nullable String license, @Nullable String mediaType, @Nullable String title) {
}
