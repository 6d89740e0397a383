/**
 * Maps review decisions, field lineage and the FG's approvals of derivation steps to and from RDF, and reads the
 * public transparency page (categories and register texts only); SPARQL lives next to it under {@code resources}.
 * Private to privacy.
 */
@NullMarked
package nl.datawijzer.privacy.internal;

import org.jspecify.annotations.NullMarked;
