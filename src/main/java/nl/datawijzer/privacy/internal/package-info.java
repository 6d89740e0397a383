/** Maps review decisions to and from RDF; SPARQL lives next to it under {@code resources}. Private to privacy. */
@NullMarked
package nl.datawijzer.privacy.internal;

import org.jspecify.annotations.NullMarked;
