/** The processing register over REST for the privacy officer: exports as CSV and XLSX. */
@NullMarked
package nl.datawijzer.privacy.api;

import org.jspecify.annotations.NullMarked;
