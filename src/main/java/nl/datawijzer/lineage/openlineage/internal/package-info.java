/** RDF side of the OpenLineage intake: the mapping of one event to triples, API token records, discovered datasets. */
@NullMarked
package nl.datawijzer.lineage.openlineage.internal;

import org.jspecify.annotations.NullMarked;
