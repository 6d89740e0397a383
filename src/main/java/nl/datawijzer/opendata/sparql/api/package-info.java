/** The SPARQL 1.1 Protocol over HTTP at {@code /api/public/sparql}, for everyone. */
@NullMarked
package nl.datawijzer.opendata.sparql.api;

import org.jspecify.annotations.NullMarked;
