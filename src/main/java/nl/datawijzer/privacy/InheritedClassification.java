package nl.datawijzer.privacy;

import java.util.List;
import nl.datawijzer.catalog.Label;

/**
 * Personal data a field carries because it is derived from {@code sourceField}, which is classified as holding it.
 *
 * @param path                the lineage from the derived field to the source: its direct source first, the
 *                            {@code sourceField} last; no step on it is approved as anonymisation or aggregation
 * @param categories          the personal-data categories of the source field
 * @param confidentialityRank the rank of the source field's confidentiality (1 openbaar .. 8 zeer geheim)
 */
public record InheritedClassification(FieldRef sourceField, List<FieldRef> path, List<Label> categories,
        int confidentialityRank) {

    public InheritedClassification {
        path = List.copyOf(path);
        categories = List.copyOf(categories);
        if (path.isEmpty() || !path.getLast().equals(sourceField)) {
            throw new IllegalArgumentException("The path ends at the source field");
        }
    }

    /** The fields in between (empty when the field is derived from the source directly). */
    public List<FieldRef> via() {
        return path.subList(0, path.size() - 1);
    }
}
