/**
 * Operational metrics for Prometheus: request timings (Spring's {@code http.server.requests}) and the catalog's sizes
 * as gauges, counted in one query only when the store has changed, never per scrape. Scraping needs
 * {@code datawijzer.metrics.token} as a bearer token, or an ADMIN account.
 */
@NullMarked
package nl.datawijzer.metrics;

import org.jspecify.annotations.NullMarked;
