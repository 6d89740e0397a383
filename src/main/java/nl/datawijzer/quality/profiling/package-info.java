/**
 * Profiling: measuring a dataset's actual data against what its fields declare. The engine reads CSV and XLSX files
 * ({@link CsvProfiler}, {@link XlsxProfiler}) and database tables over JDBC ({@link DatabaseProfiler}: every metric is
 * computed inside the database with aggregate SQL, no rows are pulled). It never keeps a value: a {@link DatasetProfile}
 * holds counts only, so a profile of personal data is not itself personal data.
 *
 * <p>Per field ({@link FieldSpec}): empty values (completeness), values that do not parse as the declared datatype or
 * break the declared {@link ValueFormat} (validity, with the privacy detectors' validators: BSN elfproef, postcode,
 * partial dates), duplicates where the field is a key (uniqueness), and values outside a code list or a referenced
 * column (consistency).
 */
@NullMarked
package nl.datawijzer.quality.profiling;

import org.jspecify.annotations.NullMarked;
