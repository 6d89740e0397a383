/**
 * Search as JSON: {@code /api/v1/search} over the internal catalog for signed-in staff, {@code /api/public/search}
 * over the published open data for everyone. Bad input is answered with RFC 9457 problem JSON in Dutch.
 */
@NullMarked
package nl.datawijzer.search.api;

import org.jspecify.annotations.NullMarked;
