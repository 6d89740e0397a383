package nl.datawijzer.privacy;

import org.jspecify.annotations.Nullable;

/**
 * What the review queue shows; every part optional. {@code statusIri} defaults to all statuses; {@code text}
 * matches field, technical name, dataset or system; {@code minConfidence} above 0 keeps only fields in which detection
 * found personal data at least that sure.
 */
public record ReviewFilter(@Nullable String statusIri, @Nullable String systemTitle, @Nullable String datasetSlug,
        @Nullable String categoryIri, @Nullable String text, double minConfidence) {

    public static final ReviewFilter ALL = new ReviewFilter(null, null, null, null, null);

    /** Without a confidence threshold: detection results play no part. */
    public ReviewFilter(@Nullable String statusIri, @Nullable String systemTitle, @Nullable String datasetSlug,
            @Nullable String categoryIri, @Nullable String text) {
        this(statusIri, systemTitle, datasetSlug, categoryIri, text, 0);
    }

    public ReviewFilter {
        if (minConfidence < 0 || minConfidence > 1) {
            throw new IllegalArgumentException("Zekerheid tussen 0 en 1 / confidence between 0 and 1");
        }
        statusIri = blankToNull(statusIri);
        systemTitle = blankToNull(systemTitle);
        datasetSlug = blankToNull(datasetSlug);
        categoryIri = blankToNull(categoryIri);
        text = blankToNull(text);
        if (text != null && text.length() > 200) {
            throw new IllegalArgumentException("Zoektekst te lang (hoogstens 200 tekens) / search text too long");
        }
    }

    private static @Nullable String blankToNull(@Nullable String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
