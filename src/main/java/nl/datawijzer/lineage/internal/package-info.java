/**
 * Reads the whole lineage graph out of the store for the in-memory snapshot, and writes lineage links; the SPARQL lives
 * next to it under {@code resources}. Private to lineage.
 */
@NullMarked
package nl.datawijzer.lineage.internal;

import org.jspecify.annotations.NullMarked;
