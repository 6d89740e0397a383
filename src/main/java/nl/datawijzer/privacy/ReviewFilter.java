package nl.datawijzer.privacy;

import org.jspecify.annotations.Nullable;

/**
 * What the review queue shows; every part optional. {@code statusIri} defaults to all statuses; {@code text}
 * matches field, technical name, dataset or system.
 */
public record ReviewFilter(@Nullable String statusIri, @Nullable String systemTitle, @Nullable String datasetSlug,
        @Nullable String categoryIri, @Nullable String text) {

    public static final ReviewFilter ALL = new ReviewFilter(null, null, null, null, null);

    public ReviewFilter {
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
