/**
 * Maps profiling runs, their DQV measurements, scores and quality alerts to and from RDF, and reads what a run needs
 * (fields, rules, profile source, last loads); SPARQL lives next to it under {@code resources}. Also the seam to the
 * profiling engine ({@link nl.datawijzer.quality.internal.ProfilingEngine}). Private to quality.
 */
@NullMarked
package nl.datawijzer.quality.internal;

import org.jspecify.annotations.NullMarked;
