/**
 * The public SPARQL endpoint: read queries (SELECT, ASK, CONSTRUCT, DESCRIBE) over the open-data view of the public
 * store and nothing else. {@link nl.datawijzer.opendata.sparql.PublicSparqlService} refuses updates, SERVICE (at any
 * depth), syntax errors and over-long queries with a Dutch and English explanation, stops a query at
 * {@code datawijzer.opendata.sparql-timeout}, cuts results at {@code sparql-result-limit} (and says so), and runs at most
 * two public queries at a time. {@code internal/} checks and runs queries with Jena; {@code api/} is the SPARQL 1.1
 * Protocol over HTTP; {@code ui/} the page for people.
 */
@NullMarked
package nl.datawijzer.opendata.sparql;

import org.jspecify.annotations.NullMarked;
