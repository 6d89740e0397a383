/**
 * Suggests whether a field holds personal data, which category and how confidential, from its name and
 * description and from sample values. Everything here is advice for the privacy officer: nothing is written
 * to the catalog, and sample values stay in memory and never appear in a suggestion, message or log line.
 * The value checks ({@link nl.datawijzer.privacy.detect.Elfproef}, {@link nl.datawijzer.privacy.detect.Postcode},
 * ...) are public so that a data-quality profiler can reuse them.
 */
@NullMarked
package nl.datawijzer.privacy.detect;

import org.jspecify.annotations.NullMarked;
