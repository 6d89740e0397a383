/**
 * The catalog's views: systems, datasets with their fields, the dataset and field forms and the glossary.
 * Views call only the public services of {@code nl.datawijzer.catalog}; shared view logic (lazy paging,
 * showing refused writes at their inputs, datatype words, dates and record links) lives here once.
 */
@NullMarked
package nl.datawijzer.catalog.ui;

import org.jspecify.annotations.NullMarked;
