/**
 * The anonymous open-data pages: {@code open-data} (browse and search the published datasets, theme facets, links to
 * the machine-readable catalog) and {@code open-data/:slug} (one dataset with its downloads). An address that names
 * no published dataset shows "niet (meer) gepubliceerd" with HTTP 404, whether or not the internal catalog knows it.
 */
@NullMarked
package nl.datawijzer.opendata.portal.ui;

import org.jspecify.annotations.NullMarked;
