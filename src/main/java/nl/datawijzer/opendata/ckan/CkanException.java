package nl.datawijzer.opendata.ckan;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A CKAN action error: {@code Not Found Error} (HTTP 404) or {@code Validation Error} (HTTP 409, as CKAN 2.10's
 * {@code ckan/views/api.py} answers a ValidationError), with a Dutch message and, for validation, the parameter
 * that was wrong as CKAN's error dict names it.
 */
public final class CkanException extends RuntimeException {

    public enum Type {
        NOT_FOUND("Not Found Error", 404),
        VALIDATION("Validation Error", 409);

        private final String label;
        private final int status;

        Type(String label, int status) {
            this.label = label;
            this.status = status;
        }

        public String label() {
            return label;
        }

        public int status() {
            return status;
        }
    }

    private final Type type;
    private final String field;

    private CkanException(Type type, String field, String message) {
        super(message);
        this.type = type;
        this.field = field;
    }

    public static CkanException notFound(String message) {
        return new CkanException(Type.NOT_FOUND, "", message);
    }

    /** A parameter with a wrong or missing value. */
    public static CkanException invalid(String parameter, String message) {
        return new CkanException(Type.VALIDATION, parameter, message);
    }

    public Type type() {
        return type;
    }

    /** CKAN's error dict: {@code __type}, {@code message} and, for validation, {@code {parameter: [message]}}. */
    public Map<String, Object> error() {
        Map<String, Object> error = new LinkedHashMap<>();
        error.put("__type", type.label());
        if (type == Type.NOT_FOUND) {
            error.put("message", "Not found: " + getMessage());
        } else {
            error.put("message", getMessage());
            error.put(field, List.of(getMessage()));
        }
        return error;
    }
}
