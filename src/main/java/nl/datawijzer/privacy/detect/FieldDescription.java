package nl.datawijzer.privacy.detect;

import java.util.Objects;

/** What the catalog knows about a field; an unknown title or description is the empty string. */
public record FieldDescription(String technicalName, String title, String description) {

    public FieldDescription {
        Objects.requireNonNull(technicalName, "technicalName");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(description, "description");
    }

    public static FieldDescription named(String technicalName) {
        return new FieldDescription(technicalName, "", "");
    }
}
