/** Constants for the RDF terms the code writes; the vocabulary itself is {@code ontology/datawijzer.ttl}. */
@NullMarked
package nl.datawijzer.rdf.vocab;

import org.jspecify.annotations.NullMarked;
