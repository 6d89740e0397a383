/** The public SPARQL page: write or pick a query, run it, read the answer as a table. */
@NullMarked
package nl.datawijzer.opendata.sparql.ui;

import org.jspecify.annotations.NullMarked;
