/** Feeds of scores and measurements for dashboards (Power BI and the like), as JSON and CSV, for staff. Private to quality. */
@NullMarked
package nl.datawijzer.quality.api;

import org.jspecify.annotations.NullMarked;
