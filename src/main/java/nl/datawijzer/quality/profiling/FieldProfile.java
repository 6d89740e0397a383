package nl.datawijzer.quality.profiling;

import java.util.OptionalLong;

/**
 * The counts measured for one field. No values: only how many rows were empty, invalid, duplicate or outside the
 * declared list.
 *
 * @param technicalName the field's technical name as declared
 * @param present whether the source had a column with that name; when not, every count is 0
 * @param rows the rows of the dataset
 * @param empty rows where the field is missing, null or blank
 * @param invalid non-empty values that do not parse as the datatype or break the format rule
 * @param duplicates for key fields: non-empty values minus distinct non-empty values
 * @param outsideList with a code list or referenced column: non-empty values not in it
 */
public record FieldProfile(String technicalName, boolean present, long rows, long empty, long invalid,
        OptionalLong duplicates, OptionalLong outsideList) {

    public long filled() {
        return rows - empty;
    }
}
