/** Jena side of the DCAT import: guarded parsing, fetching within the allow list, and the mapping to catalog records. */
@NullMarked
package nl.datawijzer.opendata.dcatimport.internal;

import org.jspecify.annotations.NullMarked;
