package nl.datawijzer.privacy;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;
import java.util.UUID;
import java.util.regex.Pattern;

/** Identifies an activity of the processing register by its UUID (lowercase canonical text in IRIs and files). */
public record ProcessingActivityId(UUID uuid) {

    private static final Pattern CANONICAL = Pattern.compile(
            "[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");

    public static ProcessingActivityId random() {
        return new ProcessingActivityId(UUID.randomUUID());
    }

    /**
     * Parses the canonical text form (8-4-4-4-12 hexadecimal digits, either case).
     *
     * @throws IllegalArgumentException when {@code text} is not a UUID in that form
     */
    public static ProcessingActivityId parse(String text) {
        String stripped = text == null ? "" : text.strip();
        if (!CANONICAL.matcher(stripped).matches()) {
            throw new IllegalArgumentException("'" + text + "' is geen geldige UUID / is not a valid UUID");
        }
        return new ProcessingActivityId(UUID.fromString(stripped));
    }

    public static boolean isValid(String text) {
        return text != null && CANONICAL.matcher(text.strip()).matches();
    }

    @JsonValue
    @Override
    public String toString() {
        return uuid.toString().toLowerCase(Locale.ROOT);
    }
}
