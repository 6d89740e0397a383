/** Maps catalog records to and from RDF; SPARQL lives next to it under {@code resources}. Private to catalog. */
@NullMarked
package nl.datawijzer.catalog.internal;

import org.jspecify.annotations.NullMarked;
