package nl.datawijzer.quality.profiling;

import java.util.List;

/** The fields of one dataset to measure, in their declared order. */
public record ProfileSpec(List<FieldSpec> fields) {
    public ProfileSpec {
        fields = List.copyOf(fields);
    }
}
