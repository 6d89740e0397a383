/**
 * Privacy over REST: the processing register for the privacy officer (exports as CSV and XLSX), and the public JSON of
 * "Waar ben ik bekend?" ({@code /api/public/transparency}), open to everyone.
 */
@NullMarked
package nl.datawijzer.privacy.api;

import org.jspecify.annotations.NullMarked;
