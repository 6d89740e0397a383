package nl.datawijzer.opendata.ckan;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/**
 * The data dict of one action call: URL parameters (GET) or the JSON object of the body (POST), as CKAN accepts both.
 * Values arrive as text from a URL and as JSON values from a body; every reader here takes either.
 */
public record CkanParameters(Map<String, Object> values) {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    public CkanParameters {
        // JSON null means "not given", as in CKAN.
        values = values.entrySet().stream().filter(e -> e.getKey() != null && e.getValue() != null)
                .collect(java.util.stream.Collectors.toUnmodifiableMap(Map.Entry::getKey, Map.Entry::getValue));
    }

    public static CkanParameters none() {
        return new CkanParameters(Map.of());
    }

    public @Nullable String text(String name) {
        Object value = values.get(name);
        if (value == null) {
            return null;
        }
        if (value instanceof List<?> list) {
            return list.isEmpty() ? null : String.valueOf(list.getFirst());
        }
        return String.valueOf(value);
    }

    public String text(String name, String fallback) {
        String value = text(name);
        return value == null ? fallback : value;
    }

    /** A whole number, or the fallback when absent; refused below {@code min}. */
    public int integer(String name, int fallback, int min) {
        String value = text(name);
        if (value == null || value.isBlank()) {
            return fallback;
        }
        int number;
        try {
            number = Integer.parseInt(value.strip());
        } catch (NumberFormatException e) {
            throw CkanException.invalid(name, "'" + name + "' moet een geheel getal zijn.");
        }
        if (number < min) {
            throw CkanException.invalid(name, "'" + name + "' mag niet kleiner zijn dan " + min + ".");
        }
        return number;
    }

    /** CKAN's boolean validator: true, True, 1, yes, on; false, 0, no, off. */
    public boolean bool(String name) {
        String value = text(name);
        if (value == null || value.isBlank()) {
            return false;
        }
        return switch (value.strip().toLowerCase(Locale.ROOT)) {
            case "true", "1", "yes", "on", "y", "t" -> true;
            case "false", "0", "no", "off", "n", "f" -> false;
            default -> throw CkanException.invalid(name, "'" + name + "' moet true of false zijn.");
        };
    }

    /** A list of texts: a JSON array in the body, or a JSON array written as text in the URL (CKAN's facet.field). */
    public List<String> list(String name) {
        Object value = values.get(name);
        if (value == null) {
            return List.of();
        }
        List<?> raw;
        if (value instanceof List<?> list && (list.size() != 1 || !String.valueOf(list.getFirst()).strip().startsWith("["))) {
            raw = list;
        } else {
            String text = value instanceof List<?> one ? String.valueOf(one.getFirst()) : String.valueOf(value);
            if (text.isBlank()) {
                return List.of();
            }
            try {
                raw = JSON.readValue(text, List.class);
            } catch (JacksonException e) {
                throw CkanException.invalid(name, "'" + name + "' moet een JSON-lijst van teksten zijn, bijvoorbeeld [\"groups\",\"tags\"].");
            }
        }
        List<String> texts = new ArrayList<>();
        for (Object item : raw) {
            if (!(item instanceof String s)) {
                throw CkanException.invalid(name, "'" + name + "' moet een JSON-lijst van teksten zijn, bijvoorbeeld [\"groups\",\"tags\"].");
            }
            texts.add(s);
        }
        return texts;
    }
}
