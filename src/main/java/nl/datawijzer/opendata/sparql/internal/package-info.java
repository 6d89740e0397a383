/** Parsing, checking and running public SPARQL queries with Jena; private to the SPARQL endpoint. */
@NullMarked
package nl.datawijzer.opendata.sparql.internal;

import org.jspecify.annotations.NullMarked;
