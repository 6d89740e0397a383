package nl.datawijzer.quality.profiling;

import java.util.List;

/**
 * What one profiling run measured of a dataset.
 *
 * @param rows the data rows (a header row not counted)
 * @param bytesRead bytes read from a file (0 for a database table)
 * @param fields one profile per declared field, in the declared order
 * @param undeclaredColumns columns in the source that no field declares, in source order
 */
public record DatasetProfile(long rows, long bytesRead, List<FieldProfile> fields, List<String> undeclaredColumns) {
    public DatasetProfile {
        fields = List.copyOf(fields);
        undeclaredColumns = List.copyOf(undeclaredColumns);
    }
}
