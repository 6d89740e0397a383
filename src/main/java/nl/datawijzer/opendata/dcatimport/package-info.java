/**
 * DCAT import (issue 5, point 8): an administrator registers the datasets of an external open source (CBS, Vektis,
 * ...) from a DCAT-AP(-NL) document, uploaded or fetched from an allowed address, under a system of the catalog.
 * {@link nl.datawijzer.opendata.dcatimport.DcatImportService} reads the document once (size, format and hostile-input
 * checks, no network from the parser), previews what would change per dataset, and applies it all at once or not at all.
 */
@NullMarked
package nl.datawijzer.opendata.dcatimport;

import org.jspecify.annotations.NullMarked;
