/**
 * OpenLineage intake (issue 7, point 3): {@code POST /api/v1/lineage} takes RunEvents (spec 2-0-2) as Marquez does,
 * authenticated with API tokens that an admin issues and revokes, and maps each event to catalogue datasets, fields,
 * jobs, runs and DQV measurements in validated store writes that concurrent events share (group commit). Exposes
 * {@link OpenLineageIntake}, {@link ApiTokenService} and {@link DiscoveredDatasets}; the mapping to RDF lives in
 * {@code internal}.
 */
@NullMarked
package nl.datawijzer.lineage.openlineage;

import org.jspecify.annotations.NullMarked;
