/** Information needs in the internal store: one graph per need, one append-only graph per history entry. */
@NullMarked
package nl.datawijzer.needs.internal;

import org.jspecify.annotations.NullMarked;
