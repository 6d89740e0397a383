/**
 * Open-data export (issue 5, first step): the open catalog as DCAT-AP-NL 3.0 in Turtle, JSON-LD and RDF/XML, whole,
 * paged or per dataset ({@link nl.datawijzer.opendata.export.CatalogExportService}). It reads only the public store
 * ({@link nl.datawijzer.rdf.PublicRdfStore}, the derived open-data view), never the internal catalog, and exports no
 * {@code dw:} term: the profile writes a fixed list of DCAT-AP-NL properties. The mapping lives in one class with both
 * directions ({@code internal.DcatApNlProfile}), so an export can be read back and compared.
 */
@NullMarked
package nl.datawijzer.opendata.export;

import org.jspecify.annotations.NullMarked;
