/** Reads publication candidates from the internal store, with one query ({@code candidate.rq}). */
@NullMarked
package nl.datawijzer.opendata.internal;

import org.jspecify.annotations.NullMarked;
