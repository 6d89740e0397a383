package nl.datawijzer.quality.profiling;

import java.util.Optional;
import java.util.Set;

/**
 * What one field declares, and so what its values are measured against.
 *
 * @param technicalName the column name in the source ({@code dw:technicalName}); matched case-insensitively
 * @param datatype the local name of the field's XSD datatype ({@code string}, {@code integer}, {@code decimal},
 *     {@code boolean}, {@code date}, {@code dateTime}, {@code gYear}, {@code gYearMonth}, {@code anyURI})
 * @param format a format rule beyond the datatype, if declared
 * @param key whether the field is (part of) the dataset's key ({@code dw:isKey}): then duplicates are counted
 * @param allowedValues the codes a value must be one of (a code list's notations, or the values of a referenced
 *     dataset's field read by the caller); empty when no list is declared
 * @param referencedColumn for database tables: a column in the same database that every value must exist in
 */
public record FieldSpec(String technicalName, String datatype, Optional<ValueFormat> format, boolean key,
        Set<String> allowedValues, Optional<ColumnRef> referencedColumn) {

    public FieldSpec {
        allowedValues = Set.copyOf(allowedValues);
    }

    /** Whether consistency is measured: a code list or a referenced column is declared. */
    public boolean hasConsistencyRule() {
        return !allowedValues.isEmpty() || referencedColumn.isPresent();
    }
}
