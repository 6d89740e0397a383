package nl.datawijzer.quality.profiling;

/**
 * A format rule a field's values must follow beyond their datatype ({@code dw:valueFormat}, concepts of
 * {@code dwv:waardeformaat}). The checks are the privacy detectors' validators, so a BSN is valid exactly when the
 * detectors would call it one.
 */
public enum ValueFormat {
    /** Nine digits passing the elfproef. */
    BSN("bsn"),
    /** A Dutch postcode, {@code 1234 AB} or {@code 1234AB}. */
    POSTCODE("postcode"),
    /** A complete calendar date (ISO {@code 2024-03-01}, Dutch {@code 01-03-2024} or {@code 20240301}). */
    DATE("datum"),
    /** A date of which month and day may be unknown ({@code 00}), as the BRP records birth dates. */
    PARTIAL_DATE("gedeeltelijke-datum"),
    /** An IBAN with a valid check. */
    IBAN("iban"),
    /** An e-mail address. */
    EMAIL("email"),
    /** A Dutch phone number. */
    PHONE("telefoon");

    private final String slug;

    ValueFormat(String slug) {
        this.slug = slug;
    }

    /** The last part of the concept IRI in {@code dwv:waardeformaat}. */
    public String slug() {
        return slug;
    }

    public static ValueFormat ofSlug(String slug) {
        for (ValueFormat format : values()) {
            if (format.slug.equals(slug)) {
                return format;
            }
        }
        throw new IllegalArgumentException("Unknown value format: " + slug);
    }
}
