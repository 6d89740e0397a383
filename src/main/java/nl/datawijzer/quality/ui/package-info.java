/**
 * The quality pages (overview, per dataset, per system, alerts) and the grade badge that the catalog and the needs
 * pages show. Views know only {@link nl.datawijzer.quality.QualityService} and the catalog's services.
 */
@NullMarked
package nl.datawijzer.quality.ui;

import org.jspecify.annotations.NullMarked;
