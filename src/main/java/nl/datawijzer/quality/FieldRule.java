package nl.datawijzer.quality;

import java.util.Optional;
import nl.datawijzer.catalog.FieldId;
import nl.datawijzer.quality.profiling.ValueFormat;

/**
 * The quality rules of one field: a key (duplicates counted), a value format, a value list (the IRI of a
 * skos:ConceptScheme whose notations are the codes) and a field whose values this one's must be among.
 */
public record FieldRule(FieldId field, boolean key, Optional<ValueFormat> format, Optional<String> valueList,
        Optional<FieldId> references) {

    /** A field without any rule. */
    public static FieldRule none(FieldId field) {
        return new FieldRule(field, false, Optional.empty(), Optional.empty(), Optional.empty());
    }

    public boolean isEmpty() {
        return !key && format.isEmpty() && valueList.isEmpty() && references.isEmpty();
    }
}
