/**
 * Open data: what may leave the internal catalogue for the public, and everything the public gets.
 *
 * <p>The publication gate: each condition is a named {@link nl.datawijzer.opendata.GateRule} that can be listed, shown
 * and tested on its own; {@link nl.datawijzer.opendata.PublicationGate} runs them all on a
 * {@link nl.datawijzer.opendata.PublicationCandidate} and gives a {@link nl.datawijzer.opendata.GateReport}. Rules are
 * pure; {@link nl.datawijzer.opendata.GateService} gathers what they need first: the record
 * ({@code internal/CandidateRepository}), what fields inherit along lineage, the hosted files
 * ({@link nl.datawijzer.opendata.HostedContents}), whether external addresses answer ({@code internal/DistributionProbe})
 * and the DCAT-AP-NL check of what the export would write. Explanations name fields, distributions, columns and cells,
 * never a value of a hosted file: those may be personal data.
 *
 * <p>{@link nl.datawijzer.opendata.PublicationService} runs the workflow (propose, approve, reject, withdraw) and
 * {@code PublicationKeeper} withdraws a published dataset by itself when a later change makes it fail; both write the
 * open-data view in the public store through {@code internal/OpenDataView} and announce it with
 * {@link nl.datawijzer.opendata.OpenDataViewChangedEvent}. The public side reads only that view: {@code export/} (DCAT-AP-NL),
 * {@code ckan/}, {@code sparql/}, {@code portal/}; {@code hosting/} serves hosted files; {@code dcatimport/} registers
 * external sources in the internal catalogue.
 */
@NullMarked
package nl.datawijzer.opendata;

import org.jspecify.annotations.NullMarked;
