package nl.datawijzer.quality;

import java.util.OptionalDouble;
import java.util.OptionalLong;
import nl.datawijzer.catalog.FieldId;

/**
 * One field's measurements from the latest completed run. Shares are percentages 0-100.
 *
 * @param present whether the source had the column
 * @param uniqueness only for key fields
 * @param consistency only when a code list or referenced column is declared
 */
public record FieldQuality(FieldId field, String title, String technicalName, boolean present, long rows, long empty,
        long invalid, OptionalLong duplicates, OptionalLong outsideList, double completeness, double validity,
        OptionalDouble uniqueness, OptionalDouble consistency) {
}
