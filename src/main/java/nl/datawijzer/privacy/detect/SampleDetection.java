package nl.datawijzer.privacy.detect;

import java.util.List;

/**
 * Detection over a sample file for the fields of a dataset.
 *
 * @param fields one entry per field, in the order given
 * @param unmatchedColumns columns of the file that no field matched, detected on their header name and values,
 *     so the steward sees personal data the dataset description does not mention yet
 */
public record SampleDetection(List<FieldDetection> fields, List<FieldDetection> unmatchedColumns) {

    public SampleDetection {
        fields = List.copyOf(fields);
        unmatchedColumns = List.copyOf(unmatchedColumns);
    }
}
