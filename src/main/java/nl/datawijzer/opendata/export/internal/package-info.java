/** Jena side of the open-data export: reading the public store and the DCAT-AP-NL 3.0 mapping. */
@NullMarked
package nl.datawijzer.opendata.export.internal;

import org.jspecify.annotations.NullMarked;
