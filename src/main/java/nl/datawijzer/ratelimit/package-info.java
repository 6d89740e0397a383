/**
 * A rate limit per client on the public, anonymous interfaces (public API, CKAN API, DCAT files, public SPARQL, hosted
 * open-data files): a token bucket per client address, so one harvester in a loop cannot starve the others. Signed-in
 * pages and the token-authenticated OpenLineage intake are not limited.
 */
@NullMarked
package nl.datawijzer.ratelimit;

import org.jspecify.annotations.NullMarked;
