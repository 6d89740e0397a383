/** Lucene indexes, Dutch analysis and the mapping from the store to search documents. Private to search. */
@NullMarked
package nl.datawijzer.search.internal;

import org.jspecify.annotations.NullMarked;
