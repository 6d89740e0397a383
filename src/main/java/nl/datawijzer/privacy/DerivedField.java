package nl.datawijzer.privacy;

import java.util.List;

/**
 * A field downstream of another that inherits whatever that field carries, with the lineage between them (the
 * field's nearest derived field first, this {@code field} last).
 */
public record DerivedField(FieldRef field, List<FieldRef> path) {

    public DerivedField {
        path = List.copyOf(path);
    }
}
